// A fingerprint of everything that goes into `next build`, so `npm start` rebuilds exactly when
// the sources changed (a fresh clone, a pull) and not on every start.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The build folder (NEXT_DIST_DIR, default .next). */
export const DIST_DIR = process.env.NEXT_DIST_DIR || '.next'
export const BUILD_STAMP = `${DIST_DIR}/kibaru-build-fingerprint`

const INPUTS = ['app', 'components', 'db', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']
const SKIP = /(^|\/)(node_modules|migrations\/meta)(\/|$)|\.test\.tsx?$/

export function buildFingerprint(root: string): string {
  const hash = crypto.createHash('sha256')
  const visit = (rel: string) => {
    const abs = path.join(root, rel)
    if (!fs.existsSync(abs) || SKIP.test(rel)) return
    const stat = fs.statSync(abs)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) visit(path.join(rel, name))
    } else {
      hash.update(rel)
      hash.update(fs.readFileSync(abs))
    }
  }
  for (const input of INPUTS) visit(input)
  return hash.digest('hex')
}

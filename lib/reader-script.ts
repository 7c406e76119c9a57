import 'server-only'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The URL of public/reader.js, versioned by its content so browsers and CDNs may keep it a year. */
export const READER_SCRIPT_PATH = '/reader.js'

let src: string | undefined

export function readerScriptSrc(): string {
  if (src === undefined) {
    const file = fs.readFileSync(path.join(process.cwd(), 'public', 'reader.js'))
    src = `${READER_SCRIPT_PATH}?v=${crypto.createHash('sha256').update(file).digest('base64url').slice(0, 12)}`
  }
  return src
}

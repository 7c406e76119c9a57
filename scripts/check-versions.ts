// npm run check:versions: fails when an installed security-relevant dependency is below the version
// that fixes its published advisories (lib/security/advisories.ts). Works offline, unlike npm audit.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { ADVISORY_FLOORS } from '@/lib/security/advisories'
import { checkVersion } from '@/lib/security/check-versions'

function installed(name: string): string | null {
  if (name === 'sqlite') return (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
  try {
    return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')).version ?? null
  } catch {
    return null
  }
}

const verdicts = ADVISORY_FLOORS.map((floor) => checkVersion(floor, installed(floor.name)))
for (const v of verdicts) {
  const line = `${v.ok ? 'ok   ' : 'ÉCHEC'}  ${v.name.padEnd(12)} installé ${String(v.installed ?? 'introuvable').padEnd(15)} minimum ${v.floor ?? '–'}`
  console.log(v.ok ? line : `${line}\n       ${v.why}`)
}
const failing = verdicts.filter((v) => !v.ok)
console.log(failing.length ? `\n${failing.length} dépendance(s) à mettre à jour.` : '\nToutes les dépendances surveillées portent les correctifs connus.')
process.exit(failing.length ? 1 : 0)

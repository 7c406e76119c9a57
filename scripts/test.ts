// npm test: every unit test (Vitest), then every end-to-end test (Playwright against a production
// build and a fresh SQLite file), the smoke runs, then one plain "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { E2E } from '../e2e/env'
import { buildFingerprint, BUILD_STAMP } from './build-fingerprint'

const root = process.cwd()
const bin = (pkg: string, rel: string) => path.join(root, 'node_modules', pkg, rel)
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } }).status ?? 1

function count(file: string, read: (json: any) => { passed: number; failed: number }) {
  try {
    return read(JSON.parse(fs.readFileSync(file, 'utf8')))
  } catch {
    return null
  }
}

// A guard: the end-to-end database is always a throwaway file inside .e2e/.
if (!E2E.databasePath.startsWith(E2E.dir + path.sep) || !path.basename(E2E.dir).startsWith('.e2e')) throw new Error('Refus : la base de test doit être dans un dossier .e2e*/')
fs.rmSync(E2E.dir, { recursive: true, force: true })
fs.mkdirSync(E2E.dir, { recursive: true })

const only = process.argv[2] // "unit" or "e2e" to run one half
let failedToRun = 0

if (only !== 'e2e') {
  const status = run([bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${path.join(E2E.dir, 'vitest.json')}`])
  if (status !== 0 && !fs.existsSync(path.join(E2E.dir, 'vitest.json'))) failedToRun++
}

if (only !== 'unit') {
  // Build when the sources changed, exactly as `npm start` would.
  const fingerprint = buildFingerprint(root)
  const stamp = path.join(root, BUILD_STAMP)
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== fingerprint) {
    if (run([bin('next', 'dist/bin/next'), 'build']) !== 0) failedToRun++
    else fs.writeFileSync(stamp, fingerprint)
  }
  if (!failedToRun) {
    // The demo content plus synthetic volume, so listings paginate; the server seeds nothing more.
    const env = { DATABASE_PATH: E2E.databasePath, UPLOADS_DIR: E2E.uploadsDir }
    if (run(['--import', 'tsx', 'db/seed/cli.ts', '--articles', String(E2E.syntheticArticles)], env) !== 0) failedToRun++
    else {
      const status = run([bin('@playwright/test', 'cli.js'), 'test'])
      if (status !== 0 && !fs.existsSync(path.join(E2E.dir, 'playwright.json'))) failedToRun++
    }
  }
}

// Short smoke runs of the scripts that start their own production server (build present): each is
// one more test. The benchmark checks its script still works; the crash test kills a server during
// writes and checks nothing acknowledged is lost; the soak test runs readers and newsroom at once.
const smokes: { name: string; script: string; args: string[]; passed?: boolean }[] = [
  { name: 'Benchmark', script: 'scripts/bench/index.ts', args: ['--smoke', '--out', path.join(E2E.dir, 'bench-smoke.json')] },
  { name: 'Crash', script: 'scripts/test-crash.ts', args: ['--smoke'] },
  { name: 'Soak', script: 'scripts/test-soak.ts', args: ['--smoke', '--out', path.join(E2E.dir, 'soak-smoke.json')] },
]
if (only !== 'unit' && !failedToRun) {
  for (const smoke of smokes) {
    console.log(`\n${smoke.name} smoke run (${smoke.script} --smoke)…`)
    smoke.passed = run(['--import', 'tsx', smoke.script, ...smoke.args]) === 0
  }
}
const ran = smokes.filter((smoke) => smoke.passed !== undefined)
const smokeCounts = ran.length ? { passed: ran.filter((smoke) => smoke.passed).length, failed: ran.filter((smoke) => !smoke.passed).length } : null

// The advisory floors of security-relevant dependencies (npm run check:versions): one more test.
let versions: { passed: number; failed: number } | null = null
if (only !== 'e2e') {
  console.log('\nDependency versions against known advisories (npm run check:versions)…')
  versions = run(['--import', 'tsx', 'scripts/check-versions.ts']) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
}

const unit = count(path.join(E2E.dir, 'vitest.json'), (j) => ({ passed: j.numPassedTests ?? 0, failed: (j.numFailedTests ?? 0) + (j.numFailedTestSuites ?? 0) }))
const e2e = count(path.join(E2E.dir, 'playwright.json'), (j) => ({
  passed: j.stats?.expected ?? 0,
  failed: (j.stats?.unexpected ?? 0) + (j.stats?.flaky ?? 0) + (j.errors?.length ?? 0),
}))
const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0) + (smokeCounts?.passed ?? 0) + (versions?.passed ?? 0)
const failed = (unit?.failed ?? 0) + (e2e?.failed ?? 0) + (smokeCounts?.failed ?? 0) + (versions?.failed ?? 0) + failedToRun
console.log(`\nUnit: ${unit ? `${unit.passed} passed, ${unit.failed} failed` : 'not run'} · End-to-end: ${e2e ? `${e2e.passed} passed, ${e2e.failed} failed` : 'not run'} · Smoke runs: ${ran.length ? ran.map((smoke) => `${smoke.name.toLowerCase()} ${smoke.passed ? 'passed' : 'failed'}`).join(', ') : 'not run'} · Dependency advisories: ${versions ? (versions.passed ? 'passed' : 'failed') : 'not run'}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)

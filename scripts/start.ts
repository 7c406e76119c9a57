// npm start: checks the environment, builds when the sources changed, migrates, fills an empty
// database with the demo content, then serves the production build on PORT.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensureAdmin } from '@/db/bootstrap-admin'
import { migrateDatabase, openDatabase } from '@/db/open'
import { isEmpty, seedDemo } from '@/db/seed'
import { env, EnvError } from '@/lib/env'
import { cleanTemporaryUploads } from '../lib/media/storage'
import { buildFingerprint, BUILD_STAMP, DIST_DIR } from './build-fingerprint'

const root = process.cwd()
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

function ensureBuild() {
  const fingerprint = buildFingerprint(root)
  const stamp = path.join(root, BUILD_STAMP)
  const current = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : null
  const built = fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))
  if (built && (current === fingerprint || process.env.SKIP_BUILD === '1')) return
  console.log('Construction de l’application (next build)…')
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) {
    console.error('La construction a échoué.')
    process.exit(result.status ?? 1)
  }
  fs.writeFileSync(stamp, fingerprint)
}

/**
 * Cached pages and data from an earlier run may describe another database: the data cache is
 * only valid for the process that filled it, so it starts empty.
 */
function clearRuntimeCache() {
  for (const dir of [`${DIST_DIR}/cache/fetch-cache`, `${DIST_DIR}/server/route-cache`]) fs.rmSync(path.join(root, dir), { recursive: true, force: true })
}

async function main() {
  let config
  try {
    config = env()
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  ensureBuild()

  const database = openDatabase()
  migrateDatabase(database)
  if (isEmpty(database)) {
    console.log('Base vide : ajout du contenu de démonstration…')
    const { articles } = await seedDemo(database, config.uploadsDir)
    console.log(`${articles} articles de démonstration ajoutés.`)
  }
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env
  if (ADMIN_EMAIL && ADMIN_PASSWORD) {
    const result = await ensureAdmin(database, ADMIN_EMAIL, ADMIN_PASSWORD)
    if (result !== 'unchanged') console.log(`Compte administrateur ${ADMIN_EMAIL} : ${result === 'created' ? 'créé' : 'rétabli administrateur'}.`)
  }
  database.$client.close()
  clearRuntimeCache()
  // Uploads cut short by a crash leave temporary files only (rows are written after the rename).
  const leftovers = await cleanTemporaryUploads(config.uploadsDir, { olderThanMs: 0 })
  if (leftovers) console.log(`${leftovers} fichier(s) temporaire(s) de téléversement supprimé(s).`)

  // Next.js behind the whole-page cache (scripts/server.mjs), in one process.
  // The heap limit: without it V8 keeps ~500 MB after a burst of renders that it would collect
  // under a limit (docs/benchmarks.md), and a small server has other uses for that memory.
  const child = spawn(process.execPath, [`--max-old-space-size=${config.serverHeapMb}`, path.join(root, 'scripts', 'server.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: config.siteUrl,
      PORT: String(config.port),
      PAGE_CACHE_MB: String(config.pageCacheMb),
      PAGE_CACHE_TTL_SECONDS: String(config.pageCacheTtlSeconds),
    },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))

  // Say where to go once the server answers.
  const url = `http://localhost:${config.port}/`
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) {
        console.log(`\nKibaru est en ligne : ${url}  (adresse publique : ${config.siteUrl})\n`)
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

// npm run db:seed [-- --articles N]: migrates, fills an empty database with the demo content,
// and optionally adds N synthetic stories for benchmarks.
import { migrateDatabase, openDatabase } from '@/db/open'
import { env, EnvError } from '@/lib/env'
import { isEmpty, seedDemo } from './index'
import { seedSynthetic } from './synthetic'

async function main() {
  const args = process.argv.slice(2)
  const i = args.indexOf('--articles')
  const extra = i >= 0 ? Number(args[i + 1]) : 0
  if (!Number.isInteger(extra) || extra < 0 || extra > 1_000_000) {
    console.error('--articles attend un nombre entier entre 0 et 1 000 000.')
    process.exit(1)
  }
  const { databasePath, uploadsDir } = env()
  const database = openDatabase()
  migrateDatabase(database)
  if (isEmpty(database)) {
    const { articles } = await seedDemo(database, uploadsDir)
    console.log(`Contenu de démonstration ajouté : ${articles} articles.`)
  } else console.log('La base contient déjà des données : contenu de démonstration non ajouté.')
  if (extra > 0) {
    const started = Date.now()
    seedSynthetic(database, extra)
    console.log(`${extra} articles synthétiques ajoutés en ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  }
  database.$client.close()
  console.log(`Base : ${databasePath}`)
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error)
  process.exit(1)
})

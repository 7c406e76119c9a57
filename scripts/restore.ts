// npm run restore -- <dossier>: puts a backup made by npm run backup back into DATABASE_PATH and
// UPLOADS_DIR, which must be empty (no database, no media). The work is in lib/backup/restore.ts.
import { BackupError } from '@/lib/backup/errors'
import { restore } from '@/lib/backup/restore'
import { restoreSummary } from '@/lib/backup/summary'
import { env, EnvError } from '@/lib/env'

async function main() {
  const args = process.argv.slice(2)
  const dir = args[0]
  if (args.length !== 1 || !dir || dir.startsWith('-')) {
    console.error('Usage : npm run restore -- <dossier de sauvegarde>\nLa base (DATABASE_PATH) ne doit pas exister et le dossier des médias (UPLOADS_DIR) doit être vide.')
    process.exit(1)
  }
  const { databasePath, uploadsDir } = env()
  console.log(`Vérification de la sauvegarde ${dir}…`)
  console.log(restoreSummary(await restore(dir, databasePath, uploadsDir)))
}

main().catch((error) => {
  console.error(error instanceof EnvError || error instanceof BackupError ? error.message : error)
  process.exit(1)
})

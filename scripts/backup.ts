// npm run backup -- <dossier>: an online, consistent backup of DATABASE_PATH (VACUUM INTO), the
// media files of UPLOADS_DIR and the session key, with a manifest of SHA-256 sums, while the site
// keeps serving. The work is in lib/backup/backup.ts.
import { backup } from '@/lib/backup/backup'
import { BackupError } from '@/lib/backup/errors'
import { backupSummary } from '@/lib/backup/summary'
import { env, EnvError } from '@/lib/env'

async function main() {
  const args = process.argv.slice(2)
  const dir = args[0]
  if (args.length !== 1 || !dir || dir.startsWith('-')) {
    console.error('Usage : npm run backup -- <dossier>\nLe dossier doit être vide ou ne pas encore exister, par exemple : npm run backup -- sauvegardes/$(date +%F-%H%M)')
    process.exit(1)
  }
  const { databasePath, uploadsDir } = env()
  console.log(`Sauvegarde de ${databasePath} et ${uploadsDir}…`)
  console.log(backupSummary(await backup(databasePath, uploadsDir, dir)))
}

main().catch((error) => {
  console.error(error instanceof EnvError || error instanceof BackupError ? error.message : error)
  process.exit(1)
})

// The French reports the backup and restore scripts print. Pure, so they are tested as text.
import { formatDateTime, formatNumber } from '@/lib/dates'
import { formatBytes } from '@/lib/media/sniff'
import type { BackupResult } from './backup'
import type { Manifest } from './manifest'
import type { RestoreResult } from './restore'

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${formatNumber(Math.round(ms))} ms`
  if (ms < 60_000) return `${decimal.format(ms / 1000)} s`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n > 1 ? many : one}`

function listSome(items: string[], max = 5): string {
  return items.length > max ? `${items.slice(0, max).join(', ')}, … (${items.length - max} de plus)` : items.join(', ')
}

function databaseLine(manifest: Manifest): string {
  const tables = Object.entries(manifest.database.tables)
  const rows = tables.reduce((sum, [, n]) => sum + n, 0)
  const articles = manifest.database.tables.articles
  return `${plural(tables.length, 'table', 'tables')}, ${plural(rows, 'ligne', 'lignes')}${articles === undefined ? '' : ` dont ${plural(articles, 'article', 'articles')}`}`
}

export function backupSummary(result: BackupResult): string {
  const { manifest } = result
  const lines = [
    `Sauvegarde terminée en ${formatDuration(result.durationMs)} : ${result.dir}`,
    `  Base de données : ${manifest.database.file}, ${formatBytes(manifest.database.bytes)}, ${databaseLine(manifest)} ; copie cohérente (VACUUM INTO), intégrité vérifiée.`,
    `  Médias : ${plural(manifest.uploads.count, 'fichier', 'fichiers')}, ${formatBytes(manifest.uploads.bytes)}.`,
    manifest.authSecret
      ? '  Clé des sessions (.auth-secret) incluse : après une restauration, les sessions ouvertes et le jeton du planificateur restent valides.'
      : '  Pas de fichier .auth-secret à côté de la base (le site utilise AUTH_SECRET, ou n’a jamais démarré) : gardez la valeur d’AUTH_SECRET avec cette sauvegarde, sans elle les sessions et le jeton du planificateur changeront après une restauration.',
    `  Taille et empreinte SHA-256 de chaque fichier dans manifest.json : la restauration les vérifie toutes.`,
  ]
  if (result.missingUploads.length) {
    const n = result.missingUploads.length
    lines.push(`  Attention : ${plural(n, 'fichier nommé par la base est absent', 'fichiers nommés par la base sont absents')} de la sauvegarde (supprimé${n > 1 ? 's' : ''} de la médiathèque pendant la copie ?) : ${listSome(result.missingUploads)}`)
  }
  if (result.skippedUploads.length) lines.push(`  Ignoré(s) dans le dossier des médias (liens symboliques, fichiers spéciaux, fichiers disparus) : ${listSome(result.skippedUploads)}`)
  if (result.foreignKeyProblems) lines.push(`  Attention : ${plural(result.foreignKeyProblems, 'ligne pointe', 'lignes pointent')} vers une ligne absente (PRAGMA foreign_key_check), déjà ainsi dans la base en service.`)
  lines.push(`  Gardez-la à l’abri : elle contient les comptes de la rédaction (empreintes des mots de passe)${manifest.authSecret ? ' et la clé des sessions' : ''}.`)
  return lines.join('\n')
}

export function restoreSummary(result: RestoreResult): string {
  const { manifest } = result
  const lines = [
    `Restauration terminée en ${formatDuration(result.durationMs)} depuis ${result.backupDir} (sauvegarde du ${formatDateTime(new Date(manifest.createdAt))}, Kibaru ${manifest.app.version}).`,
    `  Base de données : ${result.databasePath}, ${databaseLine(manifest)} ; empreintes, nombres de lignes et intégrité vérifiés.`,
    `  Médias : ${plural(manifest.uploads.count, 'fichier', 'fichiers')}, ${formatBytes(manifest.uploads.bytes)} dans ${result.uploadsDir}.`,
    result.authSecret === 'absent'
      ? '  La sauvegarde ne contient pas de .auth-secret : si le site utilisait AUTH_SECRET, gardez la même valeur ; sinon une nouvelle clé sera créée au démarrage et la rédaction devra se reconnecter.'
      : '  Clé des sessions (.auth-secret) restaurée : les sessions et le jeton du planificateur restent valides.',
  ]
  if (result.otherVersion) lines.push(`  Sauvegarde faite par une autre version de Kibaru (${manifest.app.version}) : npm start appliquera les migrations manquantes.`)
  if (result.foreignKeyProblems) lines.push(`  Attention : ${plural(result.foreignKeyProblems, 'ligne pointe', 'lignes pointent')} vers une ligne absente (PRAGMA foreign_key_check).`)
  lines.push('  Lancez npm start pour remettre le site en ligne.')
  return lines.join('\n')
}

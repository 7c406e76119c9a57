// What must hold in the database after any crash, read through a read-only connection.
//
// "Half-published", concretely (db/schema.ts and migrations 0001, 0006, 0007): a story is
// published when its row says status 'published'; then it must also carry its publication date
// and no schedule, be in the search index with its current title (and nothing else may be there),
// lend that date to its tag and byline rows (the listings read it there; null for any other
// status), and its text must be that of its newest revision. A crash between any two of these
// writes would show as a mismatch here; one transaction makes them all or none.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { TEMP_DIR } from '../../lib/media/storage'

export interface WriterExpectation {
  articleId: number
  /** Saves acknowledged by the server since the start: a token in title and body, and the version the save returned. */
  acknowledgedSaves: { token: string; version: number }[]
  /** Publications and unpublications acknowledged, with the version they returned. */
  acknowledgedTransitions: { kind: 'publish' | 'unpublish'; version: number }[]
  /** The state after the last acknowledged write. */
  acknowledged: { version: number; status: string; token: string }
  /** A write that was sent and not answered (the server died): it may or may not have happened. */
  pending: { kind: 'save' | 'publish' | 'unpublish'; token: string } | null
}

export interface CheckResult {
  integrity: string
  foreignKeyViolations: number
  problems: string[]
  savesFound: number
  savesExpected: number
  /** Pending writes that turned out to be committed although never acknowledged. */
  pendingCommitted: number
  /** Each writer's story as the database has it now. */
  stories: Map<number, { version: number; status: string; slug: string }>
}

interface ArticleRow {
  id: number
  slug: string
  title: string
  standfirst: string
  body: string
  body_text: string
  status: string
  version: number
  published_at: number | null
  scheduled_at: number | null
}

export function checkDatabase(file: string, writers: WriterExpectation[]): CheckResult {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true })
  sqlite.pragma('busy_timeout = 5000')
  const problems: string[] = []
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ')
    if (integrity !== 'ok') problems.push(`integrity_check : ${integrity}`)
    const foreignKeyViolations = (sqlite.pragma('foreign_key_check') as unknown[]).length
    if (foreignKeyViolations) problems.push(`${foreignKeyViolations} violation(s) de clé étrangère`)
    // FTS5's own consistency check between the index and its rows. It is written as an INSERT,
    // which a read-only connection refuses: run it on an in-memory image of the same database.
    const bytes = sqlite.serialize()
    // Bytes 18-19 of the header say "WAL"; an in-memory database cannot be in WAL mode.
    bytes[18] = 1
    bytes[19] = 1
    const image = new Database(bytes)
    try {
      image.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run()
    } catch (error) {
      problems.push(`index de recherche : ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      image.close()
    }

    // Every story, whoever wrote it.
    const rows = sqlite.prepare('SELECT id, slug, title, standfirst, body, body_text, status, version, published_at, scheduled_at FROM articles').all() as ArticleRow[]
    const byId = new Map(rows.map((r) => [r.id, r]))
    const fts = new Map((sqlite.prepare('SELECT rowid AS id, title FROM articles_fts').all() as { id: number; title: string }[]).map((r) => [r.id, r.title]))
    for (const a of rows) {
      const published = a.status === 'published'
      if (published && a.published_at === null) problems.push(`article ${a.id} publié sans date de publication`)
      if (published && a.scheduled_at !== null) problems.push(`article ${a.id} publié et encore programmé`)
      if (a.status === 'scheduled' && a.scheduled_at === null) problems.push(`article ${a.id} programmé sans date`)
      if (published && fts.get(a.id) !== a.title) problems.push(`article ${a.id} publié mais ${fts.has(a.id) ? 'indexé sous un autre titre' : 'absent de l’index de recherche'}`)
      if (!published && fts.has(a.id)) problems.push(`article ${a.id} (${a.status}) présent dans l’index de recherche`)
    }
    for (const id of fts.keys()) if (!byId.has(id)) problems.push(`l’index de recherche contient un article ${id} qui n’existe pas`)
    const listingMismatch = sqlite
      .prepare(
        `SELECT 'tag' AS kind, x.article_id AS id FROM article_tags x JOIN articles a ON a.id = x.article_id
           WHERE x.published_at IS NOT (CASE WHEN a.status = 'published' THEN a.published_at END)
         UNION ALL
         SELECT 'byline', x.article_id FROM article_authors x JOIN articles a ON a.id = x.article_id
           WHERE x.published_at IS NOT (CASE WHEN a.status = 'published' THEN a.published_at END)`,
      )
      .all() as { kind: string; id: number }[]
    for (const m of listingMismatch) problems.push(`article ${m.id} : la date de publication de sa ligne ${m.kind === 'tag' ? 'de tag' : 'de signature'} ne suit pas l’article`)
    // The text of a story is that of its newest revision (saves and restores write both at once).
    const newest = sqlite
      .prepare(
        `SELECT r.article_id AS id, r.version, r.title, r.standfirst, r.body FROM article_revisions r
         WHERE r.id = (SELECT max(id) FROM article_revisions WHERE article_id = r.article_id)`,
      )
      .all() as { id: number; version: number; title: string; standfirst: string; body: string }[]
    for (const r of newest) {
      const a = byId.get(r.id)
      if (!a) continue
      if (r.version > a.version) problems.push(`article ${a.id} : une révision (v${r.version}) plus récente que l’article (v${a.version})`)
      if (r.title !== a.title || r.standfirst !== a.standfirst || r.body !== a.body) problems.push(`article ${a.id} : son texte n’est pas celui de sa dernière révision (v${r.version})`)
    }
    const duplicated = sqlite.prepare('SELECT article_id AS id, version FROM article_revisions GROUP BY article_id, version HAVING count(*) > 1').all() as { id: number; version: number }[]
    for (const d of duplicated) problems.push(`article ${d.id} : deux révisions pour la version ${d.version}`)

    // What the writers were told.
    const revisionsOf = sqlite.prepare('SELECT version, title, body FROM article_revisions WHERE article_id = ?')
    const auditCount = sqlite.prepare("SELECT action, count(*) AS n FROM audit_log WHERE entity_type = 'article' AND entity_id = ? GROUP BY action")
    let savesFound = 0
    let savesExpected = 0
    let pendingCommitted = 0
    const stories = new Map<number, { version: number; status: string; slug: string }>()
    for (const w of writers) {
      const a = byId.get(w.articleId)
      if (!a) {
        problems.push(`l’article ${w.articleId} a disparu`)
        continue
      }
      stories.set(a.id, { version: a.version, status: a.status, slug: a.slug })
      const revisions = revisionsOf.all(a.id) as { version: number; title: string; body: string }[]
      for (const save of w.acknowledgedSaves) {
        savesExpected++
        const revision = revisions.find((r) => r.version === save.version)
        const inArticle = a.title.includes(save.token) && a.version === save.version
        if (revision && revision.title.includes(save.token) && revision.body.includes(save.token)) savesFound++
        else if (inArticle) savesFound++
        else problems.push(`article ${a.id} : l’enregistrement acquitté ${save.token} (v${save.version}) est perdu`)
      }
      const audits = Object.fromEntries((auditCount.all(String(a.id)) as { action: string; n: number }[]).map((r) => [r.action, r.n]))
      for (const kind of ['publish', 'unpublish'] as const) {
        const acknowledged = w.acknowledgedTransitions.filter((t) => t.kind === kind).length
        const logged = audits[`article.${kind}`] ?? 0
        const maybe = w.pending?.kind === kind ? 1 : 0
        if (logged < acknowledged || logged > acknowledged + maybe) problems.push(`article ${a.id} : ${logged} ${kind} au journal pour ${acknowledged} acquitté(s)`)
      }
      // Nothing acknowledged is lost, nothing is invented: the story is exactly as the last
      // acknowledged write left it, or as the one unanswered write would have left it.
      const at = w.acknowledged
      if (a.version === at.version) {
        if (a.status !== at.status) problems.push(`article ${a.id} v${a.version} : statut ${a.status}, attendu ${at.status}`)
        if (!a.title.includes(at.token)) problems.push(`article ${a.id} v${a.version} : le titre ne porte pas ${at.token}`)
      } else if (w.pending && a.version === at.version + 1) {
        pendingCommitted++
        const p = w.pending
        const status = p.kind === 'publish' ? 'published' : p.kind === 'unpublish' ? 'draft' : at.status
        if (a.status !== status) problems.push(`article ${a.id} v${a.version} : statut ${a.status} après un ${p.kind} non acquitté, attendu ${status}`)
        if (!a.title.includes(p.kind === 'save' ? p.token : at.token)) problems.push(`article ${a.id} v${a.version} : titre inattendu après un ${p.kind} non acquitté`)
      } else {
        problems.push(`article ${a.id} : version ${a.version}, attendue ${at.version}${w.pending ? ` ou ${at.version + 1}` : ''}`)
      }
    }
    return { integrity, foreignKeyViolations, problems, savesFound, savesExpected, pendingCommitted, stories }
  } finally {
    sqlite.close()
  }
}

export interface UploadCheck {
  problems: string[]
  rows: number
  /** Acknowledged uploads whose row is there. */
  found: number
  /** Files on disk that no row names (a kill between the rename and the row): wasted space, harmless. */
  orphans: number
}

/**
 * After a restart: every row of the media library names files that are all there, whole (the size
 * the row recorded), every acknowledged upload has its row, and no temporary file is left (the
 * start script removes them).
 */
export function checkUploads(file: string, uploadsDir: string, acknowledged: number[]): UploadCheck {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true })
  const problems: string[] = []
  try {
    const rows = sqlite.prepare('SELECT id, path, bytes, variants FROM media').all() as { id: number; path: string; bytes: number; variants: string | null }[]
    const named = new Set<string>()
    for (const row of rows) {
      const files = [{ path: row.path, bytes: row.bytes }, ...((row.variants ? JSON.parse(row.variants) : []) as { path: string; bytes: number }[])]
      for (const f of files) {
        named.add(f.path)
        const abs = path.join(uploadsDir, f.path)
        if (!fs.existsSync(abs)) problems.push(`média ${row.id} : le fichier ${f.path} manque`)
        else if (fs.statSync(abs).size !== f.bytes) problems.push(`média ${row.id} : le fichier ${f.path} est incomplet (${fs.statSync(abs).size} octets sur ${f.bytes})`)
      }
    }
    const ids = new Set(rows.map((r) => r.id))
    const found = acknowledged.filter((id) => ids.has(id)).length
    for (const id of acknowledged) if (!ids.has(id)) problems.push(`le téléversement acquitté ${id} a disparu`)
    const temp = path.join(uploadsDir, TEMP_DIR)
    const left = fs.existsSync(temp) ? fs.readdirSync(temp) : []
    if (left.length) problems.push(`${left.length} fichier(s) temporaire(s) restent après le redémarrage`)
    const onDisk = fs.existsSync(uploadsDir) ? (fs.readdirSync(uploadsDir, { recursive: true }) as string[]).filter((f) => !f.startsWith(TEMP_DIR) && fs.statSync(path.join(uploadsDir, f)).isFile()) : []
    return { problems, rows: rows.length, found, orphans: onDisk.filter((f) => !named.has(f.split(path.sep).join('/'))).length }
  } finally {
    sqlite.close()
  }
}

// After the run, straight from the database file: every acknowledged save is there (its
// revision, with its token, at the version the server announced; the draft itself at the last
// one), every publication the editor was told about is published, and SQLite finds the file sound.
import Database from 'better-sqlite3'
import type { Ack, Draft } from './newsroom'

export interface Verification {
  acknowledgedSaves: number
  savesFound: number
  /** The first few missing, for the report. */
  missing: string[]
  drafts: number
  draftsAtLastSave: number
  publishes: number
  publishesFound: number
  quickCheck: string
}

export function verifyDatabase(databasePath: string, saves: Ack[][], published: Draft[]): Verification {
  const sqlite = new Database(databasePath, { readonly: true })
  try {
    const revision = sqlite.prepare('SELECT body FROM article_revisions WHERE article_id = ? AND version = ?').pluck()
    const article = sqlite.prepare('SELECT version, status, body, published_at AS publishedAt FROM articles WHERE id = ?')
    const missing: string[] = []
    let savesFound = 0
    let draftsAtLastSave = 0
    for (const acks of saves) {
      for (const ack of acks) {
        const bodies = revision.all(ack.articleId, ack.version) as string[]
        if (bodies.some((body) => body.includes(ack.token))) savesFound++
        else missing.push(`article ${ack.articleId} v${ack.version} (${ack.token})`)
      }
      const last = acks.at(-1)
      if (!last) continue
      const row = article.get(last.articleId) as { version: number; status: string; body: string } | undefined
      if (row && row.version === last.version && row.status === 'draft' && row.body.includes(last.token)) draftsAtLastSave++
      else missing.push(`article ${last.articleId} : ${row ? `v${row.version} ${row.status}` : 'absent'} au lieu de v${last.version} avec ${last.token}`)
    }
    let publishesFound = 0
    for (const draft of published) {
      const row = article.get(draft.id) as { status: string; publishedAt: number | null } | undefined
      if (row?.status === 'published' && row.publishedAt) publishesFound++
      else missing.push(`publication de l’article ${draft.id} : ${row ? row.status : 'absent'}`)
    }
    const quickCheck = (sqlite.pragma('quick_check', { simple: true }) as string) ?? ''
    return {
      acknowledgedSaves: saves.reduce((n, a) => n + a.length, 0),
      savesFound,
      missing: missing.slice(0, 10),
      drafts: saves.filter((a) => a.length > 0).length,
      draftsAtLastSave,
      publishes: published.length,
      publishesFound,
      quickCheck,
    }
  } finally {
    sqlite.close()
  }
}

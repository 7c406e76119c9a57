// The writers: five journalists each saving their own draft every two seconds, and an editor
// publishing a story every ten, through the newsroom's real server actions over HTTP. Every
// acknowledged save carries a unique token in its body, so it can be looked for afterwards.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import Database from 'better-sqlite3'
import { rawGet } from '../bench/server'
import { NewsroomClient } from './actions'

export const SAVE_ACTION = 'app/admin/articles/actions.ts#saveArticleAction'
export const PUBLISH_ACTION = 'app/admin/articles/actions.ts#publishArticleAction'

export interface Account {
  email: string
  name: string
  role: 'journalist' | 'editor'
  password: string
}

export function soakAccounts(journalists: number): { journalists: Account[]; editor: Account } {
  const password = 'une longue phrase de passe pour l’essai d’endurance'
  return {
    journalists: Array.from({ length: journalists }, (_, i) => ({ email: `endurance.journaliste${i + 1}@kibaru.test`, name: `Journaliste Endurance ${i + 1}`, role: 'journalist' as const, password })),
    editor: { email: 'endurance.editeur@kibaru.test', name: 'Éditeur Endurance', role: 'editor', password },
  }
}

/** The accounts, made by the project's createStaff (scripts/soak/create-staff.ts) before the server starts. */
export function createAccounts(databasePath: string, accounts: Account[]): number[] {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/soak/create-staff.ts'], {
    input: JSON.stringify(accounts),
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: databasePath },
  })
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.status !== 0 || !last.startsWith('[')) throw new Error(`La création des comptes a échoué :\n${result.stderr || result.stdout}`)
  return JSON.parse(last) as number[]
}

/** What the stories are filed under: an existing rubrique, byline and much-used tag. */
export interface Filing {
  categoryId: number
  authorId: number
  tag: string
}

export function readFiling(databasePath: string): Filing {
  const sqlite = new Database(databasePath, { readonly: true })
  try {
    const one = <T>(sql: string) => sqlite.prepare(sql).pluck().get() as T
    return {
      categoryId: one<number>('SELECT id FROM categories ORDER BY position, id LIMIT 1'),
      authorId: one<number>('SELECT id FROM authors ORDER BY id LIMIT 1'),
      tag: one<string>('SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT 1'),
    }
  } finally {
    sqlite.close()
  }
}

const PARAGRAPHS = [
  'La réunion du conseil communal s’est prolongée tard dans la soirée, les élus ayant tenu à examiner ligne par ligne le budget de l’assainissement.',
  'Sur le marché, les commerçantes disent attendre la fin de la saison des pluies pour savoir si les prix du mil et du sorgho vont enfin baisser.',
  'Le directeur de l’école a rappelé que la rentrée ne pourrait se faire dans de bonnes conditions qu’avec les tables-bancs promis par la mairie.',
  'Plusieurs habitants interrogés se disent satisfaits du nouveau forage, même si l’eau manque encore aux heures de forte affluence.',
]

/** A story's editor input, with `token` in its own paragraph of the body. */
export function storyInput(title: string, token: string, filing: Filing, byline: boolean) {
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
  return {
    title,
    slug: '',
    standfirst: 'Un article écrit pendant l’essai d’endurance de la rédaction.',
    categoryId: filing.categoryId,
    tags: [filing.tag],
    authorIds: byline ? [filing.authorId] : [],
    body: { type: 'doc', content: [...PARAGRAPHS.map(paragraph), paragraph(`Version ${token}.`)] },
  }
}

type WriteResult = { ok: true; id: number; version: number; status: string; slug: string } | { ok: false; error: string; conflict?: boolean }

export interface Ack {
  articleId: number
  version: number
  token: string
}

export interface WriterFailure {
  who: string
  what: 'save' | 'publish' | 'live'
  status: number
  detail: string
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)))

class Writer {
  readonly client: NewsroomClient
  constructor(
    readonly name: string,
    origin: string,
    actions: Map<string, string>,
  ) {
    this.client = new NewsroomClient(origin, actions)
  }
}

export class Journalist extends Writer {
  articleId: number | null = null
  version: number | null = null
  /** Every save the server acknowledged, the draft's creation included: all are looked for afterwards. */
  readonly acks: Ack[] = []
  /** Saves tried, acknowledged, and their times, since the last reset (the soak's own figures). */
  attempts = 0
  acknowledged = 0
  saveMs: number[] = []

  resetFigures() {
    this.attempts = 0
    this.acknowledged = 0
    this.saveMs = []
  }

  /** One save of the draft (the first one creates it); the ack is kept when the server says ok. */
  async save(title: string, token: string, filing: Filing, failures: WriterFailure[]): Promise<void> {
    const path = this.articleId === null ? '/admin/articles/new' : `/admin/articles/${this.articleId}`
    this.attempts++
    try {
      const answer = await this.client.call<WriteResult>(SAVE_ACTION, path, [this.articleId, this.version, storyInput(title, token, filing, false)])
      this.saveMs.push(answer.ms)
      const result = answer.result
      if (answer.status !== 200 || !result || !result.ok) {
        failures.push({ who: this.name, what: 'save', status: answer.status, detail: result && !result.ok ? result.error : answer.text.slice(0, 300) })
        return
      }
      this.articleId = result.id
      this.version = result.version
      this.acks.push({ articleId: result.id, version: result.version, token })
      this.acknowledged++
    } catch (error) {
      failures.push({ who: this.name, what: 'save', status: 0, detail: error instanceof Error ? error.message : String(error) })
    }
  }
}

export interface Draft {
  id: number
  version: number
  slug: string
}

export class Editor extends Writer {
  readonly drafts: Draft[] = []
  readonly published: Draft[] = []
  readonly publishMs: number[] = []
  /** From the action's answer to the first 200 at the story's address. */
  readonly liveMs: number[] = []

  async prepareDraft(title: string, token: string, filing: Filing): Promise<void> {
    const answer = await this.client.call<WriteResult>(SAVE_ACTION, '/admin/articles/new', [null, null, storyInput(title, token, filing, true)])
    const result = answer.result
    if (!result?.ok) throw new Error(`Brouillon de l’éditeur refusé (HTTP ${answer.status}) : ${result ? result.error : answer.text.slice(0, 300)}`)
    this.drafts.push({ id: result.id, version: result.version, slug: result.slug })
  }

  async publishNext(origin: string, failures: WriterFailure[]): Promise<void> {
    const draft = this.drafts.shift()
    if (!draft) return
    try {
      const answer = await this.client.call<WriteResult>(PUBLISH_ACTION, `/admin/articles/${draft.id}`, [draft.id, draft.version])
      this.publishMs.push(answer.ms)
      const result = answer.result
      if (answer.status !== 200 || !result || !result.ok || result.status !== 'published') {
        failures.push({ who: this.name, what: 'publish', status: answer.status, detail: result && !result.ok ? result.error : answer.text.slice(0, 300) })
        return
      }
      const returned = performance.now()
      for (;;) {
        const res = await rawGet(`${origin}/articles/${draft.slug}`)
        if (res.status === 200) break
        if (performance.now() - returned > 15_000) {
          failures.push({ who: this.name, what: 'live', status: res.status, detail: `/articles/${draft.slug} toujours absent 15 s après la publication` })
          return
        }
        await sleep(25)
      }
      this.liveMs.push(performance.now() - returned)
      this.published.push({ ...draft, version: result.version })
    } catch (error) {
      failures.push({ who: this.name, what: 'publish', status: 0, detail: error instanceof Error ? error.message : String(error) })
    }
  }
}

export interface Newsroom {
  journalists: Journalist[]
  editor: Editor
  filing: Filing
  runId: string
  failures: WriterFailure[]
}

/** Everyone signs in; each journalist creates their draft; the editor prepares the stories to publish. */
export async function openNewsroom(origin: string, actions: Map<string, string>, accounts: ReturnType<typeof soakAccounts>, filing: Filing, publishes: number): Promise<Newsroom> {
  const runId = crypto.randomBytes(4).toString('hex')
  const failures: WriterFailure[] = []
  const journalists = accounts.journalists.map((a, i) => new Journalist(`journaliste ${i + 1}`, origin, actions))
  const editor = new Editor('éditeur', origin, actions)
  for (const [i, journalist] of journalists.entries()) {
    await journalist.client.signIn(accounts.journalists[i]!.email, accounts.journalists[i]!.password)
    await journalist.save(`Brouillon d’endurance ${runId} n° ${i + 1}`, `${runId}-j${i + 1}-0`, filing, failures)
    if (journalist.articleId === null) throw new Error(`Le brouillon du ${journalist.name} n’a pas été créé : ${failures.at(-1)?.detail}`)
    journalist.resetFigures()
  }
  await editor.client.signIn(accounts.editor.email, accounts.editor.password)
  for (let i = 1; i <= publishes; i++) await editor.prepareDraft(`Dépêche d’endurance ${runId} n° ${i}`, `${runId}-e${i}`, filing)
  return { journalists, editor, filing, runId, failures }
}

/**
 * The writers for `seconds`: journalist i saves at i × (period / count) + k × period (staggered,
 * never two saves of one draft at once: a slow save delays that journalist's next one); the
 * editor publishes at period / 2 + k × period.
 */
export async function runWriters(origin: string, newsroom: Newsroom, seconds: number, saveEveryMs: number, publishEveryMs: number): Promise<{ latePlans: number }> {
  const start = performance.now()
  const end = start + seconds * 1000
  let latePlans = 0
  const journalists = newsroom.journalists.map(async (journalist, i) => {
    for (let k = 1; ; k++) {
      const at = start + (i * saveEveryMs) / newsroom.journalists.length + (k - 1) * saveEveryMs
      if (at >= end) return
      if (performance.now() > at + saveEveryMs) latePlans++
      await sleep(at - performance.now())
      await journalist.save(`Brouillon d’endurance ${newsroom.runId} n° ${i + 1}`, `${newsroom.runId}-j${i + 1}-${k}`, newsroom.filing, newsroom.failures)
    }
  })
  const editor = (async () => {
    for (let k = 0; publishEveryMs > 0; k++) {
      const at = start + publishEveryMs / 2 + k * publishEveryMs
      if (at >= end) return
      await sleep(at - performance.now())
      await newsroom.editor.publishNext(origin, newsroom.failures)
    }
  })()
  await Promise.all([...journalists, editor])
  return { latePlans }
}

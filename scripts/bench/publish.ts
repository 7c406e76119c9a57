// Publish-to-live: an editor clicks "Publier" in the real newsroom (Debian's chromium driven by
// Playwright); from the moment the server action's response has fully arrived, plain HTTP
// requests poll `/` and the story's URL until the story is served at both.
import { hash } from '@node-rs/argon2'
import { chromium, type Browser } from '@playwright/test'
import Database from 'better-sqlite3'
import type { BenchDatabase } from './server'
import { getText } from './server'
import { median, round } from './stats'

export const BENCH_EDITOR = { email: 'banc.essai@kibaru.test', password: 'le banc d’essai du fleuve Niger', name: 'Banc d’essai' }

export interface Draft {
  id: number
  slug: string
  title: string
}

/** Inserts the editor account and `count` drafts straight into the benchmark database. */
export async function prepareDrafts(database: BenchDatabase, count: number): Promise<Draft[]> {
  const passwordHash = await hash(BENCH_EDITOR.password)
  const sqlite = new Database(database.databasePath)
  try {
    sqlite.pragma('busy_timeout = 5000')
    return sqlite.transaction(() => {
      sqlite.prepare('DELETE FROM login_attempts').run()
      sqlite.prepare("INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, 'editor', ?)").run(BENCH_EDITOR.email, BENCH_EDITOR.name, passwordHash)
      const editorId = (sqlite.prepare('SELECT id FROM users WHERE email = ?').get(BENCH_EDITOR.email) as { id: number }).id
      const categoryId = (sqlite.prepare('SELECT id FROM categories ORDER BY id LIMIT 1').get() as { id: number }).id
      const authorId = (sqlite.prepare('SELECT id FROM authors ORDER BY id LIMIT 1').get() as { id: number }).id
      const insert = sqlite.prepare(
        `INSERT INTO articles (slug, title, standfirst, category_id, status, body, body_text, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)`,
      )
      const byline = sqlite.prepare('INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, 0)')
      const drafts: Draft[] = []
      for (let n = 1; n <= count; n++) {
        const slug = `banc-essai-publication-${n}-${process.pid}`
        const title = `Banc d’essai : publication n° ${n}`
        const text = 'Un article publié par le banc d’essai pour mesurer le délai de mise en ligne.'
        const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
        const now = Date.now()
        const id = Number(insert.run(slug, title, 'Mesure du délai entre la publication et la mise en ligne.', categoryId, body, text, editorId, now, now).lastInsertRowid)
        byline.run(id, authorId)
        drafts.push({ id, slug, title })
      }
      return drafts
    })()
  } finally {
    sqlite.close()
  }
}

export interface PublishTrial {
  slug: string
  /** Click to the action's response. */
  actionMs: number
  /** From the action's response to the story served on `/`. */
  homeMs: number
  /** From the action's response to a 200 at the story's URL. */
  articleMs: number
  /** The later of the two: the story is live everywhere a reader looks first. */
  liveMs: number
}

export interface PublishResult {
  trials: PublishTrial[]
  medianLiveMs: number
  maxLiveMs: number
  medianActionMs: number
  method: string
}

async function pollUntil(fetchOnce: () => Promise<{ status: number; text: string }>, done: (r: { status: number; text: string }) => boolean, from: number, what: string): Promise<number> {
  const deadline = from + 30_000
  for (;;) {
    const r = await fetchOnce()
    if (done(r)) return performance.now() - from
    if (performance.now() > deadline) throw new Error(`Publication : ${what} toujours absent après 30 s.`)
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export async function publishToLive(origin: string, drafts: Draft[], browser: Browser): Promise<PublishResult> {
  const context = await browser.newContext({ baseURL: origin, locale: 'fr-FR', timezoneId: 'Africa/Bamako' })
  try {
    const page = await context.newPage()
    await page.goto('/connexion')
    await page.getByLabel('Adresse e-mail').fill(BENCH_EDITOR.email)
    await page.getByLabel('Mot de passe').fill(BENCH_EDITOR.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/admin$/, { timeout: 30_000 })

    const trials: PublishTrial[] = []
    for (const draft of drafts) {
      const url = `${origin}/articles/${draft.slug}`
      await page.goto(`/admin/articles/${draft.id}`)
      const publish = page.getByRole('button', { name: 'Publier', exact: true })
      await publish.waitFor({ timeout: 30_000 })
      // Readers' pages are warm and the story is not there yet (a cached 404 would have to go too).
      const before = await getText(url)
      if (before.status !== 404) throw new Error(`Publication : ${url} répond ${before.status} avant publication.`)
      if ((await getText(`${origin}/`)).text.includes(`/articles/${draft.slug}"`)) throw new Error('Publication : le brouillon est déjà sur la page d’accueil.')

      const response = page.waitForResponse((r) => r.request().method() === 'POST' && Boolean(r.request().headers()['next-action']), { timeout: 30_000 })
      const clicked = performance.now()
      await publish.click()
      // The action's response starts once the action has run (its write and its cache
      // invalidation are done: Next sets x-action-revalidated then). Its body, the refreshed page,
      // may then be cut short by the editor's own refresh, so the clock starts at the response.
      const actionResponse = await response
      const returned = performance.now()
      if (actionResponse.status() !== 200) throw new Error(`Publication : l’action a répondu ${actionResponse.status()}.`)
      const [homeMs, articleMs] = await Promise.all([
        pollUntil(() => getText(`${origin}/`), (r) => r.status === 200 && r.text.includes(`/articles/${draft.slug}"`), returned, 'la page d’accueil'),
        pollUntil(() => getText(url), (r) => r.status === 200, returned, 'l’article'),
      ])
      // The newsroom agrees it is published (the action did not fail after all).
      await page.locator('.status-badge', { hasText: 'Publié' }).waitFor({ timeout: 30_000 })
      trials.push({ slug: draft.slug, actionMs: round(returned - clicked, 1), homeMs: round(homeMs, 1), articleMs: round(articleMs, 1), liveMs: round(Math.max(homeMs, articleMs), 1) })
    }
    const live = trials.map((t) => t.liveMs)
    return {
      trials,
      medianLiveMs: round(median(live), 1),
      maxLiveMs: round(Math.max(...live), 1),
      medianActionMs: round(median(trials.map((t) => t.actionMs)), 1),
      method:
        'An editor signed in with chromium clicks "Publier" on a draft; from the moment the server action\'s response reaches the browser (Playwright; the action has run by then), back-to-back GETs of / and of the story URL until / links to it and the URL answers 200 (both were requested once just before, without the story)',
    }
  } finally {
    await context.close()
  }
}

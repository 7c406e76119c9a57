// npm run test:crash [-- --rounds N | --smoke] [--writers N] [--seed N] [--keep]
//
// Kills the production server with SIGKILL at random moments while staff save and publish, then
// restarts it and checks the database: SQLite's promise that an acknowledged commit survives a
// crash, and ours that a story is never half-published (issue 6, faults and durability).
//
// The server is `scripts/start.ts` serving the build in NEXT_DIST_DIR (built first if missing,
// or rebuilt when the sources changed unless SKIP_BUILD=1), on a throwaway database in a
// temporary folder. The writers act over HTTP as staff do: they sign in through the sign-in
// action and call the newsroom's real server actions (save, publish, unpublish), each on a story
// of its own, one write after the other. Each answered write is recorded with what it wrote (a
// unique token in the title and the body) and the version it returned; the one write in flight
// when the server dies may have happened or not, and either is accepted, nothing else.
// After each restart (which is the recovery: migrations, WAL replay, temporary uploads cleaned),
// a read-only connection checks PRAGMA integrity_check, the foreign keys, the search index, every
// acknowledged save, and that no story is half-published (scripts/crash/check.ts says what that
// means); the readers' pages must agree. Prints the figures; exits 1 on any loss.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureAdmin } from '@/db/bootstrap-admin'
import { migrateDatabase, openDatabase } from '@/db/open'
import * as schema from '@/db/schema'
import { ensureBuild } from './bench/server'
import { DIST_DIR } from './build-fingerprint'
import { callAction, findActions, signIn, type ActionRef } from './crash/actions'
import sharp from 'sharp'
import { mulberry32 } from '../lib/seeded-random'
import { checkDatabase, checkUploads, type CheckResult, type WriterExpectation } from './crash/check'
import { killServer, startServer, type CrashServer, type KillReport } from './crash/server'

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv: string[]) {
  const options = { rounds: 30, writers: 3, uploads: true, seed: Date.now() % 1_000_000, keep: false, port: Number(process.env.CRASH_PORT || 3190), killMinMs: 150, killMaxMs: 3000 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = () => {
      const v = Number(argv[++i])
      if (!Number.isInteger(v) || v < 1) throw new Error(`${arg} attend un entier positif.`)
      return v
    }
    if (arg === '--smoke') options.rounds = 3
    else if (arg === '--rounds') options.rounds = value()
    else if (arg === '--writers') options.writers = value()
    else if (arg === '--seed') options.seed = value()
    else if (arg === '--port') options.port = value()
    else if (arg === '--keep') options.keep = true
    else if (arg === '--no-uploads') options.uploads = false
    else throw new Error(`Option inconnue : ${arg} (--rounds N, --smoke, --writers N, --seed N, --port N, --no-uploads, --keep)`)
  }
  return options
}

const t0 = performance.now()
function log(message: string) {
  process.stdout.write(`[crash ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${message}\n`)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0
}
const spread = (xs: number[], unit = 'ms', digits = 0) => (xs.length ? `min ${Math.min(...xs).toFixed(digits)} / médiane ${median(xs).toFixed(digits)} / max ${Math.max(...xs).toFixed(digits)} ${unit}` : '—')

// ---------------------------------------------------------------------------------------------
// The newsroom

const EDITOR = { email: 'panne.redaction@kibaru.test', password: 'la rédaction survit aux pannes de courant' }
const ACTIONS = {
  signIn: 'app/connexion/actions.ts#signInAction',
  save: 'app/admin/articles/actions.ts#saveArticleAction',
  publish: 'app/admin/articles/actions.ts#publishArticleAction',
  unpublish: 'app/admin/articles/actions.ts#unpublishArticleAction',
}

type WriteResult = { ok: true; id: number; version: number; status: string; slug: string } | { ok: false; error: string; conflict?: boolean }

/** A throwaway database with what a save needs (a rubrique, a byline) and the editor's account. */
async function prepareDatabase(file: string): Promise<{ categoryId: number; authorId: number }> {
  const database = openDatabase(file)
  try {
    migrateDatabase(database)
    // A rubrique makes the database non-empty: start.ts then adds no demo content.
    const categoryId = database.insert(schema.categories).values({ slug: 'societe', name: 'Société' }).returning().get().id
    const authorId = database.insert(schema.authors).values({ slug: 'redaction', name: 'La Rédaction' }).returning().get().id
    // The project's own way to make a staff account from the outside (npm start does the same
    // with ADMIN_EMAIL / ADMIN_PASSWORD): an administrator may save, publish and unpublish.
    await ensureAdmin(database, EDITOR.email, EDITOR.password)
    return { categoryId, authorId }
  } finally {
    database.$client.close()
  }
}

interface Writer extends WriterExpectation {
  index: number
  slug: string
  seq: number
  recovered: { publish: number; unpublish: number; save: number }
}

interface Uploader {
  acknowledged: number[]
  /** Files left in the temporary folder by the kill (the restart must remove them). */
  leftovers: number
  pictures: Buffer[]
}

interface RoundFigures {
  round: number
  killAfterMs: number
  saves: number
  transitions: number
  uploads: number
  inFlight: number
  pendingCommitted: number
  kill: KillReport
  restartMs: number
  checkMs: number
  roundMs: number
  problems: string[]
}

interface Context {
  actions: Record<keyof typeof ACTIONS, ActionRef>
  cookie: string
  categoryId: number
  authorId: number
  unexpected: string[]
}

function articleInput(ctx: Context, writer: { index: number; slug: string }, token: string) {
  const text = `Dépêche ${token} : les enregistrements survivent à l’arrêt brutal du serveur.`
  return {
    title: `Essai de panne ${token}`,
    slug: writer.slug,
    standfirst: `Chapô de l’essai ${token}.`,
    categoryId: ctx.categoryId,
    tags: ['Essai de panne', `Rédacteur ${writer.index + 1}`],
    authorIds: [ctx.authorId],
    newAuthors: [],
    coverMediaId: null,
    coverCaption: null,
    dateline: 'BAMAKO',
    sourceName: null,
    sourceUrl: null,
    body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Intertitre ${token}` }] }, { type: 'paragraph', content: [{ type: 'text', text }] }] },
    featured: false,
    breaking: false,
  }
}

/** Writes one after the other until told to stop or until the server stops answering. */
async function runWriter(ctx: Context, origin: string, writer: Writer, round: number, stop: { now: boolean }, count: { saves: number; transitions: number; inFlight: number }, rnd: () => number) {
  while (!stop.now) {
    const status = writer.acknowledged.status
    const transition = rnd() < 0.25
    const kind: 'save' | 'publish' | 'unpublish' = !transition ? 'save' : status === 'published' ? 'unpublish' : 'publish'
    // Delimited, so that no token is found inside another (#R1W1N1# is not in #R1W1N10#).
    const token = kind === 'save' ? `#R${round}W${writer.index + 1}N${++writer.seq}#` : writer.acknowledged.token
    writer.pending = { kind, token }
    const args = kind === 'save' ? [writer.articleId, writer.acknowledged.version, articleInput(ctx, writer, token), false] : [writer.articleId, writer.acknowledged.version]
    count.inFlight++
    let result: WriteResult | undefined
    let httpStatus = 0
    try {
      const answer = await callAction<WriteResult>(origin, ctx.actions[kind], args, ctx.cookie)
      result = answer.value
      httpStatus = answer.status
    } catch {
      // The server died with the request in flight: its outcome is unknown (writer.pending stays).
      return
    } finally {
      count.inFlight--
    }
    if (!result || !result.ok) {
      // A live server refused or failed a write that should have gone through.
      if (!stop.now) ctx.unexpected.push(`manche ${round}, rédacteur ${writer.index + 1} : ${kind} → HTTP ${httpStatus} ${result ? result.error : 'sans réponse lisible'}`)
      return
    }
    writer.pending = null
    if (kind === 'save') {
      writer.acknowledgedSaves.push({ token, version: result.version })
      count.saves++
    } else {
      writer.acknowledgedTransitions.push({ kind, version: result.version })
      count.transitions++
    }
    writer.acknowledged = { version: result.version, status: result.status, token }
  }
}

/** Photos like a reporter's (smooth noise: the encoders have real work), small enough for two cores. */
async function makePictures(count: number): Promise<Buffer[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      sharp({ create: { width: 480, height: 300, channels: 3, background: ['#7a5c2d', '#2d5c7a', '#5c7a2d'][i % 3]!, noise: { type: 'gaussian', mean: 110 + i * 10, sigma: 40 } } })
        .blur(1.5)
        .jpeg({ quality: 85 })
        .toBuffer(),
    ),
  )
}

type UploadAnswer = { ok: boolean; media?: { id: number }; error?: string }

/** Uploads through the newsroom's upload route, one after the other, until told to stop or the server dies. */
async function runUploader(ctx: Context, origin: string, uploader: Uploader, round: number, stop: { now: boolean }, count: { uploads: number; inFlight: number }) {
  for (let n = 0; !stop.now; n++) {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(uploader.pictures[n % uploader.pictures.length]!)], { type: 'image/jpeg' }), `panne-${round}-${n}.jpg`)
    form.set('alt', `Photo de l’essai de panne, manche ${round}`)
    form.set('credit', 'Kibaru')
    count.inFlight++
    let answer: UploadAnswer | null = null
    let status = 0
    try {
      const res = await fetch(`${origin}/admin/medias/televerser`, { method: 'POST', headers: { cookie: ctx.cookie, origin }, body: form, signal: AbortSignal.timeout(60_000) })
      status = res.status
      answer = (await res.json()) as UploadAnswer
    } catch {
      return // the server died mid-upload: outcome unknown, and either is fine
    } finally {
      count.inFlight--
    }
    if (!answer?.ok || !answer.media) {
      if (!stop.now) ctx.unexpected.push(`manche ${round}, téléversement : HTTP ${status} ${answer?.error ?? 'sans réponse lisible'}`)
      return
    }
    uploader.acknowledged.push(answer.media.id)
    count.uploads++
  }
}

/** Readers after the restart: a published story answers 200 with its latest title, any other 404. */
async function readerProblems(origin: string, writers: Writer[], stories: Map<number, { version: number; status: string; slug: string }>): Promise<string[]> {
  const answers = await Promise.all(
    writers.map(async (w) => {
      const story = stories.get(w.articleId)
      if (!story) return null
      const res = await fetch(`${origin}/articles/${story.slug}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
      const html = await res.text()
      const expected = story.status === 'published' ? 200 : 404
      if (res.status !== expected) return `/articles/${story.slug} répond ${res.status} pour un article « ${story.status} » (attendu ${expected})`
      if (expected === 200 && !html.includes(w.acknowledged.token)) return `/articles/${story.slug} ne montre pas sa dernière version (${w.acknowledged.token})`
      return null
    }),
  )
  return answers.filter((a): a is string => a !== null)
}

/** A database too broken to be read is a finding too, not a crash of the test. */
function safeCheck(file: string, writers: Writer[]): CheckResult {
  try {
    return checkDatabase(file, writers)
  } catch (error) {
    return { integrity: 'illisible', foreignKeyViolations: 0, problems: [`integrity_check : base illisible (${error instanceof Error ? error.message : String(error)})`], savesFound: 0, savesExpected: 0, pendingCommitted: 0, stories: new Map() }
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2))
  // Seeded: the same --seed kills at the same moments.
  const rnd = mulberry32(options.seed)
  if (process.env.SKIP_BUILD === '1' && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) log(`construction existante dans ${DIST_DIR} (SKIP_BUILD=1)`)
  else ensureBuild()

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-crash-'))
  const place = { port: options.port, databasePath: path.join(dir, 'kibaru.db'), uploadsDir: path.join(dir, 'uploads'), logFile: path.join(dir, 'server.log') }
  log(`${options.rounds} manche(s), ${options.writers} rédacteurs, graine ${options.seed}, port ${options.port}, base ${place.databasePath}`)
  const { categoryId, authorId } = await prepareDatabase(place.databasePath)

  let server: CrashServer | null = null
  const stopServerOnExit = () => {
    if (server) {
      try {
        process.kill(-server.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  process.on('exit', stopServerOnExit)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

  server = await startServer(place)
  log(`serveur prêt en ${(server.startupMs / 1000).toFixed(1)} s`)
  const actions = findActions(Object.values(ACTIONS))
  const ctx: Context = {
    actions: { signIn: actions[ACTIONS.signIn]!, save: actions[ACTIONS.save]!, publish: actions[ACTIONS.publish]!, unpublish: actions[ACTIONS.unpublish]! },
    cookie: await signIn(server.origin, actions[ACTIONS.signIn]!, EDITOR),
    categoryId,
    authorId,
    unexpected: [],
  }

  // Each writer's story, created through the save action like any other.
  const writers: Writer[] = []
  for (let index = 0; index < options.writers; index++) {
    const slug = `essai-de-panne-${index + 1}`
    const token = `#R0W${index + 1}N0#`
    const answer = await callAction<WriteResult>(server.origin, ctx.actions.save, [null, null, articleInput(ctx, { index, slug }, token), false], ctx.cookie)
    const created = answer.value
    if (!created?.ok) throw new Error(`Création de l’article du rédacteur ${index + 1} impossible : ${created ? created.error : `HTTP ${answer.status}`}`)
    writers.push({
      index,
      slug: created.slug,
      seq: 0,
      articleId: created.id,
      acknowledgedSaves: [{ token, version: created.version }],
      acknowledgedTransitions: [],
      acknowledged: { version: created.version, status: created.status, token },
      pending: null,
      recovered: { publish: 0, unpublish: 0, save: 0 },
    })
  }

  const uploader: Uploader = { acknowledged: [], leftovers: 0, pictures: options.uploads ? await makePictures(3) : [] }
  if (options.uploads) {
    // One photo before the first kill, so every round checks at least one library row and its files
    // (on a busy machine, a short round may end before any upload does).
    const setupStop = { now: false }
    const counter = { uploads: 0, inFlight: 0 }
    let ended = false
    const first = runUploader(ctx, server.origin, uploader, 0, setupStop, counter).finally(() => (ended = true))
    while (counter.uploads === 0 && !ended) await sleep(20)
    setupStop.now = true
    await first
    if (!uploader.acknowledged.length) throw new Error(`Premier téléversement impossible : ${ctx.unexpected.join(' ; ') || 'le serveur ne répond plus'}`)
  }
  let uploadCheck = checkUploads(place.databasePath, place.uploadsDir, uploader.acknowledged)
  const figures: RoundFigures[] = []
  for (let round = 1; round <= options.rounds; round++) {
    const roundStart = performance.now()
    const stop = { now: false }
    const count = { saves: 0, transitions: 0, uploads: 0, inFlight: 0 }
    const running = writers.map((w) => runWriter(ctx, server!.origin, w, round, stop, count, rnd))
    if (options.uploads) running.push(runUploader(ctx, server.origin, uploader, round, stop, count))
    const killAfterMs = options.killMinMs + rnd() * (options.killMaxMs - options.killMinMs)
    await sleep(killAfterMs)
    const inFlight = count.inFlight
    const kill = await killServer(server)
    stop.now = true
    await Promise.all(running)
    const tempDir = path.join(place.uploadsDir, '.tmp')
    uploader.leftovers += fs.existsSync(tempDir) ? fs.readdirSync(tempDir).length : 0

    const restarted = performance.now()
    server = await startServer(place)
    const restartMs = performance.now() - restarted

    const checkStart = performance.now()
    const check = safeCheck(place.databasePath, writers)
    // What the database now holds is where each writer goes on from (an unanswered write that did
    // happen counts from now on, as the journalist would see it on reloading the page).
    for (const w of writers) {
      const story = check.stories.get(w.articleId)
      if (w.pending && story && story.version === w.acknowledged.version + 1) {
        w.recovered[w.pending.kind]++
        if (w.pending.kind === 'save') w.acknowledgedSaves.push({ token: w.pending.token, version: story.version })
        else w.acknowledgedTransitions.push({ kind: w.pending.kind, version: story.version })
        w.acknowledged = { version: story.version, status: story.status, token: w.pending.token }
      }
      w.pending = null
    }
    uploadCheck = checkUploads(place.databasePath, place.uploadsDir, uploader.acknowledged)
    const problems = [...check.problems, ...uploadCheck.problems, ...(await readerProblems(server.origin, writers, check.stories))]
    const checkMs = performance.now() - checkStart

    const figure: RoundFigures = {
      round,
      killAfterMs,
      saves: count.saves,
      transitions: count.transitions,
      uploads: count.uploads,
      inFlight,
      pendingCommitted: check.pendingCommitted,
      kill,
      restartMs,
      checkMs,
      roundMs: performance.now() - roundStart,
      problems: [...problems, ...ctx.unexpected.splice(0)],
    }
    figures.push(figure)
    log(
      `manche ${String(round).padStart(2)} : SIGKILL après ${(killAfterMs / 1000).toFixed(2)} s, ${figure.saves} enregistrements, ${figure.transitions} (dé)publications, ${figure.uploads} téléversements acquittés, ${inFlight} en vol (${check.pendingCommitted} écrits malgré tout), ` +
        `intégrité ${check.integrity}, enregistrements retrouvés ${check.savesFound}/${check.savesExpected}, redémarrage ${(restartMs / 1000).toFixed(1)} s, manche ${(figure.roundMs / 1000).toFixed(1)} s` +
        (figure.problems.length ? `\n    PROBLÈMES :\n    - ${figure.problems.join('\n    - ')}` : ''),
    )
  }
  await killServer(server)
  server = null

  // Figures
  const final = safeCheck(place.databasePath, writers)
  const all = figures.flatMap((f) => f.problems).concat(final.problems)
  const acknowledgedSaves = writers.reduce((n, w) => n + w.acknowledgedSaves.length - w.recovered.save, 0)
  const transitions = writers.flatMap((w) => w.acknowledgedTransitions)
  const recovered = writers.reduce((n, w) => n + w.recovered.save + w.recovered.publish + w.recovered.unpublish, 0)
  console.log('\nRésultats de l’essai de panne (SIGKILL du serveur de production pendant les écritures)')
  console.log(`  manches                         ${figures.length}  (graine ${options.seed}, ${options.writers} rédacteurs)`)
  console.log(`  enregistrements acquittés       ${acknowledgedSaves}  (dont création des articles : ${writers.length})`)
  console.log(`  enregistrements retrouvés       ${final.savesFound}/${final.savesExpected}  (les acquittés et ${writers.reduce((n, w) => n + w.recovered.save, 0)} écrits sans réponse)`)
  console.log(`  publications / dépublications   ${transitions.filter((t) => t.kind === 'publish').length} / ${transitions.filter((t) => t.kind === 'unpublish').length}  (acquittées ou retrouvées)`)
  if (options.uploads) {
    console.log(`  téléversements acquittés        ${uploader.acknowledged.length} (dont 1 avant la première manche), retrouvés ${uploadCheck.found}, chacun avec tous ses fichiers entiers (${uploadCheck.rows} lignes en tout)`)
    console.log(`  fichiers temporaires            ${uploader.leftovers} laissés par les SIGKILL, 0 après chaque redémarrage ; ${uploadCheck.orphans} fichier(s) sans ligne (renommés juste avant le SIGKILL, inoffensifs)`)
  }
  console.log(`  écritures en vol au SIGKILL     ${figures.reduce((n, f) => n + f.inFlight, 0)}, dont ${recovered} écrites sans avoir été acquittées`)
  console.log(`  moment du SIGKILL               ${spread(figures.map((f) => f.killAfterMs))} après le début des écritures`)
  console.log(`  processus tués par manche       ${spread(figures.map((f) => f.kill.killed), '', 0)} ; tous partis en ${spread(figures.map((f) => f.kill.goneMs))}`)
  console.log(`  redémarrage (jusqu’à / en 200)  ${spread(figures.map((f) => f.restartMs / 1000), 's', 1)}`)
  console.log(`  vérification après redémarrage  ${spread(figures.map((f) => f.checkMs))}`)
  console.log(`  durée d’une manche              ${spread(figures.map((f) => f.roundMs / 1000), 's', 1)}`)
  console.log(`  integrity_check                 ${figures.length + 1 - all.filter((p) => p.startsWith('integrity_check')).length}/${figures.length + 1} « ok »`)
  console.log(`  durée totale                    ${((performance.now() - t0) / 1000).toFixed(0)} s`)
  if (all.length) {
    console.log(`\nÉCHEC : ${all.length} problème(s) ; base et journal du serveur gardés dans ${dir}`)
    for (const p of all) console.log(`  - ${p}`)
    process.exitCode = 1
    return
  }
  console.log('\nAucune perte : chaque écriture acquittée a survécu, aucun article à moitié publié.')
  if (options.keep) console.log(`Base et journal du serveur gardés dans ${dir}`)
  else fs.rmSync(dir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})

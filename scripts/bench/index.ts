// npm run bench [-- --articles N --duration S --connections N --scale --smoke]
// Builds when needed, creates its own database (demo content + a deterministic synthetic corpus),
// starts the production server with `npm start` on a free port, and measures: throughput and
// latency of the reader pages under load, against the machine's limit measured in the same run;
// memory; start time; search time inside the server; publish-to-live; page weight. Prints
// figures and writes them as JSON; it asserts nothing about them (except, with --smoke, that
// every part produced figures).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fullAnatomyArticle } from '../../e2e/demo'
import { slugify } from '../../lib/slug'
import { DIST_DIR } from '../build-fingerprint'
import { load, mergeLoads, staticLimit, type AlongsideResult, type LoadResult, type PageSpec } from './load'
import { optionsOrExit } from '../cli-options'
import { parseBenchOptions, SCALE_SIZES, type BenchOptions } from './options'
import { cpuSnapshot, othersCpuShare, serverMemory, type ServerMemory } from './proc'
import { launchChromium, prepareDrafts, publishToLive, type PublishResult } from './publish'
import { metaContent } from './html'
import { ensureBuild, freePort, getText, log, prepareDatabase, rawGet, removeDatabase, root, startServer, stopAllOnExit, stopServer, timeSearch, type BenchDatabase, type RunningServer, type SearchTiming } from './server'
import { fixed, kb, mb, percent, round, table } from './stats'
import { pageWeight, type PageWeight } from './weight'
import { searchQuery } from './words'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// ---------------------------------------------------------------------------------------------
// The pages

interface Pages {
  article: string
  list: PageSpec[]
}

/** The pages under load: a full demo story (cover, inline image, quote, "Lire aussi"), its rubrique and tag. */
async function discoverPages(origin: string): Promise<Pages> {
  const demo = fullAnatomyArticle()
  const article = `/articles/${demo.slug}`
  const page = await getText(`${origin}${article}`)
  if (page.status !== 200) throw new Error(`${article} répond ${page.status}.`)
  const ogImage = metaContent(page.text, 'og:image')
  if (!ogImage) throw new Error(`${article} n’a pas d’og:image.`)
  const share = new URL(ogImage).pathname
  const tag = `/tags/${slugify(demo.tags[0] ?? '', 60)}`
  // Searches are cached: the rotation goes on from one load to the next (warm-up, every slice of
  // --scale), so no query is asked twice and each one is a render, until ~3,600 have been asked.
  let asked = 0
  return {
    article,
    list: [
      { name: '/', path: '/' },
      { name: 'article', path: article },
      { name: 'article ?fbclid=', path: `${article}?fbclid=IwAR0`, rotate: (n) => `${article}?fbclid=IwAR${n % 1000}`, note: '1,000 different fbclid values, in turn' },
      { name: 'rubrique', path: `/rubriques/${demo.category}` },
      { name: 'tag', path: tag },
      { name: 'search', path: `/recherche?q=${encodeURIComponent(searchQuery(0))}`, rotate: () => `/recherche?q=${encodeURIComponent(searchQuery(++asked))}`, note: 'single words and pairs from the corpus, each asked once (~3,600 distinct): renders, not cache hits' },
      { name: 'search, one query', path: `/recherche?q=${encodeURIComponent(searchQuery(0))}`, note: 'the same query again and again, as when many readers look for the news of the hour' },
      {
        name: 'article, 8 searching',
        path: article,
        alongside: { connections: 8, path: '/recherche', rotate: () => `/recherche?q=${encodeURIComponent(searchQuery(++asked))}` },
        note: 'the article at full concurrency while 8 more connections search, each query new (a crawler trying words): what the renders cost the pages everyone shares',
      },
      { name: '/feed.xml', path: '/feed.xml' },
      { name: 'share image', path: share },
    ],
  }
}

async function checkPages(origin: string, pages: Pages) {
  for (const page of pages.list) {
    const res = await rawGet(`${origin}${page.path}`)
    if (res.status !== 200) throw new Error(`${page.path} répond ${res.status}.`)
  }
}

/** Warm caches and V8: sequential requests, then (not in --smoke) 2 s at full concurrency, other URLs for rotating pages. */
async function warm(origin: string, pages: Pages, options: BenchOptions) {
  for (const page of pages.list) {
    for (let i = 0; i < (options.smoke ? 1 : 3); i++) await rawGet(`${origin}${page.path}`)
    const rotate = page.rotate
    if (!options.smoke) await load(origin, { ...page, ...(rotate ? { rotate: (n: number) => rotate(n + 1_000_000) } : {}) }, 2, options.connections)
  }
}

interface PageResult extends LoadResult {
  name: string
  path: string
  note?: string
  /** Body of one response (no compression). */
  bodyBytes: number
  /** Requests per second as a share of the static server's. */
  ofLimit: number
  /** CPU used by other processes on the machine during this page's run. */
  othersCpu: number
  /** What the page tells browsers and CDNs, and whether the page cache answered it (after the load). */
  cacheControl: string
  pageCache: string
}

function alongsideText(a: AlongsideResult): string {
  return `${a.connections} connections, ${fixed(a.requestsPerSecond, 1)} req/s, p99 ${a.latencyP99Ms} ms, statuses ${Object.entries(a.statusCodes).map(([code, n]) => `${code} × ${fixed(n)}`).join(', ')}`
}

async function loadPages(origin: string, pages: Pages, limit: LoadResult, options: BenchOptions, serverPid: number): Promise<PageResult[]> {
  const out: PageResult[] = []
  for (const page of pages.list) {
    const bodyBytes = (await rawGet(`${origin}${page.path}`, { 'accept-encoding': 'identity' })).body.length
    const before = cpuSnapshot()
    const result = await load(origin, page, options.duration, options.connections, serverPid)
    const othersCpu = othersCpuShare(before, cpuSnapshot(), os.cpus().length)
    // A rotating page is sampled at an address of its rotation: what the load was answered.
    const after = await rawGet(`${origin}${page.rotate ? page.rotate(0) : page.path}`)
    const cacheControl = String(after.headers['cache-control'] ?? '–')
    const pageCache = String(after.headers['x-kibaru-cache'] ?? '–')
    out.push({ name: page.name, path: page.path, ...(page.note ? { note: page.note } : {}), ...result, bodyBytes, ofLimit: round(result.requestsPerSecond / limit.requestsPerSecond, 4), othersCpu: round(othersCpu, 3), cacheControl, pageCache })
    log(`${page.name.padEnd(17)} ${fixed(result.requestsPerSecond, 1).padStart(8)} req/s  p50 ${result.latencyP50Ms} ms  p99 ${result.latencyP99Ms} ms  non-2xx ${result.non2xx}  errors ${result.errors}${result.alongside ? `  (alongside: ${alongsideText(result.alongside)})` : ''}`)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// One server, one database

interface ServerRun {
  articles: number
  /** The static server's limit the pages are compared with (measured with the server up). */
  limit: LoadResult
  startupMs: number
  builtAtStart: boolean
  memory: { idle: ServerMemory; afterLoad: ServerMemory; peakServer: number; end: ServerMemory | null }
  search: SearchTiming
  pages: PageResult[]
  publish: PublishResult | null
  weight: PageWeight[] | null
}

async function withServer<T>(database: BenchDatabase, options: BenchOptions, run: (origin: string, pid: number, startupMs: number, builtAtStart: boolean) => Promise<T>): Promise<T> {
  const port = await freePort(options.port)
  log(`démarrage du serveur (npm start) sur le port ${port}…`)
  const server = await startServer(database, port)
  log(`premier 200 sur / après ${(server.startupMs / 1000).toFixed(2)} s${server.builtAtStart ? ' (construction comprise : les sources ont changé pendant la mesure)' : ''}`)
  try {
    return await run(server.origin, server.pid, server.startupMs, server.builtAtStart)
  } finally {
    await stopServer(server)
  }
}

async function measureLimit(origin: string, article: string, options: BenchOptions, workDir: string): Promise<LoadResult> {
  const page = await rawGet(`${origin}${article}`, { 'accept-encoding': 'identity' })
  const port = await freePort(options.port)
  const limit = await staticLimit(page.body, String(page.headers['content-type'] ?? 'text/html; charset=utf-8'), port, workDir, options.duration, options.connections, !options.smoke)
  log(`limite (serveur http minimal, mêmes octets que l’article, ${kb(page.body.length)}) : ${fixed(limit.requestsPerSecond, 0)} req/s, p99 ${limit.latencyP99Ms} ms`)
  return limit
}

async function serverRun(options: BenchOptions, articles: number, label: string): Promise<ServerRun> {
  const database = prepareDatabase(articles, label)
  try {
    const drafts = await prepareDrafts(database, options.publishRuns)
    log('recherche mesurée dans le code du serveur…')
    const search = timeSearch(database, options.smoke ? 300 : 3000)
    log(`recherche : médiane ${search.medianMs} ms, p99 ${search.p99Ms} ms (${search.queries} requêtes)`)
    return await withServer(database, options, async (origin, pid, startupMs, builtAtStart) => {
      await sleep(options.smoke ? 500 : 2000)
      const idle = serverMemory(pid)
      const pages = await discoverPages(origin)
      await checkPages(origin, pages)
      log('mise en température…')
      await warm(origin, pages, options)
      const limit = await measureLimit(origin, pages.article, options, database.dir)
      const results = await loadPages(origin, pages, limit, options, pid)
      const afterLoad = serverMemory(pid)
      let publish: PublishResult
      let weight: PageWeight[]
      const browser = await launchChromium()
      try {
        log('poids des pages…')
        weight = [await pageWeight(origin, '/', browser), await pageWeight(origin, pages.article, browser)]
        log(`publication → en ligne (${drafts.length} fois)…`)
        publish = await publishToLive(origin, drafts, browser)
        log(`publication → en ligne : médiane ${publish.medianLiveMs} ms, max ${publish.maxLiveMs} ms`)
      } finally {
        await browser.close()
      }
      const end = serverMemory(pid)
      const peakServer = Math.max(idle.server, afterLoad.server, end.server, ...results.map((r) => r.peakRss ?? 0))
      return { articles, limit, startupMs: round(startupMs, 0), builtAtStart, memory: { idle, afterLoad, peakServer, end }, search, pages: results, publish, weight }
    })
  } finally {
    if (!options.keep) removeDatabase(database)
    else log(`base conservée : ${database.dir}`)
  }
}

// ---------------------------------------------------------------------------------------------
// --scale: every size up at once, the load interleaved

/** One size of the scale run, its server up. */
interface ScaleSize {
  articles: number
  database: BenchDatabase
  search: SearchTiming
  server?: RunningServer
  pages?: Pages
  idle?: ServerMemory
}

/**
 * The sizes measured side by side: each gets its database and its server (started one at a time,
 * so start times are comparable), then every page is loaded on every size in short slices taken
 * in turn (1k, 10k, 100k, then 10k, 100k, 1k…), so whatever else the machine does over minutes
 * falls on every size alike. A ratio between sizes then compares the code, not the moment.
 */
async function scaleRuns(options: BenchOptions): Promise<ServerRun[]> {
  const sizes: ScaleSize[] = []
  try {
    for (const articles of SCALE_SIZES) {
      log(`— ${articles.toLocaleString('en-US')} articles —`)
      const database = prepareDatabase(articles, `scale-${articles}`)
      log('recherche mesurée dans le code du serveur…')
      const search = timeSearch(database, 3000)
      log(`recherche : médiane ${search.medianMs} ms, p99 ${search.p99Ms} ms (${search.queries} requêtes)`)
      sizes.push({ articles, database, search })
    }
    for (const size of sizes) {
      const port = await freePort(options.port)
      log(`démarrage du serveur ${fixed(size.articles)} (npm start) sur le port ${port}…`)
      size.server = await startServer(size.database, port)
      log(`premier 200 sur / après ${(size.server.startupMs / 1000).toFixed(2)} s`)
      await sleep(2000)
      size.idle = serverMemory(size.server.pid)
      size.pages = await discoverPages(size.server.origin)
      await checkPages(size.server.origin, size.pages)
      log(`mise en température (${fixed(size.articles)})…`)
      await warm(size.server.origin, size.pages, options)
    }
    const first = sizes[0]!
    const limit = await measureLimit(first.server!.origin, first.pages!.article, options, first.database.dir)
    const slice = 2
    const rounds = Math.max(1, Math.round(options.duration / slice))
    const results = new Map<ScaleSize, PageResult[]>(sizes.map((size) => [size, []]))
    for (const [index, spec] of first.pages!.list.entries()) {
      const slices = new Map<ScaleSize, { loads: LoadResult[]; others: number[] }>(sizes.map((size) => [size, { loads: [], others: [] }]))
      for (let turn = 0; turn < rounds; turn++) {
        for (let k = 0; k < sizes.length; k++) {
          const size = sizes[(turn + k) % sizes.length]!
          const page = size.pages!.list[index]!
          const before = cpuSnapshot()
          slices.get(size)!.loads.push(await load(size.server!.origin, page, slice, options.connections, size.server!.pid))
          slices.get(size)!.others.push(othersCpuShare(before, cpuSnapshot(), os.cpus().length))
        }
      }
      const line: string[] = []
      for (const size of sizes) {
        const page = size.pages!.list[index]!
        const merged = mergeLoads(slices.get(size)!.loads)
        const others = slices.get(size)!.others
        const bodyBytes = (await rawGet(`${size.server!.origin}${page.path}`, { 'accept-encoding': 'identity' })).body.length
        const after = await rawGet(`${size.server!.origin}${page.rotate ? page.rotate(0) : page.path}`)
        results.get(size)!.push({
          name: page.name,
          path: page.path,
          ...(page.note ? { note: page.note } : {}),
          ...merged,
          bodyBytes,
          ofLimit: round(merged.requestsPerSecond / limit.requestsPerSecond, 4),
          othersCpu: round(others.reduce((a, b) => a + b, 0) / others.length, 3),
          cacheControl: String(after.headers['cache-control'] ?? '–'),
          pageCache: String(after.headers['x-kibaru-cache'] ?? '–'),
        })
        line.push(`${fixed(size.articles)}: ${fixed(merged.requestsPerSecond, 1)} req/s p99 ${merged.latencyP99Ms} ms`)
      }
      log(`${spec.name.padEnd(17)} ${line.join(' · ')}`)
    }
    return sizes.map((size) => {
      const pages = results.get(size)!
      const afterLoad = serverMemory(size.server!.pid)
      const peakServer = Math.max(size.idle!.server, afterLoad.server, ...pages.map((r) => r.peakRss ?? 0))
      return { articles: size.articles, limit, startupMs: round(size.server!.startupMs, 0), builtAtStart: size.server!.builtAtStart, memory: { idle: size.idle!, afterLoad, peakServer, end: null }, search: size.search, pages, publish: null, weight: null }
    })
  } finally {
    for (const size of sizes) {
      if (size.server) await stopServer(size.server)
      if (!options.keep) removeDatabase(size.database)
      else log(`base conservée : ${size.database.dir}`)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function machine() {
  const cpus = os.cpus()
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((n) => round(n, 2)),
  }
}

function pageTable(pages: PageResult[], limit: LoadResult): string {
  const rows = [
    ['static limit (same bytes)', fixed(limit.requestsPerSecond, 0), '100 %', fixed(limit.latencyP50Ms), fixed(limit.latencyP99Ms), String(limit.errors + limit.timeouts), String(limit.non2xx), kb(limit.bytesPerResponse), fixed(limit.serverCpuMsPerResponse, 2), '–', '–', '–'],
    ...pages.map((p) => [
      p.name,
      fixed(p.requestsPerSecond, 1),
      percent(p.ofLimit, 2),
      fixed(p.latencyP50Ms),
      fixed(p.latencyP99Ms),
      String(p.errors + p.timeouts),
      String(p.non2xx),
      kb(p.bytesPerResponse),
      fixed(p.serverCpuMsPerResponse, 1),
      percent(p.othersCpu, 0),
      p.pageCache,
      p.cacheControl,
    ]),
  ]
  return table(['page', 'req/s', 'of limit', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'bytes/resp', 'CPU ms/resp', 'others CPU', 'page cache', 'Cache-Control'], rows)
}

function weightTable(weights: PageWeight[]): string {
  const rows = weights.map((w) => {
    const t = w.totals
    return [
      w.path.length > 28 ? `${w.path.slice(0, 27)}…` : w.path,
      `${kb(t.html.raw)} / ${kb(t.html.gzip)} / ${kb(t.html.br)}`,
      `${kb(t.css.raw)} / ${kb(t.css.gzip)} / ${kb(t.css.br)}`,
      `${kb(t.js.raw)} / ${kb(t.js.gzip)} / ${kb(t.js.br)}`,
      kb(t.font.raw),
      `${kb(t.all.gzip)} / ${kb(t.all.br)}`,
      String(w.browser.requestsBeforeImages),
    ]
  })
  return table(['page', 'HTML raw / gzip / br', 'CSS raw / gzip / br', 'JS raw / gzip / br', 'fonts', 'total gzip / br', 'requests'], rows)
}

function printRun(run: ServerRun, limit: LoadResult, options: BenchOptions) {
  console.log(`\n${pageTable(run.pages, limit)}`)
  console.log(`\n${options.connections} connections, ${options.duration} s per page, over 127.0.0.1, no Accept-Encoding (uncompressed, as wrk sends). "CPU ms/resp": CPU time of the server's process tree per response (/proc), steadier than req/s on a shared machine. "others CPU": share of the machine used by processes outside this benchmark meanwhile.`)
  for (const p of run.pages) if (p.alongside) console.log(`${p.name}: alongside, ${alongsideText(p.alongside)}.`)
  const m = run.memory
  console.log(`\nServer memory (server process RSS): idle ${mb(m.idle.server)}, after the load ${mb(m.afterLoad.server)}, peak sampled ${mb(m.peakServer)}${m.end ? `, end ${mb(m.end.server)}` : ''}  (whole npm start tree at the end: ${mb((m.end ?? m.afterLoad).tree)})`)
  console.log(`Start: npm start → first 200 on / in ${(run.startupMs / 1000).toFixed(2)} s (build present${run.builtAtStart ? '; NOT comparable: npm start rebuilt because the sources changed' : ''})`)
  console.log(`Search inside the server: median ${run.search.medianMs} ms, p95 ${run.search.p95Ms} ms, p99 ${run.search.p99Ms} ms, median ${fixed(run.search.medianHits)} hits. How: ${run.search.method}.`)
  if (run.publish) {
    const p = run.publish
    console.log(`Publish-to-live: median ${fixed(p.medianLiveMs)} ms, max ${fixed(p.maxLiveMs)} ms over ${p.trials.length} publishes (the action itself: median ${fixed(p.medianActionMs)} ms; per trial, home / URL: ${p.trials.map((t) => `${fixed(t.homeMs)}/${fixed(t.articleMs)}`).join(', ')} ms).`)
  }
  if (run.weight) {
    console.log(`\nPage weight before images (HTML + CSS + JS + preloaded fonts; KB = 1,000 bytes):\n${weightTable(run.weight)}`)
    const sources = new Set(run.weight.flatMap((w) => w.resources.flatMap((r) => [`gzip ${r.gzipFrom}`, `br ${r.brFrom}`])))
    console.log(`Compression: ${[...sources].sort().join(', ')} ("computed": zlib here, gzip level 6 / brotli quality 11, because the server did not compress). "requests": what chromium fetched before the load event except images, on Lighthouse's phone screen (412×823 @1.75x).`)
    for (const w of run.weight) {
      const imgs = w.browser.images.map((i) => `${i.contentType || '?'} ${kb(i.bytes)}`).join(', ')
      console.log(`  ${w.path}: requests by type ${JSON.stringify(w.browser.byType)}; images: ${imgs || 'none'}${w.browser.afterLoad.length ? `; after load: ${w.browser.afterLoad.join(', ')}` : ''}`)
    }
  }
}

function printScale(runs: ServerRun[]) {
  const names = runs[0]?.pages.map((p) => p.name) ?? []
  const first = runs[0]
  const last = runs.at(-1)
  const rows = names.map((name) => {
    const at = (run: ServerRun | undefined) => run?.pages.find((p) => p.name === name)
    const ratio = (at(last)?.requestsPerSecond ?? Number.NaN) / (at(first)?.requestsPerSecond ?? Number.NaN)
    const cpuRatio = (at(first)?.serverCpuMsPerResponse ?? Number.NaN) / (at(last)?.serverCpuMsPerResponse ?? Number.NaN)
    return [name, ...runs.map((r) => `${fixed(at(r)?.requestsPerSecond, 0)} · ${fixed(at(r)?.serverCpuMsPerResponse, 3)} · ${fixed(at(r)?.latencyP99Ms)}`), percent(ratio, 0), percent(cpuRatio, 0)]
  })
  const span = `${fixed(last?.articles)} / ${fixed(first?.articles)}`
  console.log(`\n${table(['page', ...runs.map((r) => `${fixed(r.articles)}: req/s · CPU ms · p99 ms`), `req/s ${span}`, `by CPU ${span}`], rows)}`)
  console.log('Every size\'s server up at once, each page loaded on each size in 2 s slices taken in turn, so the machine\'s ups and downs fall on every size alike; p99 is the worst slice\'s. "by CPU": the ratio computed from the server\'s CPU time per response (1k CPU ms / 100k CPU ms).')
  console.log(`Static limit: ${fixed(first?.limit.requestsPerSecond, 0)} req/s. Stories: synthetic ones plus the 42 demo stories.`)
  console.log(
    `\n${table(
      ['stories', 'search median ms', 'search p99 ms', 'start s', 'RSS idle', 'RSS peak'],
      runs.map((r) => [fixed(r.articles), String(r.search.medianMs), String(r.search.p99Ms), (r.startupMs / 1000).toFixed(2), mb(r.memory.idle.server), mb(r.memory.peakServer)]),
    )}`,
  )
  console.log(`Search: ${runs[0]?.search.method}.`)
}

/** --smoke: every part ran and produced figures (never a judgement on the figures). */
function smokeProblems(run: ServerRun, limit: LoadResult): string[] {
  const problems: string[] = []
  if (!(limit.sent > 0)) problems.push('the static limit was not loaded')
  for (const p of run.pages) {
    // Each page answered 200 before the load (checkPages); under load, on a busy machine, a
    // second may end before a slow page answers: the load must have run, without errors.
    if (!(p.sent > 0)) problems.push(`${p.name}: the load generator sent nothing`)
    if (p.non2xx > 0) problems.push(`${p.name}: ${p.non2xx} non-2xx responses (${JSON.stringify(p.statusCodes)})`)
  }
  if (!(run.startupMs > 0)) problems.push('no start time')
  if (!(run.memory.idle.server > 0 && run.memory.afterLoad.server > 0)) problems.push('no server memory figure')
  if (!(run.search.queries > 0 && Number.isFinite(run.search.medianMs))) problems.push('no search timing')
  if (!run.publish || run.publish.trials.length === 0) problems.push('no publish-to-live trial')
  if (!run.weight || run.weight.some((w) => !(w.totals.html.gzip > 0 && w.totals.js.raw >= 0 && w.browser.requestsBeforeImages > 0))) problems.push('no page weight')
  return problems
}

async function main() {
  const options = optionsOrExit(() => parseBenchOptions(process.argv.slice(2), process.env))
  stopAllOnExit()
  const started = new Date()
  const host = machine()
  const build = ensureBuild()
  const mode = options.smoke ? 'smoke' : options.scale ? 'scale' : 'default'
  log(`mode ${mode}, ${options.connections} connexions, ${options.duration} s par page, dossier de construction ${DIST_DIR}`)
  const runs: ServerRun[] = []
  if (options.scale) {
    runs.push(...(await scaleRuns(options)))
  } else {
    runs.push(await serverRun(options, options.articles, mode))
  }
  const limit = runs[0]!.limit
  // Other processes' share of the machine while the pages were loaded (each load measured with
  // the server up: once a server is stopped, its processes' CPU time leaves the tree with them).
  const loads = runs.flatMap((r) => r.pages)
  const loadSeconds = loads.reduce((n, p) => n + p.seconds, 0)
  const othersCpu = loadSeconds ? loads.reduce((n, p) => n + p.othersCpu * p.seconds, 0) / loadSeconds : 0

  const report = {
    mode,
    startedAt: started.toISOString(),
    seconds: round((Date.now() - started.getTime()) / 1000, 1),
    machine: { ...host, othersCpuDuringLoads: round(othersCpu, 3), loadAverageAtEnd: os.loadavg().map((n) => round(n, 2)) },
    options: { articles: options.scale ? [...SCALE_SIZES] : options.articles, duration: options.duration, connections: options.connections, distDir: DIST_DIR, builtBeforeRun: build },
    limit,
    runs,
    ...(options.scale
      ? {
          scaleRatio: Object.fromEntries(
            (runs[0]?.pages ?? []).map((p) => {
              const last = runs.at(-1)?.pages.find((q) => q.name === p.name)
              return [
                p.name,
                last
                  ? {
                      requestsPerSecond: round(last.requestsPerSecond / p.requestsPerSecond, 3),
                      byCpuPerResponse: p.serverCpuMsPerResponse && last.serverCpuMsPerResponse ? round(p.serverCpuMsPerResponse / last.serverCpuMsPerResponse, 3) : null,
                    }
                  : null,
              ]
            }),
          ),
        }
      : {}),
  }
  const out = options.out ? path.resolve(options.out) : path.join(root, 'bench-results', `bench-${mode}-${started.toISOString().replace(/[:.]/g, '-')}.json`)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)

  console.log(`\nKibaru benchmark (${mode}) — ${host.cpu}, ${host.memory}, ${host.node}; processes outside the benchmark used ${percent(othersCpu, 0)} of the CPU during the loads`)
  if (options.scale) printScale(runs)
  else if (runs[0]) {
    console.log(`${fixed(options.articles)} synthetic stories + the demo content`)
    printRun(runs[0], limit, options)
  }
  console.log(`\nJSON: ${path.relative(root, out)}`)

  if (options.smoke && runs[0]) {
    const problems = smokeProblems(runs[0], limit)
    if (problems.length) {
      console.error(`\nbench smoke: FAILED\n  - ${problems.join('\n  - ')}`)
      process.exit(1)
    }
    console.log('\nbench smoke: every part of the benchmark ran and produced figures.')
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

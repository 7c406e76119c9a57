// @ts-check
// The production server that `npm start` runs: Next.js in this process, behind a whole-page cache.
//
// Reader pages are the same for everyone (no reader accounts, no cookies read), so a rendered page
// is kept in memory with the cache tags its render read, and answered from there (gzip or brotli,
// ETag, 304) until a write expires one of those tags (db/queries/invalidate.ts calls the hook
// below), or until its data's own lifetime ("Les plus lus": a minute) runs out, after which it is
// served stale while one refresh runs. A miss renders once however many readers wait for it. A
// render is a loopback request to this same server, marked with a per-process secret, so Next
// renders the page exactly as for a visitor; the tags come back through AsyncLocalStorage.
// Searches are cached the same way in a store of their own, dropped by every write. Everything
// else (admin, actions, media, assets) goes to Next untouched.
import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'
import http from 'node:http'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import next from 'next'
import { actionBodyProblem, isActionRequest, readActionBody, replayRequest } from '../lib/http/action-body.mjs'
import { acceptsEncoding, isSearchKey, pageCacheKey, searchCacheKey } from '../lib/page-cache/request.mjs'
import { withoutNextRuntime } from '../lib/page-cache/reader-html.mjs'
import { hashInlineScripts } from '../lib/security/csp.mjs'
import { Limiter, LimitExceeded } from '../lib/page-cache/limiter.mjs'
import { PageStore } from '../lib/page-cache/store.mjs'

// The name in `ps` and /proc (the benchmark finds the server's memory by it).
process.title = 'kibaru-server'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

const port = Number(process.env.PORT || 3000)
const maxBytes = Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024
const defaultTtlMs = Number(process.env.PAGE_CACHE_TTL_SECONDS || 60) * 1000
/** How long a CDN in front may serve a page past its freshness while it fetches a new one. */
const STALE_SECONDS = 300
/** Headers of the rendered response that the cache decides itself, or that must not be replayed. */
const DROPPED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'cache-control', 'etag', 'vary', 'age', 'x-powered-by'])
const RENDER_HEADER = 'x-kibaru-page-render'
const renderSecret = crypto.randomBytes(24).toString('hex')
/** Untagged pages (a read outside cachedRead) are dropped by any write. */
const UNTRACKED = '*'

/** @typedef {{ tags: Set<string>, ttlMs: number }} RenderRecord */
/** @type {AsyncLocalStorage<RenderRecord>} */
const renders = new AsyncLocalStorage()
/** @type {Map<string, RenderRecord>} render id → what its render read */
const renderRecords = new Map()
/** @param {string} id */
const forgetRecord = (id) => renderRecords.delete(id)

// Searches get an eighth of the budget in a store of their own: a flood of distinct queries (a
// crawler, a bot) can only push out other searches, never the pages readers come for. A popular
// query is rendered once and then served like any page (and by a CDN in front).
const searchStore = new PageStore({ maxBytes: Math.floor(maxBytes / 8) })
const store = new PageStore({ maxBytes: maxBytes - searchStore.maxBytes })
/** @param {string} key */
const storeFor = (key) => (isSearchKey(key) ? searchStore : store)
// A render (a page not in the cache, a search never asked) is 10 to 20 ms of React on the
// server's one thread, which every cached page waits behind: two run at once, the others wait
// their turn, so a flood of misses (a crawler trying words, invented addresses, page 90,000 of a
// rubrique) cannot starve the pages readers share. Pages go before searches (after a publish,
// the pages it emptied are rendered first) and are never refused; a search is refused past 64
// searches waiting (a 503 asking to retry in a few seconds).
const renderSlots = new Limiter({ concurrency: 2 })
const SEARCH_QUEUE = 64

// The hook lib/page-cache/bridge.ts calls from Next's code.
Object.defineProperty(globalThis, Symbol.for('kibaru.page-cache'), {
  value: {
    /** @param {readonly string[]} tags @param {number | false} revalidate */
    read(tags, revalidate) {
      const record = renders.getStore()
      if (!record) return
      for (const tag of tags) record.tags.add(tag)
      if (revalidate !== false && revalidate > 0) record.ttlMs = Math.min(record.ttlMs, revalidate * 1000)
    },
    /** @param {readonly string[]} tags */
    purge(tags) {
      store.purge([...tags, UNTRACKED])
      searchStore.purge([...tags, UNTRACKED])
    },
  },
})

const app = next({ dev: false, dir: process.cwd(), port, hostname: 'localhost' })
const handle = app.getRequestHandler()

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })
// Renders always name the public host, never the visitor's Host header: nothing in a page shared
// with every reader may depend on what one request claimed to be.
const renderHost = process.env.SITE_URL ? new URL(process.env.SITE_URL).host : `localhost:${port}`

/** Next's answer when a page threw notFound(): an empty document its runtime fills in. */
const ERROR_SHELL = '<html id="__next_error__">'
/** Matches no route: Next renders app/not-found.tsx in full for it. */
const NOT_FOUND_PATH = '/_kibaru/page-introuvable'

/**
 * One request to Next on this same server, marked as a page-cache render with this id.
 * @param {string} path
 * @param {string} id
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, body: Buffer }>}
 */
function loopback(path, id) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'GET',
        agent,
        headers: { host: renderHost, 'user-agent': 'kibaru-page-cache', accept: 'text/html', [RENDER_HEADER]: `${renderSecret} ${id}` },
        timeout: 30_000,
      },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }))
        response.on('error', reject)
      },
    )
    request.on('timeout', () => request.destroy(new Error(`page render timed out: ${path}`)))
    request.on('error', reject)
    request.end()
  })
}

/**
 * Renders a page through Next by a loopback request, and makes a cache entry of the response.
 * A page that is not to be stored (`store: false`: every page when the cache is off) is
 * compressed only as `accept` asks.
 * @param {string} key
 * @param {{ store?: boolean, accept?: string }} [options]
 * @returns {Promise<{ entry: import('../lib/page-cache/store.mjs').PageEntry, cacheable: boolean }>}
 */
async function render(key, { store: storeIt = true, accept } = {}) {
  const id = crypto.randomUUID()
  const target = storeFor(key)
  const mark = target.mark()
  let response = await loopback(key, id)
  const record = renderRecords.get(id) ?? { tags: new Set(), ttlMs: defaultTtlMs }
  renderRecords.delete(id)
  if (response.status === 404 && response.body.includes(ERROR_SHELL)) {
    // notFound() thrown by a page (an unknown story, rubrique, tag or author) gets an empty
    // shell from Next, filled in by its runtime in the browser (vercel/next.js#62228): nothing
    // for a reader without JavaScript or a crawler. An address that matches no route is
    // rendered in full on the server: that is the page these readers get, with status 404.
    const fullId = crypto.randomUUID()
    response = { ...(await loopback(NOT_FOUND_PATH, fullId)), status: 404 }
    for (const tag of renderRecords.get(fullId)?.tags ?? []) record.tags.add(tag)
    renderRecords.delete(fullId)
  }
  const { status, headers } = response
  let body = response.body
  const html = String(headers['content-type']).startsWith('text/html')
  // Reader pages go out without Next's runtime: public/reader.js is all they need.
  const reader = html ? withoutNextRuntime(body.toString('utf8')) : null
  if (reader) siteStylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(reader)?.[1] ?? siteStylesheet
  if (reader !== null) body = Buffer.from(reader, 'utf8')
  // The page was rendered with a nonce (proxy.ts); every reader gets the same copy, so the
  // nonce goes and the hashes of the page's inline scripts (if any are left) take its place.
  const policy = headers['content-security-policy']
  if (typeof policy === 'string' && html) {
    const hashed = hashInlineScripts(body.toString('utf8'), policy)
    if (hashed) {
      body = Buffer.from(hashed.html, 'utf8')
      headers['content-security-policy'] = hashed.policy
    }
  }

  /** @type {Record<string, string>} */
  const kept = {}
  for (const [name, value] of Object.entries(headers)) if (!DROPPED.has(name) && !name.startsWith('x-nextjs-') && value !== undefined) kept[name] = Array.isArray(value) ? value.join(', ') : value
  const origin = String(headers['cache-control'] ?? '')
  // Only what is the same for every reader: a page, its 404, a permanent redirect; never a
  // response that sets a cookie. (Next marks every dynamic page "private, no-store": these pages
  // read no cookie and no header, which is what makes them shareable.)
  const cacheable = storeIt && [200, 301, 308, 404, 410].includes(status) && headers['set-cookie'] === undefined
  // A search reads the stories' index directly, not through tagged reads: any write drops it.
  const tags = record.tags.size > 0 ? record.tags : new Set([UNTRACKED])
  if (isSearchKey(key)) tags.add(UNTRACKED)
  const ttlMs = status >= 400 ? Math.min(record.ttlMs, 10_000) : record.ttlMs
  // send() answers brotli when accepted, else gzip when accepted, else the plain body.
  const needBr = storeIt || acceptsEncoding(accept ?? '', 'br')
  const needGzip = storeIt || (!needBr && acceptsEncoding(accept ?? '', 'gzip'))
  const none = Buffer.alloc(0)
  const [gz, br] = await Promise.all([
    needGzip ? gzip(body, { level: 6 }) : none,
    needBr ? brotli(body, { params: brotliParams(body.length) }) : none,
  ])
  // Route handlers that chose a public policy (feeds, sitemaps) keep it; pages get the page policy.
  if (/public/.test(origin)) kept['cache-control'] = origin
  const entry = {
    status,
    headers: kept,
    body,
    gzip: gz,
    br,
    etag: `W/"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
    tags,
    storedAt: Date.now(),
    ttlMs,
    bytes: body.length + gz.length + br.length + 512,
  }
  if (cacheable && maxBytes > 0) target.set(key, entry, mark)
  return { entry, cacheable }
}

/**
 * render() when one of the render slots is free.
 * @param {string} key
 * @param {{ store?: boolean, accept?: string }} [options]
 */
function renderLimited(key, options) {
  return isSearchKey(key) ? renderSlots.run(() => render(key, options), { queue: SEARCH_QUEUE }) : renderSlots.run(() => render(key, options), { first: true })
}

/** The site's stylesheet (hashed by the build), as the last rendered page linked it. */
let siteStylesheet = ''

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The answer to a search refused by the limiter: the site's look, and a way to try again.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function busy(req, res) {
  res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' })
  const again = escapeHtml(req.url ?? '/recherche')
  res.end(
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">${siteStylesheet ? `<link rel="stylesheet" href="${escapeHtml(siteStylesheet)}">` : ''}<title>Recherche très demandée – Kibaru</title></head>` +
      '<body><header class="site-header"><div class="masthead wrap"><a class="brand" href="/"><span class="brand-name">Kibaru</span><span class="brand-tagline">L’actualité du Mali et du Sahel</span></a></div></header>' +
      `<main id="contenu" class="wrap"><section class="empty"><h1>La recherche est très demandée en ce moment</h1><p>Réessayez dans quelques secondes : <a href="${again}">relancer la recherche</a>. Les articles restent accessibles : <a href="/">retour à l’accueil</a>.</p></section></main></body></html>`,
  )
}

/**
 * Brotli for one page: quality 6, and a window no larger than the page (the default is 4 MB),
 * which makes no difference to the output of a page of tens of KB but spares each compression
 * megabytes of native memory (measured: ~11 MiB less at 8 at once, a third less time).
 * @param {number} size
 */
function brotliParams(size) {
  return {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
    [zlib.constants.BROTLI_PARAM_LGWIN]: Math.max(zlib.constants.BROTLI_MIN_WINDOW_BITS + 6, Math.min(zlib.constants.BROTLI_DEFAULT_WINDOW, Math.ceil(Math.log2(size + 1)))),
  }
}

/** @type {Map<string, Promise<{ entry: import('../lib/page-cache/store.mjs').PageEntry, cacheable: boolean }>>} */
const inFlight = new Map()

/** One render per key at a time, however many requests wait for it. */
function renderOnce(/** @type {string} */ key) {
  let pending = inFlight.get(key)
  if (!pending) {
    pending = renderLimited(key).finally(() => inFlight.delete(key))
    inFlight.set(key, pending)
  }
  return pending
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {import('../lib/page-cache/store.mjs').PageEntry} entry
 * @param {'HIT' | 'MISS' | 'STALE' | 'BYPASS'} state
 */
function send(req, res, entry, state) {
  const ttlSeconds = Math.max(1, Math.floor(entry.ttlMs / 1000))
  /** @type {Record<string, string>} */
  const headers = {
    ...entry.headers,
    'cache-control': entry.headers['cache-control'] ?? (state === 'BYPASS' ? 'private, no-store' : `public, max-age=0, s-maxage=${ttlSeconds}, stale-while-revalidate=${STALE_SECONDS}`),
    etag: entry.etag,
    vary: 'Accept-Encoding',
    'x-kibaru-cache': state,
  }
  if (state !== 'MISS' && state !== 'BYPASS') headers.age = String(Math.floor((Date.now() - entry.storedAt) / 1000))
  const ifNoneMatch = req.headers['if-none-match']
  if (entry.status === 200 && ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).includes(entry.etag)) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  const accepted = String(req.headers['accept-encoding'] ?? '')
  const [body, encoding] = acceptsEncoding(accepted, 'br') ? [entry.br, 'br'] : acceptsEncoding(accepted, 'gzip') ? [entry.gzip, 'gzip'] : [entry.body, null]
  if (encoding) headers['content-encoding'] = encoding
  headers['content-length'] = String(body.length)
  res.writeHead(entry.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
async function serve(req, res) {
  const marker = req.headers[RENDER_HEADER]
  if (typeof marker === 'string') {
    delete req.headers[RENDER_HEADER]
    const [secret, id] = marker.split(' ')
    if (secret === renderSecret && id && req.socket.remoteAddress && /^(::ffff:)?127\.0\.0\.1$|^::1$/.test(req.socket.remoteAddress)) {
      /** @type {RenderRecord} */
      const record = { tags: new Set(), ttlMs: defaultTtlMs }
      // Filled while Next renders, complete once the last byte is sent; render() collects it
      // (and a render whose caller went away must not leak).
      renderRecords.set(id, record)
      // (A module-level function and the id as argument: a closure here would share this scope
      // with the request and response, and keep both alive for the minute, with the page.)
      setTimeout(forgetRecord, 60_000, id).unref()
      return renders.run(record, () => handle(req, res))
    }
  }
  if (isActionRequest(req)) return serveAction(req, res)
  const key = pageCacheKey(req.method, req.url, req.headers) ?? searchCacheKey(req.method, req.url, req.headers)
  if (!key) return handle(req, res)
  if (maxBytes <= 0) {
    // With the cache off, a reader page is still rendered through render(), so it goes out
    // without Next's runtime like the others.
    try {
      return send(req, res, (await renderLimited(key, { store: false, accept: String(req.headers['accept-encoding'] ?? '') })).entry, 'BYPASS')
    } catch (error) {
      if (error instanceof LimitExceeded) return busy(req, res)
      console.error(`[cache] rendu de ${key} : ${error instanceof Error ? error.message : error}`)
      if (!res.headersSent) return handle(req, res)
      return
    }
  }

  const entry = storeFor(key).get(key)
  if (entry) {
    const stale = Date.now() - entry.storedAt > entry.ttlMs
    if (stale) {
      // The reader gets the page at once; one refresh runs behind it. If it fails, the page
      // stays as it was (and is tried again at the next request).
      if (!inFlight.has(key)) renderOnce(key).catch((error) => error instanceof LimitExceeded || console.error(`[cache] rafraîchissement de ${key} : ${error.message}`))
    }
    return send(req, res, entry, stale ? 'STALE' : 'HIT')
  }
  try {
    const { entry: rendered, cacheable } = await renderOnce(key)
    send(req, res, rendered, cacheable ? 'MISS' : 'BYPASS')
  } catch (error) {
    if (error instanceof LimitExceeded) return busy(req, res)
    console.error(`[cache] rendu de ${key} : ${error instanceof Error ? error.message : error}`)
    // Let Next answer this one itself (and show its error page if it really is broken).
    if (!res.headersSent) return handle(req, res)
  }
}

/**
 * A server action: its body is read and checked here (size, JSON, nesting), so a hostile or
 * broken payload gets a 4xx instead of a 500 from Next's decoder. Next then reads the same bytes.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
async function serveAction(req, res) {
  const refuse = (/** @type {number} */ status, /** @type {string} */ message) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' })
    res.end(message)
  }
  const body = await readActionBody(req)
  if (!body) return refuse(413, 'Requête refusée : trop volumineuse.')
  const problem = actionBodyProblem(req.headers['content-type'], body)
  if (problem) return refuse(problem.status, problem.message)
  return handle(replayRequest(req, body), res)
}

await app.prepare()
const server = http.createServer((req, res) => {
  serve(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Erreur interne du serveur')
  })
})
// Longer than a typical proxy's idle timeout, so a CDN or nginx in front reuses its connections.
server.keepAliveTimeout = 65_000
server.listen(port, () => {
  console.log(`Serveur prêt sur le port ${port} (cache des pages : ${maxBytes > 0 ? `${Math.round(maxBytes / 1024 / 1024)} Mo` : 'désactivé'})`)
})

function shutdown() {
  server.close()
  app.close().finally(() => process.exit(0))
  setTimeout(() => process.exit(0), 5_000).unref()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)


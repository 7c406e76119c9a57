// The soak's own parts that decide its verdict: the options, the reader of server-action answers,
// the reader mix, the pathological searches and what counts as a normal answer to them, the
// database check of acknowledged saves, and the list of failures drawn from the figures.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { ActionError, decodeActionResult, flightRows, mergeCookies } from './actions'
import { HOSTILE_SEARCHES, hostileProblem } from './hostile'
import { parseSoakOptions, OptionsError } from './options'
import { READER_KINDS, readerRequest, summarise, type ReaderResult } from './readers'
import { soakFailures } from './report'
import { verifyDatabase } from './verify'

describe('parseSoakOptions', () => {
  it('runs 60 s by default and about 8 s in --smoke', () => {
    expect(parseSoakOptions([])).toMatchObject({ seconds: 60, baseline: 15, readers: 50, journalists: 5, saveEveryMs: 2000, publishEveryMs: 10_000, smoke: false, out: null, port: 3130 })
    expect(parseSoakOptions(['--smoke'])).toMatchObject({ seconds: 8, smoke: true })
    expect(parseSoakOptions(['--smoke', '--seconds', '12', '--out', 'x.json'])).toMatchObject({ seconds: 12, out: 'x.json' })
    expect(parseSoakOptions([], { SOAK_PORT: '4100' }).port).toBe(4100)
  })

  it('refuses what it does not understand, in French', () => {
    expect(() => parseSoakOptions(['--seconds', '0'])).toThrow(OptionsError)
    expect(() => parseSoakOptions(['--seconds', 'abc'])).toThrow(/--seconds attend un nombre entier/)
    expect(() => parseSoakOptions(['--out'])).toThrow(/--out attend un chemin/)
    expect(() => parseSoakOptions(['--vite'])).toThrow(/Option inconnue : --vite/)
  })
})

describe('decodeActionResult', () => {
  const flight = (text: string) => Buffer.from(text, 'utf8')

  it('reads the result of a save as the server sends it', () => {
    const body = flight('0:{"a":"$@1","q":"","i":false,"b":"build"}\n1:{"ok":true,"id":2043,"version":3,"status":"draft","slug":"brouillon","notice":"$undefined"}\n')
    expect(decodeActionResult(body)).toEqual({ ok: true, id: 2043, version: 3, status: 'draft', slug: 'brouillon', notice: undefined })
  })

  it('skips length-prefixed text rows whose bytes hold newlines and accents, and unescapes dollars', () => {
    const text = 'Ligne un\nLigne « deux » : été'
    const body = flight(`2:T${Buffer.byteLength(text).toString(16)},${text}3:I[123,["x"],"default"]\n0:{"a":"$@1b","b":"x"}\n1b:{"ok":false,"error":"$$5 de plus","at":"$D2026-01-02T03:04:05.000Z"}\n`)
    expect(flightRows(body).get(2)).toEqual({ tag: 'T', data: Buffer.from(text) })
    expect(decodeActionResult(body)).toEqual({ ok: false, error: '$5 de plus', at: new Date('2026-01-02T03:04:05.000Z') })
  })

  it('says so when the action threw, and returns nothing for a page without a result', () => {
    expect(() => decodeActionResult(flight('0:{"a":"$@1"}\n1:E{"digest":"123"}\n'))).toThrow(ActionError)
    expect(decodeActionResult(flight('0:{"b":"x","t":{}}\n'))).toBeUndefined()
  })
})

describe('mergeCookies', () => {
  it('keeps the latest value of each cookie and drops expired ones', () => {
    const jar = new Map<string, string>()
    mergeCookies(jar, ['authjs.session-token=abc; Path=/; HttpOnly', 'authjs.callback-url=%2Fadmin; Path=/'])
    mergeCookies(jar, ['authjs.session-token=def; Path=/', 'authjs.callback-url=; Max-Age=0; Path=/'])
    expect([...jar]).toEqual([['authjs.session-token', 'def']])
  })
})

describe('readerRequest', () => {
  const mix = { articles: Array.from({ length: 120 }, (_, i) => `histoire-${i}`), rubriques: ['/rubriques/politique', '/rubriques/sport', '/rubriques/sport?page=2'], tags: ['bamako', 'coton', 'aigles'] }

  it('mixes home, stories, rubriques, tags and searches in fixed shares', () => {
    const kinds = Object.fromEntries(READER_KINDS.map((k) => [k, 0]))
    for (let n = 0; n < 2000; n++) kinds[readerRequest(mix, n).kind]!++
    expect(kinds).toEqual({ home: 300, article: 900, rubrique: 300, tag: 200, search: 300 })
  })

  it('visits every story, both rubrique pages and varied searches (pages the cache never keeps)', () => {
    const paths = Array.from({ length: 4000 }, (_, n) => readerRequest(mix, n).path)
    expect(new Set(paths.filter((p) => p.startsWith('/articles/'))).size).toBe(120)
    expect(new Set(paths.filter((p) => p.startsWith('/rubriques/'))).size).toBe(3)
    expect(new Set(paths.filter((p) => p.startsWith('/recherche?q='))).size).toBeGreaterThan(500)
  })
})

describe('pathological searches', () => {
  const queries = HOSTILE_SEARCHES.map((s) => new URL(s.path, 'http://x').searchParams.get('q') ?? '')

  it('include 10,000-character queries, FTS5 syntax and NUL bytes, each within Node’s 16 KB header limit', () => {
    expect(queries.some((q) => q.length >= 10_000)).toBe(true)
    for (const needle of ['"a" NEAR( b', '*', 'OR OR', '\u0000']) expect(queries.some((q) => q.includes(needle)), needle).toBe(true)
    for (const s of HOSTILE_SEARCHES) expect(Buffer.byteLength(s.path), s.name).toBeLessThan(14_000)
  })

  it('count only a normal search page as a normal answer', () => {
    const page = '<html><h1>Recherche</h1><p>Aucun article ne correspond.</p></html>'
    expect(hostileProblem(200, page)).toBeNull()
    expect(hostileProblem(500, page)).toBe('HTTP 500')
    expect(hostileProblem(200, `${page} SqliteError: fts5: syntax error near "NEAR"`)).toMatch(/texte d’erreur/)
    expect(hostileProblem(200, '<h1>Erreur</h1>')).toMatch(/pas servie/)
  })
})

describe('verifyDatabase', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-soak-verify-'))
  const file = path.join(dir, 'test.db')
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const sqlite = new Database(file)
  sqlite.exec(`CREATE TABLE articles (id INTEGER PRIMARY KEY, version INTEGER, status TEXT, body TEXT, published_at INTEGER);
    CREATE TABLE article_revisions (id INTEGER PRIMARY KEY, article_id INTEGER, version INTEGER, body TEXT);
    INSERT INTO articles VALUES (1, 2, 'draft', '{"t":"Version tok-2."}', NULL), (2, 2, 'published', '{}', 1700000000000), (3, 1, 'draft', '{}', NULL);
    INSERT INTO article_revisions (article_id, version, body) VALUES (1, 1, '{"t":"Version tok-1."}'), (1, 2, '{"t":"Version tok-2."}');`)
  sqlite.close()

  it('finds every acknowledged save, the draft at its last one, and the publications', () => {
    const v = verifyDatabase(file, [[{ articleId: 1, version: 1, token: 'tok-1' }, { articleId: 1, version: 2, token: 'tok-2' }]], [{ id: 2, version: 2, slug: 'x' }])
    expect(v).toMatchObject({ acknowledgedSaves: 2, savesFound: 2, drafts: 1, draftsAtLastSave: 1, publishes: 1, publishesFound: 1, quickCheck: 'ok', missing: [] })
  })

  it('reports a save the server acknowledged but the file lacks, and a publication that is not there', () => {
    const v = verifyDatabase(file, [[{ articleId: 1, version: 2, token: 'tok-2' }, { articleId: 1, version: 3, token: 'tok-3' }]], [{ id: 3, version: 1, slug: 'y' }])
    expect(v.savesFound).toBe(1)
    expect(v.draftsAtLastSave).toBe(0)
    expect(v.publishesFound).toBe(0)
    expect(v.missing.join('\n')).toMatch(/tok-3/)
  })
})

describe('soakFailures', () => {
  const readers = (over: Partial<ReaderResult> = {}): ReaderResult => ({
    ...summarise([10, 20, 30]),
    seconds: 1,
    requestsPerSecond: 3,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    serverErrors: 0,
    statusCodes: { 200: 3 },
    byKind: Object.fromEntries(READER_KINDS.map((k) => [k, { ...summarise([10]), non2xx: 0 }])) as ReaderResult['byKind'],
    ...over,
  })
  const load = { othersCpu: 0, serverCpuMs: 1000, seconds: 1, generatorLagP99Ms: 1, walMaxBytes: 0, rssMaxBytes: 0 }
  const health = { ...summarise([1, 2]), failures: 0, serverErrors: 0, skipped: 0, firstFailure: null }
  const clean = (): Parameters<typeof soakFailures>[0] => ({
    mode: 'smoke',
    startedAt: '',
    settings: { seconds: 8, baseline: 3, hostile: 2, articles: 500, readers: 50, rate: 0, journalists: 5, saveEveryMs: 2000, publishEveryMs: 10_000 },
    machine: { cores: 2, node: '20' },
    setup: { seedSeconds: 1, publishedStories: 542, serverStartMs: 1, builtAtStart: false, warmPages: 1 },
    baseline: { readers: readers(), load },
    soak: { readers: readers(), load, saves: { ...summarise([5, 6]), tried: 2, acknowledged: 2, latePlans: 0 }, publishes: { planned: 1, done: 1, action: summarise([9]), live: summarise([3]) } },
    hostile: { requests: 1, concurrency: 4, searches: [{ name: 'OR OR', requests: 1, statusCodes: { 200: 1 }, failures: 0, firstFailure: null, p95Ms: 1, maxMs: 1 }], load },
    health: { référence: health, écriture: health, hostile: health },
    database: { walEndBytes: 0, walMaxBytes: 0, databaseBytes: 0 },
    server: { rssEndBytes: 0, rssPeakBytes: 0, logWarnings: [] },
    writerFailures: [],
    verification: { acknowledgedSaves: 2, savesFound: 2, missing: [], drafts: 1, draftsAtLastSave: 1, publishes: 1, publishesFound: 1, quickCheck: 'ok' },
  })

  it('finds nothing wrong in a clean run, whatever the latencies', () => {
    const run = clean()
    run.soak.readers = readers({ ...summarise([10, 20_000]) })
    expect(soakFailures(run)).toEqual([])
  })

  it('fails on a server error, a failed write, a missing save, an abnormal search or a failed health probe', () => {
    const cases: [string, (r: ReturnType<typeof clean>) => void, RegExp][] = [
      ['reader 5xx', (r) => (r.soak.readers = readers({ non2xx: 1, serverErrors: 1 })), /1 réponse\(s\) 5xx/],
      ['reader 404', (r) => (r.baseline.readers = readers({ non2xx: 2 })), /2 réponse\(s\) ni 2xx ni 5xx/],
      ['connection errors', (r) => (r.soak.readers = readers({ errors: 3 })), /3 erreur\(s\) de connexion/],
      ['failed save', (r) => r.writerFailures.push({ who: 'journaliste 2', what: 'save', status: 200, detail: 'Quelqu’un a enregistré' }), /journaliste 2 : save a échoué/],
      ['missing save', (r) => (r.verification = { ...r.verification, savesFound: 1, missing: ['article 9 v3'] }), /introuvables dans la base : 1 sur 2/],
      ['missed publication', (r) => (r.soak.publishes = { ...r.soak.publishes, done: 0 }), /publications : 0 sur 1/],
      ['corrupt file', (r) => (r.verification = { ...r.verification, quickCheck: 'row 3 missing from index' }), /quick_check/],
      ['abnormal search', (r) => (r.hostile.searches[0] = { ...r.hostile.searches[0]!, failures: 1, firstFailure: 'HTTP 500' }), /« OR OR »/],
      ['health 503', (r) => (r.health.hostile = { ...health, failures: 1, serverErrors: 1, firstFailure: 'HTTP 503' }), /\/api\/sante \(hostile\)/],
    ]
    for (const [name, spoil, message] of cases) {
      const run = clean()
      spoil(run)
      expect(soakFailures(run).join('\n'), name).toMatch(message)
    }
  })
})

// Pathological searches: what a bored visitor, a fuzzer or a broken crawler sends to /recherche.
// Each must get a normal page (200, the search page, no error text), never a 5xx, and the
// server must keep answering its health endpoint meanwhile.
import http from 'node:http'
import { percentile, round } from '../bench/stats'

// As a browser's search form sends it (spaces as '+'), so 10,000 characters stay under Node's
// 16 KB limit for a request's headers: the point is the search, not the HTTP parser.
const q = (value: string, extra = '') => `/recherche?${new URLSearchParams({ q: value })}${extra}`

const LONG_WORDS = Array.from({ length: 2000 }, (_, i) => ['bamako', 'mali', 'coton', 'niger', 'gao'][i % 5]).join(' ').slice(0, 10_000)

export const HOSTILE_SEARCHES: readonly { name: string; path: string }[] = [
  { name: '10,000 characters of words', path: q(LONG_WORDS) },
  { name: 'one 10,000-character word', path: q('a'.repeat(10_000)) },
  { name: '10,000 characters of FTS5 operators', path: q('a OR b AND NOT c* NEAR '.repeat(435).slice(0, 10_000)) },
  { name: 'unbalanced NEAR', path: q('"a" NEAR( b') },
  { name: 'NEAR with a distance', path: q('NEAR(bamako mali, 999999999)') },
  { name: 'a lone star', path: q('*') },
  { name: 'prefix stars', path: q('b* a* m* *') },
  { name: 'OR OR', path: q('OR OR') },
  { name: 'AND NOT', path: q('AND NOT bamako') },
  { name: 'unbalanced quote', path: q('"bamako') },
  { name: 'parentheses', path: q('((((((((((bamako') },
  { name: 'column filter', path: q('title:bamako') },
  { name: 'column set', path: q('{title body}: mali') },
  { name: 'caret', path: q('^bamako') },
  { name: 'NUL bytes', path: q('bam\u0000ako\u0000') },
  { name: 'control characters', path: q('\u0001\u0002\u001b[31mmali\u007f') },
  { name: 'SQL injection', path: q("' OR 1=1; DROP TABLE articles; --") },
  { name: 'LIKE wildcards', path: q('%_%_%') },
  { name: 'emoji and right-to-left text', path: q('🇲🇱 مالي ‮bamako') },
  { name: '2,000 combining accents', path: q(`e${'\u0301'.repeat(2000)}`) },
  { name: 'broken percent-encoding', path: '/recherche?q=%E0%A4%A&page=%' },
  { name: 'repeated parameter', path: '/recherche?q=mali&q=bamako&q[]=x' },
  { name: 'huge page number', path: q('mali', '&page=999999999999') },
  { name: 'negative page', path: q('mali', '&page=-3') },
  { name: 'hostile filters', path: q('mali', '&rubrique=../../etc/passwd&du=2024-13-45&au=%00') },
  { name: 'empty query', path: '/recherche?q=' },
]

/** Text that must never reach a reader: a stack, an SQLite or FTS5 message, Next's error page. */
const ERROR_TEXT = /SqliteError|SQLITE_|fts5: syntax|no such column|unterminated string|malformed MATCH|at [\w.]+ \(\/|Application error|Internal Server Error/i

export interface HostileOutcome {
  name: string
  requests: number
  statusCodes: Record<string, number>
  /** Answers that were not a normal search page (status other than 200, error text, connection error). */
  failures: number
  firstFailure: string | null
  p95Ms: number
  maxMs: number
}

function getPage(url: string, agent: http.Agent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    request.on('timeout', () => request.destroy(new Error('délai dépassé')))
    request.on('error', reject)
  })
}

/** Why an answer is not a normal search page, or null. */
export function hostileProblem(status: number, text: string): string | null {
  if (status !== 200) return `HTTP ${status}`
  const leak = ERROR_TEXT.exec(text)
  if (leak) return `texte d’erreur dans la page : « ${leak[0]} »`
  if (!text.includes('<h1>Recherche</h1>')) return 'la page de recherche n’est pas servie'
  return null
}

/** The searches in turn, `concurrency` at a time, for `seconds`. */
export async function runHostileSearches(origin: string, seconds: number, concurrency: number): Promise<HostileOutcome[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const outcomes = HOSTILE_SEARCHES.map((s) => ({ name: s.name, times: [] as number[], statusCodes: {} as Record<string, number>, failures: 0, firstFailure: null as string | null }))
  const deadline = performance.now() + seconds * 1000
  let n = 0
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        // Every search at least once, however short the phase.
        while (performance.now() < deadline || n < HOSTILE_SEARCHES.length) {
          const i = n++ % HOSTILE_SEARCHES.length
          const search = HOSTILE_SEARCHES[i]!
          const outcome = outcomes[i]!
          const started = performance.now()
          let problem: string | null
          try {
            const { status, text } = await getPage(`${origin}${search.path}`, agent)
            outcome.statusCodes[status] = (outcome.statusCodes[status] ?? 0) + 1
            problem = hostileProblem(status, text)
          } catch (error) {
            outcome.statusCodes.error = (outcome.statusCodes.error ?? 0) + 1
            problem = error instanceof Error ? error.message : String(error)
          }
          outcome.times.push(performance.now() - started)
          if (problem) {
            outcome.failures++
            outcome.firstFailure ??= problem
          }
        }
      }),
    )
  } finally {
    agent.destroy()
  }
  return outcomes.map((o) => ({
    name: o.name,
    requests: o.times.length,
    statusCodes: o.statusCodes,
    failures: o.failures,
    firstFailure: o.firstFailure,
    p95Ms: round(percentile(o.times, 95), 1),
    maxMs: round(Math.max(...o.times), 1),
  }))
}

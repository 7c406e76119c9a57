// Search time inside the server, the query alone: the very function /recherche calls
// (searchArticles from db/queries/search.ts: the newest 500 matches ranked inside FTS5, the page, its snippets and cards) run
// in a loop on the benchmark database, without HTTP or React around it.
// Run by scripts/bench/server.ts as `node --conditions=react-server --import tsx …` with
// DATABASE_PATH set; prints one JSON line.
import { searchArticles } from '@/db/queries/search'
import { median, percentile, round } from './stats'
import { searchQuery } from './words'

const wanted = Number(process.argv[2] ?? 2000)
/** A slow search must not make the benchmark endless: at most this long, at least 50 queries. */
const budgetMs = Number(process.argv[3] ?? 20_000)
// Warm-up: SQLite's page cache and V8, as a running server would be.
const warmUpStarted = performance.now()
let warmUp = 0
while (warmUp < 100 && (warmUp < 10 || performance.now() - warmUpStarted < budgetMs / 10)) searchArticles(searchQuery(warmUp++), 1)

const times: number[] = []
const hits: number[] = []
const distinct = new Set<string>()
const started = performance.now()
let count = 0
for (let n = 0; n < wanted && (n < 50 || performance.now() - started < budgetMs); n++, count++) {
  // A stride through the rotation so singles and pairs alternate.
  const q = searchQuery(n * 37)
  distinct.add(q)
  const t = process.hrtime.bigint()
  const result = searchArticles(q, 1)
  times.push(Number(process.hrtime.bigint() - t) / 1e6)
  hits.push(result.total)
}

console.log(
  JSON.stringify({
    queries: count,
    distinct: distinct.size,
    medianMs: round(median(times), 3),
    p95Ms: round(percentile(times, 95), 3),
    p99Ms: round(percentile(times, 99), 3),
    meanMs: round(times.reduce((a, b) => a + b, 0) / times.length, 3),
    medianHits: median(hits),
    method: `searchArticles(q, 1) from db/queries/search.ts called in a loop on the benchmark database (${count} queries, ${distinct.size} distinct single words and pairs from the corpus, after ${warmUp} warm-up queries${count < wanted ? `; stopped after ${budgetMs / 1000} s` : ''})`,
  }),
)

// npm run lighthouse [-- --articles N --runs N]
// Lighthouse (npm, programmatic) driving Debian's chromium against a production server this
// script starts itself, as the benchmark does: `/`, a full story and its rubrique, Lighthouse's
// default mobile emulation and simulated throttling, the median of 3 runs per figure.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { fullAnatomyArticle } from '../../e2e/demo'
import { ensureBuild, freePort, log, prepareDatabase, removeDatabase, root, startServer, stopAllOnExit, stopServer } from './server'
import { kb, median, round, table } from './stats'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const METRICS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  fcp: 'first-contentful-paint',
  bytes: 'total-byte-weight',
} as const

type Details = { type?: string; items?: Record<string, unknown>[] }
type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string; displayValue?: string; details?: Details }>
  runWarnings: string[]
  runtimeError?: { code: string; message: string }
}

interface PageSummary {
  name: string
  path: string
  runs: { scores: Record<string, number | null>; lcpMs: number; tbtMs: number; cls: number; fcpMs: number; totalBytes: number }[]
  median: { scores: Record<string, number | null>; lcpMs: number; tbtMs: number; cls: number; fcpMs: number; totalBytes: number }
  /** Audits that cost points in the run closest to the median (Lighthouse's own choice of run). */
  missed: { category: string; id: string; title: string; score: number | null; displayValue?: string }[]
  /** Where the time goes in that run: the LCP element and its phases, the costliest scripts. */
  diagnostics: string[]
  warnings: string[]
}

function parseArgs(argv: string[]) {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(name)
    if (i < 0) return fallback
    const n = Number(argv[i + 1])
    if (!Number.isInteger(n) || n < 1) {
      console.error(`${name} attend un nombre entier positif.`)
      process.exit(2)
    }
    return n
  }
  return { articles: value('--articles', 20_000), runs: value('--runs', 3), port: value('--port', Number(process.env.BENCH_PORT) || 3300) }
}

function summarise(lhr: Lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score === null || lhr.categories[c] === undefined ? null : Math.round((lhr.categories[c]?.score ?? 0) * 100)]))
  const n = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  return { scores, lcpMs: round(n(METRICS.lcp)), tbtMs: round(n(METRICS.tbt)), cls: round(n(METRICS.cls), 3), fcpMs: round(n(METRICS.fcp)), totalBytes: n(METRICS.bytes) }
}

function diagnostics(lhr: Lhr): string[] {
  const out: string[] = []
  const lcp = lhr.audits['largest-contentful-paint-element']?.details?.items ?? []
  const element = (lcp[0] as Details | undefined)?.items?.[0] as { node?: { selector?: string; nodeLabel?: string } } | undefined
  const phases = ((lcp[1] as Details | undefined)?.items ?? []) as { phase: string; timing: number }[]
  if (element?.node) out.push(`LCP element: ${element.node.selector} ("${(element.node.nodeLabel ?? '').slice(0, 50)}"); ${phases.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', ')}`)
  const bootup = ((lhr.audits['bootup-time']?.details?.items ?? []) as { url: string; total: number; scripting: number }[]).slice(0, 3)
  if (bootup.length) out.push(`main-thread time by script (simulated slow CPU): ${bootup.map((b) => `${b.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(b.total)} ms`).join(', ')}`)
  for (const id of ['unused-javascript', 'legacy-javascript', 'render-blocking-resources', 'uses-responsive-images', 'modern-image-formats']) {
    const audit = lhr.audits[id]
    if (audit && audit.score !== null && audit.score < 1 && audit.displayValue) out.push(`${id}: ${audit.displayValue}`)
  }
  return out
}

function missedAudits(lhr: Lhr): PageSummary['missed'] {
  const out: PageSummary['missed'] = []
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue
      out.push({ category, id: ref.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) })
    }
  }
  return out
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  stopAllOnExit()
  ensureBuild()
  const demo = fullAnatomyArticle()
  const pages = [
    { name: '/', path: '/' },
    { name: 'article', path: `/articles/${demo.slug}` },
    { name: 'rubrique', path: `/rubriques/${demo.category}` },
  ]
  const database = prepareDatabase(args.articles, 'lighthouse')
  const server = await startServer(database, await freePort(args.port))
  log(`serveur prêt sur ${server.origin} (${args.articles.toLocaleString('en-US')} articles synthétiques + démo)`)
  const started = new Date()
  const summaries: PageSummary[] = []
  const outDir = path.join(root, 'bench-results', `lighthouse-${started.toISOString().replace(/[:.]/g, '-')}`)
  fs.mkdirSync(outDir, { recursive: true })
  try {
    // One warm-up load per page so the first measured run does not pay for a cold server cache.
    for (const page of pages) await fetch(`${server.origin}${page.path}`)
    const name = (page: { name: string }) => (page.name === '/' ? 'home' : page.name)
    const result = spawnSync(process.execPath, ['scripts/bench/lighthouse-runner.mjs', outDir, String(args.runs), ...pages.map((p) => `${name(p)}=${server.origin}${p.path}`)], { stdio: 'inherit' })
    if (result.status !== 0) throw new Error('Lighthouse a échoué.')
    for (const page of pages) {
      const lhrs = Array.from({ length: args.runs }, (_, i) => JSON.parse(fs.readFileSync(path.join(outDir, `${name(page)}-${i + 1}.json`), 'utf8')) as Lhr)
      const failed = lhrs.find((l) => l.runtimeError)
      if (failed?.runtimeError) throw new Error(`Lighthouse : ${failed.runtimeError.code} ${failed.runtimeError.message}`)
      const runs = lhrs.map(summarise)
      const medianOf = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick))
      const chosen = computeMedianRun(lhrs as never) as unknown as Lhr
      summaries.push({
        ...page,
        runs,
        median: {
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, medianOf((r) => r.scores[c] ?? Number.NaN)])),
          lcpMs: medianOf((r) => r.lcpMs),
          tbtMs: medianOf((r) => r.tbtMs),
          cls: medianOf((r) => r.cls),
          fcpMs: medianOf((r) => r.fcpMs),
          totalBytes: medianOf((r) => r.totalBytes),
        },
        missed: missedAudits(chosen),
        diagnostics: diagnostics(chosen),
        warnings: [...new Set(lhrs.flatMap((l) => l.runWarnings))],
      })
    }
  } finally {
    await stopServer(server)
    removeDatabase(database)
  }

  const report = { startedAt: started.toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}`, lighthouse: '12.8.2, default config (mobile emulation, simulated throttling)', articles: args.articles, runsPerPage: args.runs, pages: summaries }
  fs.writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(report, null, 2)}\n`)

  console.log(`\nLighthouse 12.8.2, mobile emulation and default throttling, median of ${args.runs} runs per figure (${report.machine})`)
  console.log(
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS', 'total bytes', 'perf. runs'],
      summaries.map((s) => [
        s.name,
        String(s.median.scores.performance),
        String(s.median.scores.accessibility),
        String(s.median.scores['best-practices']),
        String(s.median.scores.seo),
        `${(s.median.lcpMs / 1000).toFixed(2)} s`,
        `${s.median.tbtMs} ms`,
        String(s.median.cls),
        kb(s.median.totalBytes),
        s.runs.map((r) => r.scores.performance).join(' '),
      ]),
    ),
  )
  for (const s of summaries) {
    if (s.missed.length) console.log(`\n${s.name}: audits below 100 % (run closest to the median):\n${s.missed.map((m) => `  - [${m.category}] ${m.id}: ${m.title}${m.displayValue ? ` (${m.displayValue})` : ''}`).join('\n')}`)
    if (s.diagnostics.length) console.log(`${s.name}: ${s.diagnostics.map((d) => `\n  · ${d}`).join('')}`)
    if (s.warnings.length) console.log(`${s.name}: Lighthouse warnings: ${s.warnings.join(' | ')}`)
  }
  console.log(`\nJSON: ${path.relative(root, outDir)}/ (summary.json and every run's Lighthouse result)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

// Command-line options of `npm run bench` and `npm run lighthouse`.

import { intOption, OptionsError } from '../cli-options'

export interface BenchOptions {
  /** Synthetic stories added to the demo content. */
  articles: number
  /** Seconds of load per page. */
  duration: number
  connections: number
  /** Short run for CI: a second or two per page, a small corpus, every part exercised once. */
  smoke: boolean
  /** The pages at 1,000, 10,000 and 100,000 stories instead of the default run. */
  scale: boolean
  /** Publish-to-live trials. */
  publishRuns: number
  /** First port tried for the servers; the next free ones are used. */
  port: number
  /** Keep the benchmark database folder after the run (for profiling). */
  keep: boolean
  /** Where the JSON goes. */
  out: string | null
}

export const SCALE_SIZES = [1_000, 10_000, 100_000] as const

export const USAGE = `npm run bench [-- options]
  --articles N      synthetic stories added to the demo content (default 20000)
  --duration S      seconds of load per page (default 10)
  --connections N   concurrent connections (default 32)
  --scale           the same pages at 1,000, 10,000 and 100,000 stories, ratio 100k / 1k
  --smoke           CI check that the script works: ~1 s per page, 300 stories, one publish
  --publish-runs N  publish-to-live trials (default 5)
  --port N          first port tried (default 3300, or BENCH_PORT)
  --keep            keep the benchmark database folder (.bench/run-…) after the run
  --out FILE        JSON output (default bench-results/bench-<mode>-<date>.json)`

export { OptionsError }

export function parseBenchOptions(argv: string[], environment: Record<string, string | undefined> = {}): BenchOptions {
  const smoke = argv.includes('--smoke')
  const options: BenchOptions = {
    articles: smoke ? 300 : 20_000,
    duration: smoke ? 1 : 10,
    connections: 32,
    smoke,
    scale: false,
    publishRuns: smoke ? 1 : 5,
    port: environment.BENCH_PORT ? intOption(environment.BENCH_PORT, 'BENCH_PORT', 1024, 65000) : 3300,
    keep: false,
    out: null,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const next = () => argv[++i]
    switch (arg) {
      case '--smoke':
        break
      case '--scale':
        options.scale = true
        break
      case '--keep':
        options.keep = true
        break
      case '--articles':
        options.articles = intOption(next(), '--articles', 0, 1_000_000)
        break
      case '--duration':
        options.duration = intOption(next(), '--duration', 1, 600)
        break
      case '--connections':
        options.connections = intOption(next(), '--connections', 1, 1024)
        break
      case '--publish-runs':
        options.publishRuns = intOption(next(), '--publish-runs', 1, 50)
        break
      case '--port':
        options.port = intOption(next(), '--port', 1024, 65000)
        break
      case '--out': {
        const file = next()
        if (!file) throw new OptionsError('--out attend un chemin de fichier.')
        options.out = file
        break
      }
      case '--help':
      case '-h':
        throw new OptionsError(USAGE)
      default:
        throw new OptionsError(`Option inconnue : ${arg}\n${USAGE}`)
    }
  }
  if (options.smoke && options.scale) throw new OptionsError('--smoke et --scale ne vont pas ensemble.')
  return options
}

// Command-line options of `npm run test:soak`.

import { intOption, OptionsError } from '../cli-options'

export interface SoakOptions {
  /** Seconds of the soak itself: readers, journalists and the editor at once. */
  seconds: number
  /** Seconds of the read-only baseline measured just before, same readers, no writers. */
  baseline: number
  /** Seconds of pathological searches while the health endpoint is probed, after the soak. */
  hostile: number
  /** Short run for CI (~8 s of soak). */
  smoke: boolean
  /** Synthetic stories added to the demo content. */
  articles: number
  /** Concurrent reader connections. */
  readers: number
  /** Requests per second for all readers together; 0: as fast as the server answers (closed loop). */
  rate: number
  journalists: number
  /** Each journalist saves this often. */
  saveEveryMs: number
  /** The editor publishes this often. */
  publishEveryMs: number
  /** First port tried for the server. */
  port: number
  /** Keep the temporary folder (database, server log) after a successful run. */
  keep: boolean
  /** Where the JSON goes (nothing written without it). */
  out: string | null
}

export const USAGE = `npm run test:soak [-- options]
  --seconds N       seconds of soak: readers + journalists + editor (default 60)
  --smoke           CI run: 8 s of soak, 3 s of baseline, 2 s of hostile searches, 500 stories
  --baseline N      seconds of read-only baseline before the soak (default 15)
  --hostile N       seconds of pathological searches with health probes (default 10)
  --articles N      synthetic stories added to the demo content (default 3000)
  --readers N       concurrent reader connections (default 50)
  --rate N          reader requests per second in all (default 0: closed loop, as fast as served)
  --journalists N   journalists saving their drafts (default 5)
  --save-every MS   each journalist saves this often (default 2000)
  --publish-every MS  the editor publishes this often (default 10000; 0: no publication)
  --port N          first port tried (default 3130, or SOAK_PORT)
  --keep            keep the temporary folder (database, server log) after the run
  --out FILE        write the figures as JSON`

export { OptionsError }

export function parseSoakOptions(argv: string[], environment: Record<string, string | undefined> = {}): SoakOptions {
  const smoke = argv.includes('--smoke')
  const options: SoakOptions = {
    seconds: smoke ? 8 : 60,
    baseline: smoke ? 3 : 15,
    hostile: smoke ? 2 : 10,
    smoke,
    articles: smoke ? 500 : 3000,
    readers: 50,
    rate: 0,
    journalists: 5,
    saveEveryMs: 2000,
    publishEveryMs: 10_000,
    port: environment.SOAK_PORT ? intOption(environment.SOAK_PORT, 'SOAK_PORT', 1024, 65000) : 3130,
    keep: false,
    out: null,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const next = () => argv[++i]
    switch (arg) {
      case '--smoke':
        break
      case '--keep':
        options.keep = true
        break
      case '--seconds':
        options.seconds = intOption(next(), '--seconds', 1, 3600)
        break
      case '--baseline':
        options.baseline = intOption(next(), '--baseline', 1, 600)
        break
      case '--hostile':
        options.hostile = intOption(next(), '--hostile', 1, 600)
        break
      case '--articles':
        options.articles = intOption(next(), '--articles', 0, 200_000)
        break
      case '--readers':
        options.readers = intOption(next(), '--readers', 1, 200)
        break
      case '--rate':
        options.rate = intOption(next(), '--rate', 0, 100_000)
        break
      case '--journalists':
        options.journalists = intOption(next(), '--journalists', 0, 20)
        break
      case '--save-every':
        options.saveEveryMs = intOption(next(), '--save-every', 200, 600_000)
        break
      case '--publish-every':
        options.publishEveryMs = intOption(next(), '--publish-every', 0, 600_000)
        if (options.publishEveryMs > 0 && options.publishEveryMs < 1000) throw new OptionsError('--publish-every attend 0 (aucune publication) ou au moins 1000 ms.')
        break
      case '--port':
        options.port = intOption(next(), '--port', 1024, 65000)
        break
      case '--out': {
        const file = next()
        if (!file || file.startsWith('--')) throw new OptionsError('--out attend un chemin de fichier.')
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
  return options
}

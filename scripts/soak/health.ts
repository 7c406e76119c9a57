// A monitor polling the health endpoint through the whole run: a probe every 100 ms whatever the
// previous one is doing (at most 8 waiting at once), a new connection each, as an uptime checker
// makes; each answer is filed under the phase during which its probe was sent.
import { rawGet } from '../bench/server'
import { summarise, type LatencySummary } from './readers'

export interface HealthPhase extends LatencySummary {
  /** Answers other than 200 with {"status":"ok","database":"ok"}, and failed requests. */
  failures: number
  /** Of which 5xx answers (a 503 says the database could not be read). */
  serverErrors: number
  /** Probes not sent because 8 were still waiting (the server was that slow). */
  skipped: number
  firstFailure: string | null
}

interface PhaseSamples {
  times: number[]
  failures: number
  serverErrors: number
  skipped: number
  firstFailure: string | null
}

export class HealthProbe {
  private phase = 'setup'
  private readonly samples = new Map<string, PhaseSamples>()
  private timer: NodeJS.Timeout | null = null
  private readonly pending = new Set<Promise<void>>()

  constructor(
    private readonly origin: string,
    private readonly intervalMs = 100,
    private readonly maxInFlight = 8,
  ) {}

  private entry(phase: string): PhaseSamples {
    let entry = this.samples.get(phase)
    if (!entry) this.samples.set(phase, (entry = { times: [], failures: 0, serverErrors: 0, skipped: 0, firstFailure: null }))
    return entry
  }

  private async probe(entry: PhaseSamples) {
    const started = performance.now()
    let problem: string | null = null
    try {
      const res = await rawGet(`${this.origin}/api/sante`, {}, 30_000)
      const body = res.body.toString('utf8')
      if (res.status >= 500) entry.serverErrors++
      if (res.status !== 200) problem = `HTTP ${res.status} ${body.slice(0, 200)}`
      else if (!/"status":"ok"/.test(body) || !/"database":"ok"/.test(body)) problem = `réponse inattendue : ${body.slice(0, 200)}`
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error)
    }
    entry.times.push(performance.now() - started)
    if (problem) {
      entry.failures++
      entry.firstFailure ??= problem
    }
  }

  start() {
    this.timer = setInterval(() => {
      const entry = this.entry(this.phase)
      if (this.pending.size >= this.maxInFlight) {
        entry.skipped++
        return
      }
      const p = this.probe(entry).finally(() => this.pending.delete(p))
      this.pending.add(p)
    }, this.intervalMs)
  }

  /** Probes sent from now on count for this phase. */
  mark(phase: string) {
    this.phase = phase
  }

  async stop(): Promise<Record<string, HealthPhase>> {
    if (this.timer) clearInterval(this.timer)
    await Promise.all([...this.pending])
    return Object.fromEntries(
      [...this.samples].map(([phase, s]) => [phase, { ...summarise(s.times), failures: s.failures, serverErrors: s.serverErrors, skipped: s.skipped, firstFailure: s.firstFailure }]),
    )
  }
}

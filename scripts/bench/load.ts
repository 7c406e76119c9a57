// Load: autocannon (programmatic) at fixed concurrency for a bounded time, over 127.0.0.1, and
// the machine's limit measured the same way against a minimal static server.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import autocannon, { type Result } from 'autocannon'
import { serverMemory, treeCpuMs } from './proc'
import { round } from './stats'

export interface PageSpec {
  name: string
  /** The path loaded (the first one when it rotates). */
  path: string
  /** Varied paths (search words, fbclid values): the n-th request of the run. */
  rotate?: (n: number) => string
  note?: string
  /**
   * Other requests sent at the same time by their own connections, so that this line measures
   * the page while the server also does that work (its figures are kept apart, in `alongside`).
   */
  alongside?: { connections: number; path: string; rotate?: (n: number) => string }
}

/** What the load running beside a page's (PageSpec.alongside) got. */
export interface AlongsideResult {
  connections: number
  requestsPerSecond: number
  latencyP99Ms: number
  statusCodes: Record<string, number>
}

export interface LoadResult {
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  latencyMaxMs: number
  /** Responses received. */
  requests: number
  /** Requests sent (some may still be in flight when the time is up). */
  sent: number
  errors: number
  timeouts: number
  non2xx: number
  statusCodes: Record<string, number>
  /** Bytes received per response, headers included (uncompressed: the load sends no Accept-Encoding). */
  bytesPerResponse: number
  seconds: number
  /** Highest RSS of the server process sampled every 250 ms during the run (null for the static server). */
  peakRss: number | null
  alongside?: AlongsideResult
  /**
   * CPU time the server spent per response (its whole process tree, from /proc): far less
   * sensitive than req/s to other processes on a shared machine. 1,000 / this is what one core
   * could serve.
   */
  serverCpuMsPerResponse: number | null
}

export async function load(origin: string, page: PageSpec, seconds: number, connections: number, serverPid: number | null = null, cpuPid: number | null = serverPid): Promise<LoadResult> {
  const cpuBefore = cpuPid ? treeCpuMs(cpuPid) : 0
  const rotate = page.rotate
  let peak = 0
  const sample = () => {
    if (serverPid) peak = Math.max(peak, serverMemory(serverPid).server)
  }
  const sampler = setInterval(sample, 250)
  const run = (path: string, count: number, next?: (n: number) => string) => {
    let n = 0
    return autocannon({
      url: `${origin}${path}`,
      connections: count,
      duration: seconds,
      timeout: 10,
      ...(next ? { requests: [{ setupRequest: (request) => ({ ...request, path: next(n++) }) }] } : {}),
    })
  }
  let result: Result
  let beside: Result | null = null
  try {
    ;[result, beside] = await Promise.all([run(page.path, connections, rotate), page.alongside ? run(page.alongside.path, page.alongside.connections, page.alongside.rotate) : null])
  } finally {
    clearInterval(sampler)
    sample()
  }
  const responses = result['2xx'] + result.non2xx
  const cpuMs = cpuPid ? treeCpuMs(cpuPid) - cpuBefore : 0
  return {
    requestsPerSecond: round(result.requests.total / result.duration, 1),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    requests: result.requests.total,
    sent: result.requests.sent,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    bytesPerResponse: responses ? Math.round(result.throughput.total / responses) : 0,
    seconds: result.duration,
    peakRss: serverPid ? peak : null,
    // (With a load alongside, the server's CPU is shared between the two: not this page's alone.)
    serverCpuMsPerResponse: cpuPid && responses && !beside ? round(cpuMs / responses, 3) : null,
    ...(beside && page.alongside
      ? {
          alongside: {
            connections: page.alongside.connections,
            requestsPerSecond: round(beside.requests.total / beside.duration, 1),
            latencyP99Ms: beside.latency.p99,
            statusCodes: Object.fromEntries(Object.entries(beside.statusCodeStats).map(([code, st]) => [code, st.count])),
          },
        }
      : {}),
  }
}

/**
 * The limit of this machine for a page of this size: a minimal `http` server (its own process,
 * as the real server is) answering `body` from memory, loaded exactly like the pages.
 */
export async function staticLimit(body: Buffer, contentType: string, port: number, workDir: string, seconds: number, connections: number, warmUp = true): Promise<LoadResult> {
  const file = path.join(workDir, 'static-page.html')
  fs.writeFileSync(file, body)
  const child = spawn(process.execPath, [path.join('scripts', 'bench', 'static-server.mjs'), file, contentType, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve())
      child.once('exit', (code) => reject(new Error(`Le serveur statique s’est arrêté (code ${code}).`)))
    })
    const origin = `http://127.0.0.1:${port}`
    if (warmUp) await load(origin, { name: 'warm-up', path: '/' }, 1, connections)
    return await load(origin, { name: 'static', path: '/' }, seconds, connections, null, child.pid ?? null)
  } finally {
    child.kill('SIGTERM')
  }
}

/**
 * One result from several slices of load on the same target (the interleaved --scale runs):
 * totals are summed, rates recomputed over the summed time, CPU weighted by responses; p50 is the
 * median of the slices' and p99 / max the worst slice's (percentiles of summaries cannot be merged
 * exactly; the worst slice errs on the safe side).
 */
export function mergeLoads(slices: LoadResult[]): LoadResult {
  if (slices.length === 0) throw new Error('mergeLoads: no slice')
  const sum = (pick: (r: LoadResult) => number) => slices.reduce((total, r) => total + pick(r), 0)
  const requests = sum((r) => r.requests)
  const seconds = sum((r) => r.seconds)
  const statusCodes: Record<string, number> = {}
  for (const r of slices) for (const [code, count] of Object.entries(r.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count
  const p50s = slices.map((r) => r.latencyP50Ms).sort((a, b) => a - b)
  const withCpu = slices.filter((r) => r.serverCpuMsPerResponse !== null)
  const cpuResponses = withCpu.reduce((total, r) => total + r.requests, 0)
  const peaks = slices.map((r) => r.peakRss).filter((n): n is number => n !== null)
  return {
    requestsPerSecond: seconds ? round(requests / seconds, 1) : 0,
    latencyP50Ms: p50s[Math.floor((p50s.length - 1) / 2)]!,
    latencyP99Ms: Math.max(...slices.map((r) => r.latencyP99Ms)),
    latencyMaxMs: Math.max(...slices.map((r) => r.latencyMaxMs)),
    requests,
    sent: sum((r) => r.sent),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    statusCodes,
    bytesPerResponse: requests ? Math.round(sum((r) => r.bytesPerResponse * r.requests) / requests) : 0,
    seconds: round(seconds, 2),
    peakRss: peaks.length ? Math.max(...peaks) : null,
    serverCpuMsPerResponse: withCpu.length && cpuResponses ? round(withCpu.reduce((total, r) => total + (r.serverCpuMsPerResponse ?? 0) * r.requests, 0) / cpuResponses, 3) : null,
  }
}

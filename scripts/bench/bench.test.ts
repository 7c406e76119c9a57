import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { linksTo, metaContent, pageAssets } from './html'
import { mergeLoads, type LoadResult } from './load'
import { OptionsError, parseBenchOptions } from './options'
import { cpuSnapshot, othersCpuShare, processTree, serverMemory } from './proc'
import { kb, median, percentile, table } from './stats'
import { SEARCH_WORDS, searchQuery } from './words'

describe('bench options', () => {
  it('defaults to 20,000 stories, 10 s per page, 32 connections', () => {
    expect(parseBenchOptions([])).toMatchObject({ articles: 20_000, duration: 10, connections: 32, smoke: false, scale: false, port: 3300 })
  })

  it('makes the smoke run short and small, and lets flags override it', () => {
    expect(parseBenchOptions(['--smoke'])).toMatchObject({ articles: 300, duration: 1, publishRuns: 1 })
    expect(parseBenchOptions(['--smoke', '--duration', '2'])).toMatchObject({ duration: 2 })
  })

  it('reads numbers and the port from BENCH_PORT', () => {
    expect(parseBenchOptions(['--articles', '100000', '--connections', '64'], { BENCH_PORT: '3350' })).toMatchObject({ articles: 100_000, connections: 64, port: 3350 })
  })

  it('refuses unknown options, bad numbers and contradictory modes', () => {
    expect(() => parseBenchOptions(['--article', '10'])).toThrow(OptionsError)
    expect(() => parseBenchOptions(['--duration', 'ten'])).toThrow(/--duration/)
    expect(() => parseBenchOptions(['--articles'])).toThrow(/--articles/)
    expect(() => parseBenchOptions(['--smoke', '--scale'])).toThrow(OptionsError)
  })
})

describe('interleaved load slices', () => {
  const slice = (requests: number, seconds: number, p50: number, p99: number, cpu: number | null, rss: number | null): LoadResult => ({
    requestsPerSecond: requests / seconds,
    latencyP50Ms: p50,
    latencyP99Ms: p99,
    latencyMaxMs: p99 * 2,
    requests,
    sent: requests + 3,
    errors: 0,
    timeouts: 1,
    non2xx: 0,
    statusCodes: { '200': requests },
    bytesPerResponse: 1000,
    seconds,
    peakRss: rss,
    serverCpuMsPerResponse: cpu,
  })

  it('sums totals, recomputes the rate over the summed time and weights CPU by responses', () => {
    const merged = mergeLoads([slice(3000, 2, 4, 10, 0.1, 100), slice(1000, 2, 6, 30, 0.3, 300), slice(2000, 2, 5, 20, 0.2, null)])
    expect(merged).toMatchObject({ requests: 6000, sent: 6009, timeouts: 3, seconds: 6, requestsPerSecond: 1000, latencyP50Ms: 5, latencyP99Ms: 30, latencyMaxMs: 60, peakRss: 300, statusCodes: { '200': 6000 } })
    // (3000 × 0.1 + 1000 × 0.3 + 2000 × 0.2) / 6000
    expect(merged.serverCpuMsPerResponse).toBeCloseTo(0.1667, 3)
  })

  it('leaves CPU and memory unknown when no slice measured them, and refuses nothing to merge', () => {
    expect(mergeLoads([slice(10, 1, 1, 2, null, null)])).toMatchObject({ serverCpuMsPerResponse: null, peakRss: null })
    expect(() => mergeLoads([])).toThrow()
  })
})

describe('search rotation', () => {
  it('varies the queries over thousands of distinct words and pairs of corpus words', () => {
    const queries = Array.from({ length: 3660 }, (_, n) => searchQuery(n))
    expect(new Set(queries).size).toBeGreaterThan(3500)
    for (const q of queries) for (const word of q.split(' ')) expect(SEARCH_WORDS).toContain(word)
    expect(searchQuery(3660)).toBe(searchQuery(0))
  })
})

describe('stats', () => {
  it('takes nearest-rank percentiles and medians', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(values, 50)).toBe(50)
    expect(percentile(values, 99)).toBe(99)
    expect(percentile([3, 1, 2], 100)).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('prints kilobytes as 1,000 bytes and aligns tables', () => {
    expect(kb(999)).toBe('999 B')
    expect(kb(12_345)).toBe('12.3 KB')
    expect(kb(null)).toBe('–')
    expect(table(['page', 'req/s'], [['/', '12.5'], ['article', '7']]).split('\n')).toEqual(['page     req/s', '───────  ─────', '/         12.5', 'article      7'])
  })
})

describe('html', () => {
  const html = `<html><head>
    <link rel="preload" as="image" imageSrcSet="/_next/image?url=a&amp;w=360 360w"/>
    <link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
    <link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
    <link rel="preload" href="/_next/static/media/serif.woff2" as="font" crossorigin="" type="font/woff2"/>
    <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
    <meta property="og:image" content="http://127.0.0.1:3300/partage/un-article/abc.jpg"/>
    <script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/polyfills.js" noModule=""></script><script>self.__next_f.push([1,""])</script>
    </head><body><a href="/rubriques/politique">Politique</a><a href="/tags/bamako">Bamako</a><a href="/tags/bamako">Bamako</a></body></html>`

  it('lists stylesheets, scripts and font preloads once each, never images', () => {
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_next/static/chunks/a.css'],
      scripts: ['/_next/static/chunks/b.js'],
      legacyScripts: ['/_next/static/chunks/polyfills.js'],
      preloads: [{ href: '/_next/static/media/serif.woff2', as: 'font' }],
    })
  })

  it('reads meta properties and links', () => {
    expect(metaContent(html, 'og:image')).toBe('http://127.0.0.1:3300/partage/un-article/abc.jpg')
    expect(metaContent(html, 'og:title')).toBeNull()
    expect(linksTo(html, '/tags/')).toEqual(['/tags/bamako'])
  })
})

describe('proc', () => {
  it('reads this process tree and its memory from /proc', () => {
    const tree = processTree(process.pid)
    expect(tree[0]?.pid).toBe(process.pid)
    expect(tree[0]?.rss).toBeGreaterThan(10 * 1024 * 1024)
    expect(serverMemory(process.pid).tree).toBeGreaterThanOrEqual(tree[0]?.rss ?? 0)
  })

  it('counts only the CPU used by other processes, within 0 and 1', () => {
    const a = cpuSnapshot()
    expect(othersCpuShare(a, { at: a.at + 1000, busy: a.busy + 100, ours: a.ours + 50 }, 2)).toBeCloseTo(0.25)
    expect(othersCpuShare(a, { at: a.at + 1000, busy: a.busy + 10, ours: a.ours + 50 }, 2)).toBe(0)
    expect(othersCpuShare(a, a, 2)).toBe(0)
  })

  it('keeps counting a child that has exited as ours', () => {
    const before = cpuSnapshot()
    // A child that burns 300 ms of CPU and exits (spawnSync waits for it).
    const burn = 'const t = process.cpuUsage(); while ((process.cpuUsage(t).user + process.cpuUsage(t).system) < 300000) {}'
    expect(spawnSync(process.execPath, ['-e', burn]).status).toBe(0)
    expect(cpuSnapshot().ours - before.ours).toBeGreaterThanOrEqual(25)
  })
})

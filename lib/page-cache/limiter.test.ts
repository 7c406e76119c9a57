import { describe, expect, it } from 'vitest'
import { Limiter, LimitExceeded } from './limiter.mjs'

/** A task that finishes when told to, recording when it started. */
function gate(started: string[], name: string) {
  let open!: () => void
  const done = new Promise<void>((resolve) => (open = resolve))
  return {
    task: async () => {
      started.push(name)
      await done
      return name
    },
    open: () => open(),
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('Limiter', () => {
  it('runs at most `concurrency` tasks at once, the others in their order of arrival', async () => {
    const limiter = new Limiter({ concurrency: 2 })
    const started: string[] = []
    const gates = ['a', 'b', 'c', 'd'].map((name) => gate(started, name))
    const results = gates.map((g) => limiter.run(g.task))
    await tick()
    expect(started).toEqual(['a', 'b'])
    expect([limiter.running, limiter.waiting]).toEqual([2, 2])
    gates[1]!.open()
    await tick()
    expect(started).toEqual(['a', 'b', 'c'])
    gates[0]!.open()
    gates[2]!.open()
    gates[3]!.open()
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd'])
    expect([limiter.running, limiter.waiting]).toEqual([0, 0])
  })

  it('refuses at once a task whose line is too long, and frees the place of a task that failed', async () => {
    const limiter = new Limiter({ concurrency: 1 })
    const started: string[] = []
    const first = gate(started, 'first')
    const running = limiter.run(first.task)
    const queued = limiter.run(async () => 'queued', { queue: 1 })
    await expect(limiter.run(async () => 'refused', { queue: 1 })).rejects.toBeInstanceOf(LimitExceeded)
    // A caller with no bound on its line waits, however many are ahead.
    const patient = limiter.run(async () => 'patient')
    expect(limiter.waiting).toBe(2)
    first.open()
    expect(await running).toBe('first')
    expect(await queued).toBe('queued')
    expect(await patient).toBe('patient')

    await expect(limiter.run(async () => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed')
    expect(limiter.running).toBe(0)
    expect(await limiter.run(async () => 'after')).toBe('after')
  })

  it('lets the tasks marked first go before the others, and bounds each line apart', async () => {
    const limiter = new Limiter({ concurrency: 1 })
    const started: string[] = []
    const running = gate(started, 'running')
    const all = [limiter.run(running.task)]
    for (const name of ['search 1', 'search 2']) all.push(limiter.run(async () => (started.push(name), name), { queue: 2 }))
    // The searches' line is full, but not the pages'.
    await expect(limiter.run(async () => 'search 3', { queue: 2 })).rejects.toBeInstanceOf(LimitExceeded)
    for (const name of ['page 1', 'page 2', 'page 3']) all.push(limiter.run(async () => (started.push(name), name), { first: true }))
    running.open()
    await Promise.all(all)
    expect(started).toEqual(['running', 'page 1', 'page 2', 'page 3', 'search 1', 'search 2'])
  })

  it('needs room for at least one task', () => {
    expect(() => new Limiter({ concurrency: 0 })).toThrow(RangeError)
  })
})

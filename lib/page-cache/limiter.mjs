// @ts-check
// A bound on work that competes with everything else for the server's one thread: at most
// `concurrency` tasks run at once, at most `queue` more wait their turn (first come, first
// served), and beyond that a task is refused at once rather than making everyone wait longer.

export class LimitExceeded extends Error {
  constructor() {
    super('too many tasks waiting')
    this.name = 'LimitExceeded'
  }
}

export class Limiter {
  #running = 0
  /** @type {(() => void)[]} */
  #waiting = []

  /** @param {{ concurrency: number, queue: number }} options */
  constructor({ concurrency, queue }) {
    if (!(concurrency >= 1)) throw new RangeError('concurrency must be at least 1')
    this.concurrency = concurrency
    this.queue = queue
  }

  get running() {
    return this.#running
  }

  get waiting() {
    return this.#waiting.length
  }

  /**
   * Runs `task` when a place is free; rejects with LimitExceeded when the queue is full.
   * @template T
   * @param {() => Promise<T>} task
   * @returns {Promise<T>}
   */
  async run(task) {
    if (this.#running >= this.concurrency) {
      if (this.#waiting.length >= this.queue) throw new LimitExceeded()
      await new Promise((resolve) => this.#waiting.push(() => resolve(undefined)))
    } else {
      this.#running++
    }
    try {
      return await task()
    } finally {
      // The place passes to the first in line, or is freed.
      const next = this.#waiting.shift()
      if (next) next()
      else this.#running--
    }
  }
}

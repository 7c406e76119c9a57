// @ts-check
// A bound on work that competes with everything else for the server's one thread: at most
// `concurrency` tasks run at once and the others wait their turn, first come, first served, in
// two lines: tasks marked `first` all go before the others. A caller may also give the longest
// line it will join: past it, its task is refused at once rather than making everyone wait longer.

export class LimitExceeded extends Error {
  constructor() {
    super('too many tasks waiting')
    this.name = 'LimitExceeded'
  }
}

export class Limiter {
  #running = 0
  /** @type {(() => void)[]} */
  #first = []
  /** @type {(() => void)[]} */
  #rest = []

  /** @param {{ concurrency: number }} options */
  constructor({ concurrency }) {
    if (!(concurrency >= 1)) throw new RangeError('concurrency must be at least 1')
    this.concurrency = concurrency
  }

  get running() {
    return this.#running
  }

  get waiting() {
    return this.#first.length + this.#rest.length
  }

  /**
   * Runs `task` when a place is free; rejects with LimitExceeded when `queue` tasks or more are
   * already waiting in its line.
   * @template T
   * @param {() => Promise<T>} task
   * @param {{ queue?: number, first?: boolean }} [options]
   * @returns {Promise<T>}
   */
  async run(task, { queue = Infinity, first = false } = {}) {
    if (this.#running >= this.concurrency) {
      const line = first ? this.#first : this.#rest
      if (line.length >= queue) throw new LimitExceeded()
      await new Promise((resolve) => line.push(() => resolve(undefined)))
    } else {
      this.#running++
    }
    try {
      return await task()
    } finally {
      // The place passes to the first in line, or is freed.
      const next = this.#first.shift() ?? this.#rest.shift()
      if (next) next()
      else this.#running--
    }
  }
}

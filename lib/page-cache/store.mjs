// @ts-check
// The page cache's memory: whole responses (status, headers, body with its gzip and brotli forms),
// least recently used first out when over budget, each remembering the cache tags its render
// read, so that a write expiring a tag removes exactly the pages that showed it.

/**
 * @typedef {object} PageEntry
 * @property {number} status
 * @property {Record<string, string>} headers what the page sends besides caching and encoding
 * @property {Buffer} body
 * @property {Buffer} gzip
 * @property {Buffer} br
 * @property {string} etag
 * @property {Set<string>} tags
 * @property {number} storedAt ms since the epoch
 * @property {number} ttlMs fresh for this long; then served stale while one refresh runs
 * @property {number} bytes
 */

export class PageStore {
  /** @type {Map<string, PageEntry>} insertion order = recency order */
  #entries = new Map()
  /** @type {Map<string, Set<string>>} tag → keys */
  #byTag = new Map()
  /** @type {Map<string, number>} tag → sequence number of its last purge */
  #purgedAt = new Map()
  #seq = 0
  #bytes = 0

  /** @param {{ maxBytes: number }} options */
  constructor({ maxBytes }) {
    this.maxBytes = maxBytes
  }

  get size() {
    return this.#entries.size
  }

  get bytes() {
    return this.#bytes
  }

  /** A mark taken before a render starts; see `set`. */
  mark() {
    return this.#seq
  }

  /** @param {string} key */
  get(key) {
    const entry = this.#entries.get(key)
    if (entry) {
      // Most recently used goes last.
      this.#entries.delete(key)
      this.#entries.set(key, entry)
    }
    return entry
  }

  /**
   * Stores a rendered page, unless one of its tags was purged after `mark` (the render read data
   * that a write has since replaced: storing it would bring the old page back).
   * @param {string} key
   * @param {PageEntry} entry
   * @param {number} mark
   * @returns {boolean} whether it was stored
   */
  set(key, entry, mark) {
    for (const tag of entry.tags) if ((this.#purgedAt.get(tag) ?? -1) > mark) return false
    if (entry.bytes > this.maxBytes / 4) return false
    this.delete(key)
    this.#entries.set(key, entry)
    this.#bytes += entry.bytes
    for (const tag of entry.tags) {
      let keys = this.#byTag.get(tag)
      if (!keys) this.#byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    for (const [oldest] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break
      this.delete(oldest)
    }
    return true
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#entries.delete(key)
    this.#bytes -= entry.bytes
    for (const tag of entry.tags) {
      const keys = this.#byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.#byTag.delete(tag)
    }
  }

  /**
   * Removes every page that read one of these tags.
   * @param {Iterable<string>} tags
   * @returns {number} pages removed
   */
  purge(tags) {
    const seq = ++this.#seq
    let removed = 0
    for (const tag of tags) {
      this.#purgedAt.set(tag, seq)
      for (const key of [...(this.#byTag.get(tag) ?? [])]) {
        this.delete(key)
        removed++
      }
    }
    // Purge marks only matter to renders in flight; forget old ones so the map stays small.
    if (this.#purgedAt.size > 10_000) for (const [tag, at] of this.#purgedAt) if (at < seq - 1_000) this.#purgedAt.delete(tag)
    return removed
  }
}

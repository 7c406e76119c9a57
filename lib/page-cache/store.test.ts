import { describe, expect, it } from 'vitest'
import { PageStore, type PageEntry } from './store.mjs'

function entry(tags: string[], bytes = 1000): PageEntry {
  const body = Buffer.alloc(10)
  return { status: 200, headers: {}, body, gzip: body, br: body, etag: 'W/"x"', tags: new Set(tags), storedAt: Date.now(), ttlMs: 60_000, bytes }
}

describe('PageStore', () => {
  it('drops exactly the pages that read a purged tag', () => {
    const store = new PageStore({ maxBytes: 1_000_000 })
    store.set('/', entry(['site', 'articles']), store.mark())
    store.set('/articles/a', entry(['site', 'article:1']), store.mark())
    store.set('/articles/b', entry(['site', 'article:2']), store.mark())
    expect(store.purge(['article:1'])).toBe(1)
    expect(store.get('/articles/a')).toBeUndefined()
    expect(store.get('/articles/b')).toBeDefined()
    expect(store.get('/')).toBeDefined()
    expect(store.purge(['site'])).toBe(2)
    expect(store.size).toBe(0)
    expect(store.bytes).toBe(0)
  })

  it('refuses a page whose render started before one of its tags was purged', () => {
    const store = new PageStore({ maxBytes: 1_000_000 })
    const before = store.mark()
    store.purge(['article:1'])
    // Rendered from data the purge replaced: storing it would bring the old page back.
    expect(store.set('/articles/a', entry(['article:1']), before)).toBe(false)
    expect(store.get('/articles/a')).toBeUndefined()
    // A purge of another tag does not concern it.
    expect(store.set('/articles/b', entry(['article:2']), before)).toBe(true)
    expect(store.set('/articles/a', entry(['article:1']), store.mark())).toBe(true)
  })

  it('stays within its memory budget, least recently used out first', () => {
    const store = new PageStore({ maxBytes: 10_000 })
    for (const k of ['a', 'b', 'c', 'd']) store.set(k, entry(['site'], 2_400), store.mark())
    store.get('a') // a is used again: b becomes the oldest
    store.set('e', entry(['site'], 2_400), store.mark())
    expect(store.bytes).toBeLessThanOrEqual(10_000)
    expect(store.get('b')).toBeUndefined()
    expect(store.get('a')).toBeDefined()
    expect(store.get('e')).toBeDefined()
    // Nothing bigger than a quarter of the budget is kept.
    expect(store.set('huge', entry(['site'], 3_000), store.mark())).toBe(false)
  })

  it('replaces an entry under the same key without counting it twice', () => {
    const store = new PageStore({ maxBytes: 10_000 })
    store.set('/', entry(['site'], 1_000), store.mark())
    store.set('/', entry(['articles'], 1_500), store.mark())
    expect(store.size).toBe(1)
    expect(store.bytes).toBe(1_500)
    expect(store.purge(['site'])).toBe(0)
    expect(store.purge(['articles'])).toBe(1)
  })
})

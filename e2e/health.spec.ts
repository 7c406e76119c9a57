import { expect, test } from './fixtures'
import { E2E } from './env'

// The health endpoint a monitor polls: never a cached answer (the whole-page cache and any CDN
// leave it alone), only "ok" (no path, no version, no internals), not shadowed by a page. Its 503
// when the database cannot be read is proven by db/queries/health.test.ts.

test('GET /api/sante answers 200 with a small JSON that no cache keeps', async ({ request }) => {
  for (let i = 0; i < 3; i++) {
    const response = await request.get('/api/sante')
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expect(headers['content-type']).toMatch(/^application\/json/)
    expect(headers['cache-control']).toContain('no-store')
    // The whole-page cache never answers it (it marks what it serves with x-kibaru-cache).
    expect(headers['x-kibaru-cache']).toBeUndefined()
    expect(headers.age).toBeUndefined()
    const text = await response.text()
    const body = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual(['checkedAt', 'database', 'status'])
    expect(body).toMatchObject({ status: 'ok', database: 'ok' })
    expect(new Date(String(body.checkedAt)).toISOString()).toBe(body.checkedAt)
    // Nothing about the installation: no file path, no version of anything.
    expect(text).not.toContain(E2E.dir)
    expect(text).not.toMatch(/kibaru-test\.db|sqlite|next|node|version|\d+\.\d+\.\d+/i)
  }
})

test('HEAD /api/sante answers 200 without a body, and other methods are refused', async ({ request }) => {
  const head = await request.head('/api/sante')
  expect(head.status()).toBe(200)
  expect(head.headers()['cache-control']).toContain('no-store')
  expect(await head.body()).toHaveLength(0)
  const post = await request.post('/api/sante', { data: 'x' })
  expect(post.status()).toBe(405)
})

test('a query string or a trailing slash still reaches the handler, never the page cache', async ({ request }) => {
  const first = await request.get('/api/sante?fbclid=IwAR0')
  expect(first.status()).toBe(200)
  expect(first.headers()['x-kibaru-cache']).toBeUndefined()
  expect(await first.json()).toMatchObject({ status: 'ok', database: 'ok' })
  // Next's trailing-slash redirect, then the same answer.
  const slash = await request.get('/api/sante/')
  expect(slash.status()).toBe(200)
  expect(await slash.json()).toMatchObject({ status: 'ok' })
})

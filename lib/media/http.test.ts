import { describe, expect, it } from 'vitest'
import { FORM_OVERHEAD_BYTES, isSameOrigin, readBoundedBody, readUploadForm } from './http'

const SITE = 'https://kibaru.ml'
const h = (init: Record<string, string>) => new Headers(init)

describe('isSameOrigin', () => {
  it('accepts the site itself, and the host the request was sent to', () => {
    expect(isSameOrigin(h({ origin: 'https://kibaru.ml', 'sec-fetch-site': 'same-origin' }), SITE)).toBe(true)
    expect(isSameOrigin(h({ origin: 'http://127.0.0.1:3211', host: '127.0.0.1:3211' }), SITE)).toBe(true)
    expect(isSameOrigin(h({ origin: 'https://kibaru.ml:443' }), SITE)).toBe(true)
  })
  it('refuses another site, a null origin, and cross-site fetches', () => {
    expect(isSameOrigin(h({ origin: 'https://evil.example', host: 'kibaru.ml' }), SITE)).toBe(false)
    expect(isSameOrigin(h({ origin: 'https://kibaru.ml.evil.example' }), SITE)).toBe(false)
    expect(isSameOrigin(h({ origin: 'null' }), SITE)).toBe(false)
    expect(isSameOrigin(h({ 'sec-fetch-site': 'cross-site' }), SITE)).toBe(false)
    expect(isSameOrigin(h({ 'sec-fetch-site': 'same-site', origin: 'https://blog.kibaru.ml' }), SITE)).toBe(false)
  })
  it('lets non-browser clients through to the session check', () => {
    expect(isSameOrigin(h({}), SITE)).toBe(true)
  })
})

/** A body stream that fails the test if read past `allowed` bytes. */
function stream(total: number, chunk = 64 * 1024) {
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close()
      const size = Math.min(chunk, total - sent)
      sent += size
      controller.enqueue(new Uint8Array(size))
    },
  })
}

describe('readBoundedBody', () => {
  it('refuses a declared length over the limit without reading the body', async () => {
    let pulled = false
    const body = new ReadableStream({ pull: () => void (pulled = true) }, { highWaterMark: 0 })
    const request = new Request('http://x/', { method: 'POST', body, headers: { 'content-length': String(20 * 1024 * 1024) }, duplex: 'half' } as RequestInit)
    const result = await readBoundedBody(request, 1024 * 1024, 1024 * 1024)
    expect(result).toMatchObject({ ok: false, status: 413 })
    expect(pulled).toBe(false)
  })

  it('counts bytes when no length is declared, and stops at the limit', async () => {
    const request = new Request('http://x/', { method: 'POST', body: stream(5 * 1024 * 1024), duplex: 'half' } as RequestInit)
    const result = await readBoundedBody(request, 1024 * 1024, 1024 * 1024)
    expect(result).toMatchObject({ ok: false, status: 413, error: 'Ce fichier est trop lourd : la limite est de 1 Mo.' })
  })

  it('reads a body within the limit', async () => {
    const request = new Request('http://x/', { method: 'POST', body: stream(1000), duplex: 'half' } as RequestInit)
    const result = await readBoundedBody(request, 1024, 1024)
    expect(result.ok && result.data.length).toBe(1000)
  })
})

describe('readUploadForm', () => {
  const upload = (file: Blob | null, fields: Record<string, string> = {}) => {
    const form = new FormData()
    if (file) form.set('file', file, 'photo.jpg')
    for (const [k, v] of Object.entries(fields)) form.set(k, v)
    return new Request('http://x/', { method: 'POST', body: form })
  }

  it('returns the file, its name and the text fields', async () => {
    const result = await readUploadForm(upload(new Blob([new Uint8Array(10)]), { alt: 'Un marché', credit: 'Awa', caption: 'Légende', other: 'x' }), 1024)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.file.name).toBe('photo.jpg')
    expect(result.file.data.length).toBe(10)
    expect(result.fields).toEqual({ alt: 'Un marché', credit: 'Awa', caption: 'Légende' })
  })

  it('refuses a file over the limit, even when the envelope fits', async () => {
    const result = await readUploadForm(upload(new Blob([new Uint8Array(2000)])), 1024)
    expect(result).toMatchObject({ ok: false, status: 413 })
    const huge = await readUploadForm(upload(new Blob([new Uint8Array(1024 + FORM_OVERHEAD_BYTES + 1)])), 1024)
    expect(huge).toMatchObject({ ok: false, status: 413 })
  })

  it('asks for a file when there is none, and for a form when it is not one', async () => {
    expect(await readUploadForm(upload(null, { alt: 'x' }), 1024)).toMatchObject({ ok: false, status: 400, error: 'Choisissez une image à téléverser.' })
    const json = new Request('http://x/', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
    expect(await readUploadForm(json, 1024)).toMatchObject({ ok: false, status: 400 })
  })
})

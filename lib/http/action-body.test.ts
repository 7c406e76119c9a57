import { Readable } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { actionBodyProblem, ACTION_BODY_LIMIT, MAX_NESTING, nestsTooDeep, readActionBody } from './action-body.mjs'

const request = (chunks: Buffer[], headers: Record<string, string> = {}) => Object.assign(Readable.from(chunks), { headers, method: 'POST' }) as unknown as IncomingMessage

describe('server action bodies', () => {
  it('measures nesting outside strings, without recursion', () => {
    expect(nestsTooDeep(Buffer.from('[1,{"a":[2]}]'))).toBe(false)
    expect(nestsTooDeep(Buffer.from('['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING)))).toBe(false)
    expect(nestsTooDeep(Buffer.from('['.repeat(MAX_NESTING + 1)))).toBe(true)
    expect(nestsTooDeep(Buffer.from('['.repeat(200_000)))).toBe(true)
    // Brackets inside a string (a title full of them, an escaped quote) do not count.
    expect(nestsTooDeep(Buffer.from(JSON.stringify(['[[[[' + '['.repeat(1000) + '\\"{{{'])))).toBe(false)
  })

  it('refuses a text body that is not JSON, and a deep one; lets real payloads through', () => {
    expect(actionBodyProblem('text/plain;charset=UTF-8', Buffer.from('{{{{pas du json'))).toEqual({ status: 400, message: 'Requête refusée : données illisibles.' })
    expect(actionBodyProblem('text/plain', Buffer.from('['.repeat(10_000) + ']'.repeat(10_000)))?.status).toBe(400)
    expect(actionBodyProblem('text/plain', Buffer.from('[12,3,{"title":"Pluies à Mopti","body":{"type":"doc","content":[]}}]'))).toBeNull()
    expect(actionBodyProblem('text/plain', Buffer.from('{"__proto__":{"admin":true}}'))).toBeNull()
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
    // Multipart fields are plain text: only their nesting is looked at.
    expect(actionBodyProblem('multipart/form-data; boundary=x', Buffer.from('--x\r\nContent-Disposition: form-data; name="1_title"\r\n\r\nTitre (sans JSON\r\n--x--'))).toBeNull()
  })

  it('reads up to the limit and stops there, declared or not', async () => {
    expect(await readActionBody(request([Buffer.from('[1]')]))).toEqual(Buffer.from('[1]'))
    expect(await readActionBody(request([], { 'content-length': String(ACTION_BODY_LIMIT + 1) }))).toBeNull()
    const chunk = Buffer.alloc(256 * 1024, 97)
    expect(await readActionBody(request([chunk, chunk, chunk, chunk, chunk]))).toBeNull()
    expect((await readActionBody(request([chunk, chunk])))?.length).toBe(512 * 1024)
  })
})

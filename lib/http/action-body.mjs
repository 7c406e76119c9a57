// @ts-check
// Server action requests, checked before Next decodes them. Next answers an oversized, malformed
// or absurdly nested action body with a 500 (and a deep one overflows React's decoder's stack);
// these are the client's mistakes, so the server in front (scripts/server.mjs) answers them with a
// 4xx of its own and Next never sees them.
import { IncomingMessage } from 'node:http'

/** Next's default limit for a server action's body (serverActions.bodySizeLimit, 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024
/** Far beyond any real payload (an article's nested lists and quotes), far below a stack overflow. */
export const MAX_NESTING = 256

/** @param {import('node:http').IncomingMessage} req */
export function isActionRequest(req) {
  return req.method === 'POST' && typeof req.headers['next-action'] === 'string'
}

/**
 * True when brackets nest deeper than `max`, outside JSON strings. A linear scan with no
 * recursion, so it cannot overflow itself.
 * @param {Buffer} body
 * @param {number} [max]
 */
export function nestsTooDeep(body, max = MAX_NESTING) {
  let depth = 0
  let inString = false
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped byte
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1)
  }
  return false
}

/**
 * What is wrong with an action body, as a status and a French message, or null when Next may
 * decode it. A text body (the encoding React uses for simple arguments) must be JSON.
 * @param {string | undefined} contentType
 * @param {Buffer} body
 * @returns {{ status: number, message: string } | null}
 */
export function actionBodyProblem(contentType, body) {
  if (nestsTooDeep(body)) return { status: 400, message: 'Requête refusée : données trop imbriquées.' }
  if (!contentType?.startsWith('multipart/form-data')) {
    try {
      JSON.parse(body.toString('utf8'))
    } catch {
      return { status: 400, message: 'Requête refusée : données illisibles.' }
    }
  }
  return null
}

/**
 * Reads an action's body up to the limit. Resolves with the bytes, or with null once the limit
 * is passed (the rest is not read).
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<Buffer | null>}
 */
export function readActionBody(req, limit = ACTION_BODY_LIMIT) {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        req.pause()
        resolve(null)
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => size <= limit && resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * A request Next can read exactly as the original, with the body already read.
 * @param {import('node:http').IncomingMessage} req
 * @param {Buffer} body
 */
export function replayRequest(req, body) {
  const copy = new IncomingMessage(req.socket)
  copy.method = req.method
  copy.url = req.url
  copy.httpVersion = req.httpVersion
  copy.httpVersionMajor = req.httpVersionMajor
  copy.httpVersionMinor = req.httpVersionMinor
  const headers = { ...req.headers, 'content-length': String(body.length) }
  delete headers['transfer-encoding']
  copy.headers = headers
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)]))
  copy.push(body)
  copy.push(null)
  copy.complete = true
  return copy
}

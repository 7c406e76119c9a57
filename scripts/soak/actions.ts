// Server actions over plain HTTP, as React calls them from the newsroom: the action id read from
// the build's manifest, the arguments encoded by React's own encodeReply, POSTed to the page that
// carries the action with the `next-action` header, and the answer read by a small reader of
// React's Flight rows (the action's result only). No browser: five journalists and an editor
// cost a few requests, not six chromiums.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const requireHere = createRequire(path.join(process.cwd(), 'package.json'))

interface FlightClient {
  encodeReply: (value: unknown) => Promise<string | FormData>
}
// The copy Next itself uses in the browser (the same version as the server's).
const flight = requireHere('next/dist/compiled/react-server-dom-webpack/client.node') as FlightClient

/** `file#export` → action id, from the production build in `distDir`. */
export function readActionIds(distDir: string): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>
  }
  return new Map(Object.entries(manifest.node).map(([id, a]) => [`${a.filename}#${a.exportedName}`, id]))
}

export class ActionError extends Error {}

// Row tags of React's Flight protocol (react-server-dom-webpack's processBinaryChunk): these
// carry a hex length and raw bytes, these others a line; rows without a tag are JSON models.
const LENGTH_TAGS = new Set('TAObUSsLlGgMmVo'.split('').map((c) => c.charCodeAt(0)))
const isLineTag = (c: number) => (c > 64 && c < 91) || c === 35 || c === 114 || c === 120

export interface FlightRow {
  /** The tag letter, '' for a JSON model. */
  tag: string
  data: Buffer
}

/** The rows of a Flight payload, by id. */
export function flightRows(body: Buffer): Map<number, FlightRow> {
  const rows = new Map<number, FlightRow>()
  let i = 0
  while (i < body.length) {
    let id = 0
    while (i < body.length && body[i] !== 58) {
      const c = body[i++] as number
      id = (id << 4) | (c > 96 ? c - 87 : c - 48)
    }
    i++ // ':'
    const c = body[i] ?? 0
    let tag = ''
    let data: Buffer
    if (LENGTH_TAGS.has(c)) {
      tag = String.fromCharCode(c)
      i++
      let length = 0
      while (i < body.length && body[i] !== 44) {
        const d = body[i++] as number
        length = (length << 4) | (d > 96 ? d - 87 : d - 48)
      }
      i++ // ','
      data = body.subarray(i, i + length)
      i += length
    } else {
      if (isLineTag(c)) {
        tag = String.fromCharCode(c)
        i++
      }
      const end = body.indexOf(10, i)
      data = body.subarray(i, end === -1 ? body.length : end)
      i = end === -1 ? body.length : end + 1
    }
    rows.set(id, { tag, data })
  }
  return rows
}

/**
 * The action's return value in a Flight answer: the root row's `a`, with the references a plain
 * value can hold ("$@n" another row, "$undefined", "$$" an escaped dollar, "$D" a date). The page
 * payload beside it (after a revalidation or a redirect) is left alone.
 */
export function decodeActionResult(body: Buffer): unknown {
  const rows = flightRows(body)
  const model = (id: number): unknown => {
    const row = rows.get(id)
    if (!row) throw new ActionError(`Réponse Flight incomplète : la ligne ${id.toString(16)} manque.`)
    if (row.tag === 'E') throw new ActionError(`L’action a levé une erreur : ${row.data.toString('utf8').slice(0, 300)}`)
    if (row.tag !== '') throw new ActionError(`Ligne Flight inattendue (${row.tag}) pour ${id.toString(16)}.`)
    return JSON.parse(row.data.toString('utf8'))
  }
  const revive = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!value.startsWith('$')) return value
      if (value === '$undefined') return undefined
      if (value.startsWith('$$')) return value.slice(1)
      if (value.startsWith('$@')) return revive(model(parseInt(value.slice(2), 16)))
      if (value.startsWith('$D')) return new Date(value.slice(2))
      return value
    }
    if (Array.isArray(value)) return value.map(revive)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]))
    return value
  }
  const root = model(0) as { a?: unknown }
  if (!root || typeof root !== 'object' || !('a' in root)) return undefined
  return revive(root.a)
}

export interface ActionAnswer<T> {
  status: number
  /** The decoded return value (undefined when the answer was not a Flight payload). */
  result: T | undefined
  ms: number
  /** The raw body, for diagnostics. */
  text: string
}

/** Cookies as a browser would keep them: the latest value of each name, expired ones dropped. */
export function mergeCookies(jar: Map<string, string>, setCookies: string[]): void {
  for (const line of setCookies) {
    const [pair = ''] = line.split(';')
    const eq = pair.indexOf('=')
    if (eq <= 0) continue
    const name = pair.slice(0, eq).trim()
    const value = pair.slice(eq + 1).trim()
    if (!value || /;\s*max-age=0\b/i.test(line) || /;\s*expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name)
    else jar.set(name, value)
  }
}

/** One member of the newsroom, signed in over HTTP, calling actions by their `file#export` key. */
export class NewsroomClient {
  readonly jar = new Map<string, string>()

  constructor(
    readonly origin: string,
    private readonly actions: Map<string, string>,
  ) {}

  private cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  async call<T>(key: string, pagePath: string, args: unknown[]): Promise<ActionAnswer<T>> {
    const id = this.actions.get(key)
    if (!id) throw new ActionError(`Action absente de la construction : ${key}`)
    const encoded = await flight.encodeReply(args)
    const headers: Record<string, string> = { 'next-action': id, accept: 'text/x-component', origin: this.origin }
    if (this.jar.size) headers.cookie = this.cookieHeader()
    if (typeof encoded === 'string') headers['content-type'] = 'text/plain;charset=UTF-8'
    const started = performance.now()
    const response = await fetch(`${this.origin}${pagePath}`, { method: 'POST', headers, body: encoded, redirect: 'manual', signal: AbortSignal.timeout(60_000) })
    const body = Buffer.from(await response.arrayBuffer())
    const ms = performance.now() - started
    mergeCookies(this.jar, response.headers.getSetCookie())
    const flightAnswer = (response.headers.get('content-type') ?? '').startsWith('text/x-component')
    const result = flightAnswer && response.status === 200 ? (decodeActionResult(body) as T) : undefined
    return { status: response.status, result, ms, text: body.toString('utf8') }
  }

  /** The sign-in form's action (app/connexion/actions.ts), as the page submits it. */
  async signIn(email: string, password: string): Promise<void> {
    const form = new FormData()
    form.set('email', email)
    form.set('password', password)
    const answer = await this.call<{ error: string | null }>('app/connexion/actions.ts#signInAction', '/connexion', [{ error: null, email: '' }, form])
    if (![...this.jar.keys()].some((name) => /session-token/.test(name))) {
      throw new ActionError(`Connexion refusée pour ${email} (HTTP ${answer.status}) : ${JSON.stringify(answer.result ?? answer.text.slice(0, 300))}`)
    }
  }
}

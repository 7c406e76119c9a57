// Server actions over plain HTTP, as the browser calls them: the action's id from the build's
// manifest in the Next-Action header, the arguments encoded by React's own encodeReply, the
// answer read back from the RSC stream. Used by the crash test to act as staff without a browser.
import fs from 'node:fs'
import path from 'node:path'
import { DIST_DIR } from '../build-fingerprint'

// React's client encoder, the one the browser uses (no types are published for this entry).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node') as { encodeReply: (value: unknown) => Promise<string | FormData> }

export interface ActionRef {
  id: string
  /** A page whose bundle carries the action: the URL the browser posts to. */
  url: string
}

/** `app/admin/articles/actions.ts#saveArticleAction` → its id and a page that carries it. */
export function findActions(keys: string[], root = process.cwd()): Record<string, ActionRef> {
  const file = path.join(root, DIST_DIR, 'server', 'server-reference-manifest.json')
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> }
  const found: Record<string, ActionRef> = {}
  for (const [id, action] of Object.entries(manifest.node)) {
    const key = `${action.filename}#${action.exportedName}`
    if (!keys.includes(key)) continue
    // A static page among its workers (no [param] to fill), route groups dropped.
    const worker = Object.keys(action.workers).find((w) => !w.includes('[')) ?? Object.keys(action.workers)[0]!
    const url = worker.replace(/^app/, '').replace(/\/(page|route)$/, '').replace(/\/\([^/]+\)/g, '') || '/'
    found[key] = { id, url }
  }
  const missing = keys.filter((k) => !found[k])
  if (missing.length) throw new Error(`Actions introuvables dans ${file} : ${missing.join(', ')}`)
  return found
}

export interface ActionAnswer<T> {
  status: number
  /** The value the action returned (undefined when the stream held none, e.g. a redirect). */
  value: T | undefined
  setCookies: string[]
  redirect: string | null
}

/**
 * The action's return value in an RSC answer: row 0 is `{ a: "$@N", … }` and row N the value
 * (or the value inline in row 0). Rows are `N:JSON` lines; the value rows here are plain JSON.
 */
export function actionValue<T>(stream: string): T | undefined {
  const rows = new Map<string, string>()
  for (const line of stream.split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0 && /^[0-9a-f]+$/.test(line.slice(0, colon))) rows.set(line.slice(0, colon), line.slice(colon + 1))
  }
  const head = rows.get('0')
  if (!head) return undefined
  let root: { a?: unknown }
  try {
    root = JSON.parse(head) as { a?: unknown }
  } catch {
    return undefined
  }
  const ref = typeof root.a === 'string' ? /^\$@([0-9a-f]+)$/.exec(root.a) : null
  if (!ref) return root.a as T | undefined
  const row = rows.get(ref[1]!)
  if (row === undefined) return undefined
  return JSON.parse(row) as T
}

export async function callAction<T>(origin: string, action: ActionRef, args: unknown[], cookie: string | null, timeoutMs = 30_000): Promise<ActionAnswer<T>> {
  const body = await encodeReply(args)
  const headers: Record<string, string> = { 'next-action': action.id, accept: 'text/x-component', origin }
  if (cookie) headers.cookie = cookie
  if (typeof body === 'string') headers['content-type'] = 'text/plain;charset=UTF-8'
  const response = await fetch(`${origin}${action.url}`, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
  const text = await response.text()
  return {
    status: response.status,
    value: response.status === 200 ? actionValue<T>(text) : undefined,
    setCookies: response.headers.getSetCookie(),
    redirect: response.headers.get('x-action-redirect'),
  }
}

/** Signs in through the real sign-in action; the session cookie as a Cookie header. */
export async function signIn(origin: string, action: ActionRef, who: { email: string; password: string }): Promise<string> {
  const form = new FormData()
  form.set('email', who.email)
  form.set('password', who.password)
  const answer = await callAction<{ error: string | null }>(origin, action, [{ error: null, email: '' }, form], null)
  const cookie = answer.setCookies
    .map((c) => c.split(';')[0]!)
    .filter((c) => /session-token=/.test(c))
    .join('; ')
  if (!cookie) throw new Error(`La connexion de ${who.email} a échoué (HTTP ${answer.status}${answer.value?.error ? ` : ${answer.value.error}` : ''}).`)
  return cookie
}

// Health check for a monitor or a load balancer: 200 when the server answers and can read its
// database, 503 otherwise. It says nothing about the installation (no path, no version, no error
// text: those go to the server log) and is never cached, by a browser, a CDN or the page cache
// (scripts/server.mjs only caches reader pages; /api/* goes to Next untouched).
import { databaseReadable } from '@/db/queries/health'

export const dynamic = 'force-dynamic'

const HEADERS = { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' }

function check(): { status: number; body: string } {
  const checkedAt = new Date().toISOString()
  if (databaseReadable()) return { status: 200, body: JSON.stringify({ status: 'ok', database: 'ok', checkedAt }) }
  return { status: 503, body: JSON.stringify({ status: 'error', database: 'error', message: 'Le service est momentanément indisponible : la base de données ne répond pas.', checkedAt }) }
}

export function GET(): Response {
  const { status, body } = check()
  return new Response(body, { status, headers: HEADERS })
}

export function HEAD(): Response {
  const { status } = check()
  return new Response(null, { status, headers: HEADERS })
}

// The view beacon: POST an article id after the page has loaded. No cookie is read or set, no
// address is stored; known bots and prefetches are not counted.
import { isbot } from 'isbot'
import { countView } from '@/db/queries/views'

export const dynamic = 'force-dynamic'

const noContent = () => new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })

export async function POST(request: Request) {
  const ua = request.headers.get('user-agent') ?? ''
  if (!ua || isbot(ua) || request.headers.get('sec-purpose')?.includes('prefetch')) return noContent()
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > 32) return new Response('Requête trop longue', { status: 413 })
  const text = (await request.text()).slice(0, 32).trim()
  if (!/^\d{1,10}$/.test(text)) return new Response('Identifiant invalide', { status: 400 })
  const id = Number(text)
  if (!Number.isSafeInteger(id) || id < 1 || id > 2 ** 31) return new Response('Identifiant invalide', { status: 400 })
  countView(id)
  return noContent()
}

// Published stories matching a few words, for the editor's "Lire aussi" picker. Staff only.
import { searchArticles } from '@/db/queries/search'
import { currentStaff } from '@/lib/auth'

export async function GET(request: Request) {
  if (!(await currentStaff())) return Response.json({ error: 'Connexion requise.' }, { status: 401, headers: { 'cache-control': 'private, no-store' } })
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 200)
  const found = q.trim() ? searchArticles(q, 1) : { items: [] }
  return Response.json(
    { items: found.items.map(({ article }) => ({ id: article.id, title: article.title, slug: article.slug, publishedAt: article.publishedAt })) },
    { headers: { 'cache-control': 'private, no-store' } },
  )
}

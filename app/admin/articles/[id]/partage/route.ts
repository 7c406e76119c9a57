// The share image a story will have, drafts included, for the preview's Facebook card. Staff
// only; rendered on each request by the same code as the public /partage/ images, never cached.
import { readArticleStatus } from '@/db/queries/newsroom'
import { mediaUrl } from '@/db/queries/media-url'
import { currentStaff } from '@/lib/auth'
import { renderShareImage } from '@/lib/share-image-render'

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } })

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await currentStaff())) return text('Connexion requise', 401)
  const id = Number((await params).id)
  const story = Number.isSafeInteger(id) && id > 0 ? readArticleStatus(id) : null
  if (!story) return text('Article introuvable', 404)
  const { data } = await renderShareImage({
    title: story.title || 'Sans titre',
    category: story.categoryName ? { name: story.categoryName } : null,
    cover: story.coverPath ? { src: mediaUrl(story.coverPath) } : null,
  })
  return new Response(new Uint8Array(data), { headers: { 'content-type': 'image/jpeg', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' } })
}

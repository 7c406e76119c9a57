// The share image of an article (og:image): /partage/<slug>/<version>.jpg, always 200 for a
// published story, never a redirect (Facebook and WhatsApp crawlers do not all follow them).
// An outdated version still gets the current image, cached briefly; the current one forever.
import { getArticleBySlug } from '@/db/queries/articles'
import { SHARE_IMAGE_FILE } from '@/lib/share-image'
import { getShareImage } from '@/lib/share-image-render'
import { isSlug } from '@/lib/slug'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string; file: string }> }

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } })

async function shareImage({ params }: Params, withBody: boolean): Promise<Response> {
  const { slug, file } = await params
  const match = SHARE_IMAGE_FILE.exec(file)
  if (!isSlug(slug) || !match) return text('Image introuvable', 404)

  let found = await getArticleBySlug(slug)
  // A renamed story: serve the image of its current slug, with the same status (no redirect).
  if (found?.kind === 'redirect') found = await getArticleBySlug(found.slug)
  if (found?.kind !== 'article') return text('Image introuvable', 404)

  let image
  try {
    image = await getShareImage(found.article)
  } catch (error) {
    console.error(`Image de partage : échec pour « ${found.article.slug} »`, error)
    return text('Image momentanément indisponible', 503)
  }
  const current = match[1] === image.version
  const headers = new Headers({
    'content-type': 'image/jpeg',
    // Next 16 drops content-length from route handler responses (server/send-response.js) and
    // sends the body chunked; set anyway for adapters that keep it.
    'content-length': String(image.data.length),
    'cache-control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    etag: `"${image.version}"`,
    'x-content-type-options': 'nosniff',
  })
  return new Response(withBody ? new Uint8Array(image.data) : null, { status: 200, headers })
}

export function GET(_request: Request, context: Params) {
  return shareImage(context, true)
}

export function HEAD(_request: Request, context: Params) {
  return shareImage(context, false)
}

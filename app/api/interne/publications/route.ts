// Internal: called by the server's own scheduler (lib/scheduler.ts) to publish what is due. It
// runs as a request so publication expires the cache tags of every page that shows the story.
// Anyone else gets a 404: the token is derived from the session secret and never leaves the server.
import { publishDueArticles } from '@/db/queries/article-writes'
import { isSchedulerToken, SCHEDULER_HEADER } from '@/lib/scheduler'

export async function POST(request: Request) {
  if (!isSchedulerToken(request.headers.get(SCHEDULER_HEADER))) return new Response('Introuvable', { status: 404 })
  const published = publishDueArticles()
  return Response.json({ published: published.map((p) => ({ slug: p.slug, lateMs: p.lateMs })) }, { headers: { 'cache-control': 'no-store' } })
}

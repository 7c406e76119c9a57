import 'server-only'
import { unstable_cache } from 'next/cache'
import { recordPageRead } from '@/lib/page-cache/bridge'

/**
 * A read served from Next's data cache: a warm page never touches SQLite. Results are stored as
 * JSON, so read functions return plain data (ISO strings for dates, arrays rather than Maps).
 * `revalidate` (seconds) bounds the age of data that no write invalidates, such as view counts.
 */
export function cachedRead<A extends (string | number)[], R>(
  name: string,
  tags: (...args: NoInfer<A>) => string[],
  read: (...args: A) => R,
  revalidate: number | false = false,
): (...args: A) => Promise<Awaited<R>> {
  return (...args: A) => {
    const readTags = tags(...args)
    // The whole-page cache (scripts/server.mjs) keeps the page until one of these tags expires.
    recordPageRead(readTags, revalidate)
    return unstable_cache(async (): Promise<Awaited<R>> => read(...args) as Awaited<R>, [name, ...args.map(String)], {
      tags: readTags,
      revalidate,
    })() as Promise<Awaited<R>>
  }
}

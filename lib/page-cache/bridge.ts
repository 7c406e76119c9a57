// The link between Next's code and the page cache of scripts/server.mjs, which runs in the same
// process but outside Next's bundles: a hook object on globalThis. Without that server (next dev,
// unit tests, scripts) there is no hook and both functions do nothing.

export const PAGE_CACHE_HOOK = Symbol.for('kibaru.page-cache')

export type PageCacheHook = {
  /** A cached read ran for the page being rendered: remember its tags and how long its data lives. */
  read(tags: readonly string[], revalidateSeconds: number | false): void
  /** A write expired these tags: drop every cached page that read one of them. */
  purge(tags: readonly string[]): void
}

function hook(): PageCacheHook | undefined {
  return (globalThis as { [PAGE_CACHE_HOOK]?: PageCacheHook })[PAGE_CACHE_HOOK]
}

export function recordPageRead(tags: readonly string[], revalidateSeconds: number | false): void {
  hook()?.read(tags, revalidateSeconds)
}

export function purgePages(tags: readonly string[]): void {
  hook()?.purge(tags)
}

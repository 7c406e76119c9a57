// @ts-check
// The search page's query as it reads it, shared by the page (lib/search.ts) and by the page
// cache in front of Next (lib/page-cache/request.mjs), which must key a search exactly as the
// page will read it. Plain JavaScript so that scripts/server.mjs imports it without a build.

export const MAX_QUERY_LENGTH = 200

/**
 * The query as shown back to the reader and kept in links: trimmed, bounded, one line.
 * @param {string | string[] | null | undefined} raw
 * @returns {string}
 */
export function cleanQuery(raw) {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
}

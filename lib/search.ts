// Turning what a reader types into a safe FTS5 query. User input never reaches MATCH as syntax:
// each word becomes a quoted string, so quotes, *, NEAR, AND/OR and parentheses are just text.

import { MAX_QUERY_LENGTH } from './search-query.mjs'

export { cleanQuery, MAX_QUERY_LENGTH } from './search-query.mjs'

const MAX_TERMS = 12
const MAX_TERM_LENGTH = 40

/** The words of a query, as the index sees them (letters and digits, any script). */
export function queryTerms(raw: string): string[] {
  const text = raw.slice(0, MAX_QUERY_LENGTH).normalize('NFC')
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS).map((t) => t.slice(0, MAX_TERM_LENGTH))
}

/**
 * An FTS5 MATCH expression: every word required, the last one as a prefix so that a query typed
 * on a phone ("tombouc") already finds "Tombouctou". Null when nothing searchable is left.
 */
export function toFtsQuery(raw: string): string | null {
  const terms = queryTerms(raw)
  if (terms.length === 0) return null
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ')
}

/** Markers that snippet() puts around matches; private-use characters no reader can type. */
export const HIGHLIGHT_START = '\ue000'
export const HIGHLIGHT_END = '\ue001'

/** Splits a snippet into plain and highlighted parts, for React to escape. */
export function splitHighlights(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = []
  const re = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'g')
  let last = 0
  for (const m of snippet.matchAll(re)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), hit: false })
    parts.push({ text: m[1] ?? '', hit: true })
    last = m.index + m[0].length
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), hit: false })
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '') }))
}

/** Edit distance between two short words (Levenshtein), bounded by `max` for speed. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > max) return max + 1
    prev = row
  }
  return prev[b.length] ?? max + 1
}

/** A word as the index stores it: lowercase, accents removed. */
export function foldTerm(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** Dates of the search filters ("2026-11-28"), refused unless real calendar dates. */
export function parseDay(raw: string | string[] | undefined): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null
}

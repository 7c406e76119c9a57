// The image optimiser's srcset, cut down to what one slot of the layout can use. Next offers
// every configured width (eleven), and a page prints each long `/_next/image?url=…` candidate
// twice (in the HTML and again in the React payload): 31 KB of the homepage once. A slot between
// 104 and 740 CSS px on screens of density 1 to 3 needs four to six of them.

export interface Candidate {
  url: string
  width: number
}

/** "a 320w, b 640w" → candidates. The optimiser's URLs are percent-encoded, so never hold ", ". */
export function parseSrcSet(srcSet: string | undefined): Candidate[] {
  if (!srcSet) return []
  return srcSet.split(/,\s+/).flatMap((entry) => {
    const match = /^(\S+)\s+(\d+)w$/.exec(entry.trim())
    return match ? [{ url: match[1]!, width: Number(match[2]) }] : []
  })
}

export function formatSrcSet(candidates: Candidate[]): string {
  return candidates.map((c) => `${c.url} ${c.width}w`).join(', ')
}

/**
 * The candidates whose width is one of `widths`. When none is (the configured widths changed),
 * all of them: a long srcset is better than an image that never loads.
 */
export function keepWidths(candidates: Candidate[], widths: readonly number[]): Candidate[] {
  const kept = candidates.filter((c) => widths.includes(c.width))
  return kept.length ? kept : candidates
}

/** The narrowest candidate at least `width` wide, else the widest: a single `src` for browsers that ignore the rest. */
export function closestCandidate(candidates: Candidate[], width: number): Candidate | undefined {
  const sorted = [...candidates].sort((a, b) => a.width - b.width)
  return sorted.find((c) => c.width >= width) ?? sorted[sorted.length - 1]
}

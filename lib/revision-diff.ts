// What changed between two versions of a story, word by word, for the history view.
import { diffWords } from 'diff'
import { documentToText } from './body/text'
import type { BodyDocument } from './body/types'

export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

export interface VersionText {
  title: string
  standfirst: string
  body: BodyDocument
}

/** Word-level differences; paragraphs are kept as line breaks so the text reads naturally. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }))
}

export function diffVersions(before: VersionText | null, after: VersionText) {
  const empty = { title: '', standfirst: '', body: { type: 'doc', content: [] } as BodyDocument }
  const from = before ?? empty
  return {
    title: diffText(from.title, after.title),
    standfirst: diffText(from.standfirst, after.standfirst),
    body: diffText(documentToText(from.body), documentToText(after.body)),
  }
}

/** Counts of words added and removed, for the summary line. */
export function diffStats(parts: DiffPart[]): { added: number; removed: number } {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length
  return parts.reduce((acc, p) => (p.kind === 'added' ? { ...acc, added: acc.added + words(p.text) } : p.kind === 'removed' ? { ...acc, removed: acc.removed + words(p.text) } : acc), { added: 0, removed: 0 })
}

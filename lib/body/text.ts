// Derived facts of a body document: its plain text (search, feeds), the stories and photos it
// refers to, and its reading time.
import type { BodyDocument, BodyNode } from './types'

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'blockquote', 'listItem'])
const MAX_DEPTH = 32

/** Plain text of a document: one line per block, for the search index and descriptions. */
export function documentToText(doc: BodyDocument | null | undefined): string {
  const lines: string[] = []
  let current = ''
  const walk = (node: BodyNode, depth: number) => {
    if (depth > MAX_DEPTH || !node || typeof node !== 'object') return
    if (node.type === 'text' && typeof node.text === 'string') current += node.text
    else if (node.type === 'hardBreak') current += ' '
    else if (node.type === 'image' && typeof node.attrs?.caption === 'string') lines.push(node.attrs.caption)
    if (Array.isArray(node.content)) for (const child of node.content) walk(child, depth + 1)
    if (BLOCK_TYPES.has(node.type) && current.trim()) {
      lines.push(current.trim())
      current = ''
    }
  }
  for (const node of Array.isArray(doc?.content) ? doc.content : []) walk(node, 0)
  if (current.trim()) lines.push(current.trim())
  return lines.join('\n')
}

export interface BodyReferences {
  mediaIds: number[]
  articleIds: number[]
}

/** Ids of the photos and "Lire aussi" stories a document points to, to load them in one query. */
export function collectReferences(doc: BodyDocument | null | undefined): BodyReferences {
  const mediaIds = new Set<number>()
  const articleIds = new Set<number>()
  const walk = (node: BodyNode, depth: number) => {
    if (depth > MAX_DEPTH || !node || typeof node !== 'object') return
    const id = node.attrs && (node.type === 'image' ? node.attrs.mediaId : node.type === 'readAlso' ? node.attrs.articleId : undefined)
    if (Number.isSafeInteger(id)) (node.type === 'image' ? mediaIds : articleIds).add(id as number)
    if (Array.isArray(node.content)) for (const child of node.content) walk(child, depth + 1)
  }
  for (const node of Array.isArray(doc?.content) ? doc.content : []) walk(node, 0)
  return { mediaIds: [...mediaIds], articleIds: [...articleIds] }
}

/** Words in a text, counting "aujourd'hui" and "Ségou-Koura" as one word each. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/** Minutes to read at 230 words a minute (a common figure for French), at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / 230))
}

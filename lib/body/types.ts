// The article body as stored: the rich-text editor's JSON document (ProseMirror/Tiptap shape).
// It is typed loosely on purpose: stored documents are untrusted input and are checked node by
// node when rendered (lib/body/render.tsx), never spread into HTML.

export interface BodyMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface BodyNode {
  type: string
  attrs?: Record<string, unknown>
  content?: BodyNode[]
  text?: string
  marks?: BodyMark[]
}

export interface BodyDocument {
  type: 'doc'
  content?: BodyNode[]
}

/**
 * Node types the renderer knows:
 * - paragraph, heading {level: 2|3}, blockquote, bulletList, orderedList, listItem, hardBreak, text
 * - image {mediaId, caption?}: an inline photo; alt text and credit come from the media asset
 * - readAlso {articleId}: a "Lire aussi :" link to another story, shown with its current URL
 * Marks: bold, italic, link {href}.
 */
export const EMPTY_DOCUMENT: BodyDocument = { type: 'doc', content: [] }

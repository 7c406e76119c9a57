'use client'
// The two block nodes of an article body that are not text: an image from the library (with the
// caption for this use) and a "Lire aussi" link to another story. The stored document keeps only
// ids ({ mediaId, caption }, { articleId }), exactly what lib/body/render.tsx draws; what the
// editor shows for them (picture, title) comes from BodyRefs, filled by the server for the
// story's existing references and by the pickers for new ones.
import { createContext, useContext, type ChangeEvent } from 'react'
import { mergeAttributes, Node, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react'

export interface EditorMediaRef {
  src: string
  width: number
  height: number
  alt: string
  credit: string | null
}

export interface EditorArticleRef {
  title: string
  slug: string
  /** False when the story is no longer online: readers will not see the link. */
  published: boolean
}

export interface BodyRefs {
  media: Record<number, EditorMediaRef>
  articles: Record<number, EditorArticleRef>
}

export const BodyRefsContext = createContext<BodyRefs>({ media: {}, articles: {} })

const positiveInt = (value: unknown): number | null => {
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null
}

function ImageView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const refs = useContext(BodyRefsContext)
  const id = positiveInt(node.attrs.mediaId)
  const media = id ? refs.media[id] : undefined
  const caption = typeof node.attrs.caption === 'string' ? node.attrs.caption : ''
  return (
    <NodeViewWrapper className={`body-node body-node-image${selected ? ' is-selected' : ''}`} data-drag-handle="">
      <figure contentEditable={false}>
        {media ? (
          // eslint-disable-next-line @next/next/no-img-element -- a preview inside the editor, at its stored size
          <img src={media.src} width={media.width} height={media.height} alt={media.alt} loading="lazy" />
        ) : (
          <div className="body-node-missing">Image introuvable dans la médiathèque (n° {String(node.attrs.mediaId)}) : elle ne sera pas affichée.</div>
        )}
        <figcaption>
          <label>
            <span className="body-node-label">Légende</span>
            <input
              type="text"
              value={caption}
              maxLength={300}
              onChange={(event: ChangeEvent<HTMLInputElement>) => updateAttributes({ caption: event.target.value })}
              // Keys typed in the caption stay in the caption (no ProseMirror shortcuts).
              onKeyDown={(event) => event.stopPropagation()}
            />
          </label>
          {media?.credit && <span className="body-node-credit">Crédit : {media.credit}</span>}
          <button type="button" className="link-button" onClick={() => deleteNode()}>
            Retirer l’image
          </button>
        </figcaption>
      </figure>
    </NodeViewWrapper>
  )
}

function ReadAlsoView({ node, deleteNode, selected }: ReactNodeViewProps) {
  const refs = useContext(BodyRefsContext)
  const id = positiveInt(node.attrs.articleId)
  const article = id ? refs.articles[id] : undefined
  return (
    <NodeViewWrapper className={`body-node body-node-read-also${selected ? ' is-selected' : ''}`} data-drag-handle="">
      <p contentEditable={false}>
        <strong>Lire aussi :</strong> {article ? article.title : `article n° ${String(node.attrs.articleId)} introuvable`}
        {article && !article.published && <span className="body-node-warning"> (pas en ligne : les lecteurs ne verront pas ce lien)</span>}{' '}
        <button type="button" className="link-button" onClick={() => deleteNode()}>
          Retirer
        </button>
      </p>
    </NodeViewWrapper>
  )
}

export const BodyImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: { default: null, parseHTML: (el) => positiveInt(el.getAttribute('data-media-id')) },
      caption: { default: '', parseHTML: (el) => el.getAttribute('data-caption') ?? '' },
    }
  },
  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes({ 'data-media-id': HTMLAttributes.mediaId, 'data-caption': HTMLAttributes.caption })]
  },
  addNodeView() {
    return ReactNodeViewRenderer(ImageView)
  },
})

export const BodyReadAlso = Node.create({
  name: 'readAlso',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { articleId: { default: null, parseHTML: (el) => positiveInt(el.getAttribute('data-article-id')) } }
  },
  parseHTML() {
    return [{ tag: 'aside[data-article-id]' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes({ 'data-article-id': HTMLAttributes.articleId })]
  },
  addNodeView() {
    return ReactNodeViewRenderer(ReadAlsoView)
  },
})

// The article body, from the stored document to React elements. It cannot emit script: every
// node type and mark is known and drawn by hand, attributes are never spread, text is escaped by
// React, and link targets are checked against an allow-list of protocols.
import type { ReactNode } from 'react'
import Image from 'next/image'
import Link from 'next/link'
import { frenchSpacing } from '@/lib/typography'
import type { BodyDocument, BodyMark, BodyNode } from './types'

export interface BodyImage {
  src: string
  width: number
  height: number
  alt: string
  credit: string | null
}

export interface BodyLinkedArticle {
  slug: string
  title: string
}

export interface BodyRefs {
  media: ReadonlyMap<number, BodyImage>
  articles: ReadonlyMap<number, BodyLinkedArticle>
}

const MAX_DEPTH = 32

/**
 * A link target readers may follow: http(s), mailto, or a path of this site. Anything else
 * (javascript:, data:, vbscript:, protocol-relative //host) gives null.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
  const href = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (!href) return null
  if (href.startsWith('/')) return href.startsWith('//') || href.startsWith('/\\') ? null : href
  if (href.startsWith('#')) return href
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null
}

function isExternal(href: string): boolean {
  return /^https?:/.test(href)
}

function renderText(node: BodyNode, key: number): ReactNode {
  if (typeof node.text !== 'string' || !node.text) return null
  let out: ReactNode = frenchSpacing(node.text)
  const marks: BodyMark[] = Array.isArray(node.marks) ? node.marks : []
  // Links outermost so that bold text inside a link stays one link.
  const ordered = [...marks].sort((a, b) => Number(a?.type === 'link') - Number(b?.type === 'link'))
  for (const mark of ordered) {
    if (!mark || typeof mark !== 'object') continue
    if (mark.type === 'bold') out = <strong>{out}</strong>
    else if (mark.type === 'italic') out = <em>{out}</em>
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href)
      // Links inside the site navigate client-side, so a playing radio keeps playing.
      if (href)
        out = isExternal(href) ? (
          <a href={href} rel="noopener noreferrer">
            {out}
          </a>
        ) : href.startsWith('/') ? (
          <Link href={href} prefetch={false}>
            {out}
          </Link>
        ) : (
          <a href={href}>{out}</a>
        )
    }
  }
  return <Fragment key={key}>{out}</Fragment>
}

function Fragment({ children }: { children: ReactNode }) {
  return <>{children}</>
}

function renderChildren(node: BodyNode, refs: BodyRefs, depth: number): ReactNode[] {
  if (!Array.isArray(node.content) || depth > MAX_DEPTH) return []
  return node.content.map((child, i) => renderNode(child, refs, depth + 1, i))
}

function renderNode(node: BodyNode, refs: BodyRefs, depth: number, key: number): ReactNode {
  if (!node || typeof node !== 'object' || typeof node.type !== 'string') return null
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'hardBreak':
      return <br key={key} />
    case 'paragraph': {
      const children = renderChildren(node, refs, depth)
      return children.some(Boolean) ? <p key={key}>{children}</p> : null
    }
    case 'heading': {
      const level = node.attrs?.level
      const children = renderChildren(node, refs, depth)
      return level === 3 || level === 4 || level === 5 || level === 6 ? <h3 key={key}>{children}</h3> : <h2 key={key}>{children}</h2>
    }
    case 'blockquote':
      return <blockquote key={key}>{renderChildren(node, refs, depth)}</blockquote>
    case 'bulletList':
      return <ul key={key}>{renderListItems(node, refs, depth)}</ul>
    case 'orderedList':
      return <ol key={key}>{renderListItems(node, refs, depth)}</ol>
    case 'listItem':
      return <li key={key}>{renderChildren(node, refs, depth)}</li>
    case 'image':
      return renderImage(node, refs, key)
    case 'readAlso':
      return renderReadAlso(node, refs, key)
    default:
      // A node from a newer editor extension: keep its text, drop its unknown wrapper.
      return Array.isArray(node.content) ? <Fragment key={key}>{renderChildren(node, refs, depth)}</Fragment> : null
  }
}

function renderListItems(node: BodyNode, refs: BodyRefs, depth: number): ReactNode[] {
  if (!Array.isArray(node.content) || depth > MAX_DEPTH) return []
  return node.content.map((child, i) =>
    child?.type === 'listItem' ? <li key={i}>{renderChildren(child, refs, depth + 1)}</li> : null,
  )
}

function renderImage(node: BodyNode, refs: BodyRefs, key: number): ReactNode {
  const id = node.attrs?.mediaId
  const image = typeof id === 'number' ? refs.media.get(id) : undefined
  if (!image) return null
  const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption.trim() : ''
  return (
    <figure key={key} className="body-figure">
      <Image
        src={image.src}
        width={image.width}
        height={image.height}
        alt={image.alt}
        sizes="(max-width: 720px) 100vw, 680px"
      />
      {(caption || image.credit) && (
        <figcaption>
          {caption && <span className="caption">{frenchSpacing(caption)}</span>}
          {image.credit && <span className="credit">{frenchSpacing(image.credit)}</span>}
        </figcaption>
      )}
    </figure>
  )
}

function renderReadAlso(node: BodyNode, refs: BodyRefs, key: number): ReactNode {
  const id = node.attrs?.articleId
  const target = typeof id === 'number' ? refs.articles.get(id) : undefined
  if (!target) return null // unpublished or deleted: say nothing rather than link to a 404
  return (
    <aside key={key} className="read-also" aria-label="Lire aussi">
      <span className="read-also-label">Lire aussi&nbsp;:</span>{' '}
      <Link href={`/articles/${encodeURIComponent(target.slug)}`} prefetch={false}>
        {frenchSpacing(target.title)}
      </Link>
    </aside>
  )
}

export function renderBody(doc: BodyDocument | null | undefined, refs: BodyRefs, options: { dateline?: string | null } = {}): ReactNode[] {
  const content = Array.isArray(doc?.content) ? doc.content : []
  const dateline = options.dateline?.trim()
  if (!dateline) return renderChildren({ type: 'doc', content }, refs, 0)
  // The dateline opens the first paragraph, as in print: "BAMAKO – Le conseil…".
  const label = (
    <span className="dateline" key="dateline">
      {dateline.toLocaleUpperCase('fr-FR')} –{' '}
    </span>
  )
  const [first, ...rest] = content
  if (first?.type !== 'paragraph') return [<p key="dateline-p">{label}</p>, ...renderChildren({ type: 'doc', content }, refs, 0)]
  return [
    <p key="first">
      {label}
      {renderChildren(first, refs, 1)}
    </p>,
    ...renderChildren({ type: 'doc', content: rest }, refs, 0),
  ]
}

export function ArticleBody({ doc, refs, dateline }: { doc: BodyDocument; refs: BodyRefs; dateline?: string | null }) {
  return <div className="article-body">{renderBody(doc, refs, { dateline })}</div>
}

// @ts-check
// Reader pages without the Next.js runtime (docs/adr/005-reader-pages-without-runtime.md).
//
// Reader pages are server-rendered and complete without JavaScript; what they do in the browser
// (copy a link, count a view, play a radio across pages) is public/reader.js, a few KB. Next still
// writes its runtime into every page: React DOM, its router and the page's data a second time as
// a flight payload, about 145 KB of gzip JavaScript and half the HTML, which a phone on mobile data
// downloads, parses and runs to hydrate a page that needs none of it. The server takes it out of
// each reader page it renders. Anything it does not recognise leaves the page as Next wrote it.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const LINK = /<link\b[^>]*>/gi
/** Next's inline scripts: the flight payload, Turbopack's chunk list, React's streaming helpers. */
const NEXT_INLINE = /^\s*(?:\(?self\.__next_[a-z]|\(globalThis\["TURBOPACK"\]|\$R[A-Z]|requestAnimationFrame\(function\(\)\{\$R)/
/** Next moves icons streamed after the head into it with this line. */
const ICON_SCRIPT = `document.querySelectorAll('body link[rel="icon"], body link[rel="apple-touch-icon"]').forEach(el => document.head.appendChild(el))`
/** Content streamed out of order (a Suspense boundary) is put in place by React's scripts. */
const OUT_OF_ORDER = /<template id="[A-Z]:|<div hidden id="S:/

/**
 * The reader layout's script tag (components/site/site-chrome.tsx) marks a reader page. As a tag,
 * not as text: the flight payload of any page that once rendered the layout names it too.
 */
const READER_MARKER = /<script\b[^>]*\sdata-reader-runtime(?:=""|[\s>])/

/**
 * The page without Next's scripts and their preloads, or null to keep it as it is: not a reader
 * page, content streamed out of order, or an inline script that is not Next's.
 * @param {string} html
 * @returns {string | null}
 */
export function withoutNextRuntime(html) {
  if (!READER_MARKER.test(html) || OUT_OF_ORDER.test(html)) return null
  let foreign = false
  const stripped = html.replace(SCRIPT, (whole, /** @type {string} */ attributes, /** @type {string} */ content) => {
    const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1]
    if (src !== undefined) return src.startsWith('/_next/') ? '' : whole
    if (/\btype="application\/ld\+json"/i.test(attributes)) return whole
    if (NEXT_INLINE.test(content) || content === ICON_SCRIPT) return ''
    foreign = true
    return whole
  })
  if (foreign) return null
  return stripped.replace(LINK, (tag) => {
    const rel = /\brel="([^"]*)"/i.exec(tag)?.[1]?.toLowerCase()
    const href = /\bhref="([^"]*)"/i.exec(tag)?.[1] ?? ''
    const script = rel === 'modulepreload' || (rel === 'preload' && /\bas="script"/i.test(tag))
    return script && href.startsWith('/_next/') ? '' : tag
  })
}

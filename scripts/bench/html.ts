// What the benchmark reads from a page's HTML: the stylesheets and scripts a browser fetches
// before images, the share image, and links to follow. A few regular expressions are enough for
// the markup React emits (double-quoted attributes, one tag per element).

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of tag.matchAll(/([a-zA-Z:-]+)(?:="([^"]*)")?/g)) {
    const name = (m[1] ?? '').toLowerCase()
    if (name && !(name in out)) out[name] = decode(m[2] ?? '')
  }
  return out
}

const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => attributes(m[0].slice(name.length + 1)))

export interface PageAssets {
  stylesheets: string[]
  scripts: string[]
  /** Scripts only browsers without module support load: not counted in the weight. */
  legacyScripts: string[]
  /** Fonts and other non-image resources the page asks the browser to fetch early. */
  preloads: { href: string; as: string }[]
}

export function pageAssets(html: string): PageAssets {
  const links = tags(html, 'link')
  const stylesheets = links.filter((l) => (l.rel ?? '').split(/\s+/).includes('stylesheet') && l.href).map((l) => l.href as string)
  const withSrc = tags(html, 'script').filter((s) => s.src)
  // noModule scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
  const scripts = withSrc.filter((s) => !('nomodule' in s)).map((s) => s.src as string)
  const legacyScripts = withSrc.filter((s) => 'nomodule' in s).map((s) => s.src as string)
  // Script preloads are the same files as the <script src> (or fetched at low priority after);
  // image preloads are images. What remains (fonts, mostly) is extra weight before images.
  const preloads = links
    .filter((l) => /(^|\s)(preload|modulepreload)(\s|$)/.test(l.rel ?? '') && l.href && l.as !== 'image' && l.as !== 'script' && l.as !== 'style')
    .map((l) => ({ href: l.href as string, as: l.as ?? '' }))
  return { stylesheets: unique(stylesheets), scripts: unique(scripts), legacyScripts: unique(legacyScripts), preloads: uniqueBy(preloads, (p) => p.href) }
}

export function metaContent(html: string, property: string): string | null {
  const found = tags(html, 'meta').find((m) => m.property === property || m.name === property)
  return found?.content ?? null
}

/** Internal links of a kind, in document order: hrefs starting with `prefix`. */
export function linksTo(html: string, prefix: string): string[] {
  return unique(
    tags(html, 'a')
      .map((a) => a.href ?? '')
      .filter((href) => href.startsWith(prefix)),
  )
}

function unique(list: string[]): string[] {
  return [...new Set(list)]
}

function uniqueBy<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>()
  return list.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)))
}

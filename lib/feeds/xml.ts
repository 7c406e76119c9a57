// XML text helpers shared by the feed and sitemap builders.

// Characters XML 1.0 forbids anywhere in a document (C0 controls but tab, LF and CR; lone
// surrogates; U+FFFE and U+FFFF). A stray one pasted into a headline would make the whole feed
// unparseable, so they are dropped.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text without characters XML 1.0 cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML_CHARS, '')
}

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** Escaped for XML text content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

// A path made only of characters a URL keeps as they are (our slugs), on a bare origin such as
// SITE_URL: joining them is what the URL parser would do, at a fraction of the cost.
const PLAIN_PATH = /^\/(?!\/)(?:[A-Za-z0-9\-_~]|\/(?!\.)|\.(?!\.|\/|$))*$/
const BARE_ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/

/** Absolute URL of a site path on the given origin (an absolute URL is kept as it is). */
export function absoluteOn(origin: string, pathOrUrl: string): string {
  // Sitemaps print tens of thousands of these: skip the parser in the common case.
  if (BARE_ORIGIN.test(origin) && PLAIN_PATH.test(pathOrUrl)) return origin + pathOrUrl
  return new URL(pathOrUrl, origin).href
}

/** W3C datetime for sitemaps (UTC, seconds precision), or null for a missing/invalid date. */
export function w3cDate(value: string | number | null | undefined): string | null {
  if (value == null || value === '') return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return `${date.toISOString().slice(0, 19)}Z`
}

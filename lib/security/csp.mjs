// @ts-check
// The Content-Security-Policy, in one place for next.config.ts (every response), proxy.ts (a
// fresh nonce for each page Next renders) and the page cache (the nonce of a cached page traded
// for the hashes of its inline scripts, computed once when the page is stored).
//
// No script, style, frame or plugin from another origin, no <base> hijack, no form posting
// elsewhere, no framing by other sites. Radio and TV streams may live on any host, so media may
// come from anywhere. Inline scripts (Next's hydration data) run only with this response's nonce
// or their exact hash: an injected <script> or event handler never runs.
import crypto from 'node:crypto'

/** @param {string} scriptSources what script-src allows beside 'self' */
export function contentSecurityPolicy(scriptSources = '') {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptSources ? ` ${scriptSources}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' https: http:",
    // blob: the upload form reads the chosen file back (size and preview) before sending it.
    "connect-src 'self' blob:",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/** A nonce for one response: 128 random bits. */
export function newNonce() {
  return crypto.randomBytes(16).toString('base64')
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const EXECUTABLE_TYPE = /\btype\s*=\s*["']?(?!(?:text|application)\/(?:javascript|ecmascript)\b|module\b)[^"'\s>]/i

/**
 * For a page stored in the cache: the policy with the hash of each inline script instead of the
 * nonce Next rendered it with, and the HTML without the nonce (it would be the same for every
 * reader, so it must not be what lets a script run).
 * @param {string} html
 * @param {string} policy the policy the page was rendered with
 * @returns {{ html: string, policy: string } | null} null when the policy carries no nonce
 */
export function hashInlineScripts(html, policy) {
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy)?.[1]
  if (!nonce) return null
  /** @type {Set<string>} */
  const hashes = new Set()
  for (const [, attributes = '', content = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || EXECUTABLE_TYPE.test(attributes)) continue
    hashes.add(`'sha256-${crypto.createHash('sha256').update(content, 'utf8').digest('base64')}'`)
  }
  return {
    html: html.replaceAll(` nonce="${nonce}"`, ''),
    policy: policy.replace(`'nonce-${nonce}'`, [...hashes].join(' ')).replace(/script-src 'self' ;/, "script-src 'self';"),
  }
}

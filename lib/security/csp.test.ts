import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, hashInlineScripts, newNonce } from './csp.mjs'

const sha = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`

describe('content security policy', () => {
  it('allows no inline script unless given a nonce or hashes', () => {
    expect(contentSecurityPolicy()).toContain("script-src 'self';")
    expect(contentSecurityPolicy("'nonce-abc'")).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(contentSecurityPolicy("'nonce-abc'")).toContain("script-src 'self' 'nonce-abc';")
    expect(newNonce()).not.toBe(newNonce())
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })

  it('trades a cached page’s nonce for the hashes of its inline scripts', () => {
    const policy = contentSecurityPolicy("'nonce-N0nce+/='")
    const html = [
      '<html><head><script src="/_next/static/chunks/a.js" nonce="N0nce+/=" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>',
      '<script nonce="N0nce+/=">self.__next_f=self.__next_f||[]</script>',
      '<script nonce="N0nce+/=">self.__next_f.push([1,"é « Mopti »"])</script>',
      '<script nonce="N0nce+/=">self.__next_f=self.__next_f||[]</script>',
      '</body></html>',
    ].join('')
    const result = hashInlineScripts(html, policy)!
    expect(result.html).not.toContain('nonce')
    expect(result.html).toContain('<script src="/_next/static/chunks/a.js" async=""></script>')
    expect(result.policy).not.toContain('nonce')
    expect(result.policy).toContain(`script-src 'self' ${sha('self.__next_f=self.__next_f||[]')} ${sha('self.__next_f.push([1,"é « Mopti »"])')};`)
    // Data blocks run nothing and get no hash; an external script needs none.
    expect(result.policy).not.toContain(sha('{"@type":"NewsArticle"}'))
    expect(result.policy.match(/sha256-/g)).toHaveLength(2)
  })

  it('leaves a policy without a nonce alone, and a page without inline script gets none allowed', () => {
    expect(hashInlineScripts('<script>x()</script>', contentSecurityPolicy())).toBeNull()
    expect(hashInlineScripts('<p>rien</p>', contentSecurityPolicy("'nonce-abc'"))?.policy).toContain("script-src 'self';")
  })
})

// A fresh nonce for every page Next renders: Next reads it from the request's policy and puts it
// on its own inline scripts; the response carries the same policy. Pages kept by the page cache
// trade it for hashes when they are stored (lib/security/csp.mjs, scripts/server.mjs). Access
// control is not done here: every page, action and route handler checks the session itself.
import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp.mjs'

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(`'nonce-${newNonce()}'`)
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  // Pages only: assets, media, feeds, sitemaps, share images and API answers run no script (they
  // keep next.config.ts's policy, which allows no inline script at all).
  matcher: [
    {
      source: '/((?!_next/static|_next/image|media/|api/|partage/|feed\\.xml|news-sitemap\\.xml|sitemap|sitemaps/|robots\\.txt|icon\\.png|favicon\\.ico|.*/feed\\.xml).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}

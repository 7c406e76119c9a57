import type { NextConfig } from 'next'
import { contentSecurityPolicy } from './lib/security/csp.mjs'

// Defence in depth behind the body renderer that cannot emit script. This policy, with no inline
// script at all, covers every response; pages get the same policy with a nonce from proxy.ts
// (and, once stored by the page cache, with the hashes of their inline scripts instead).
const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers take it only over HTTPS; one year, this host only.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
]

const nextConfig: NextConfig = {
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // The reader script is always linked with its content's hash (lib/reader-script.ts).
      { source: '/reader.js', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ]
  },
  // A second build folder lets two developers build and serve side by side (NEXT_DIST_DIR=.next-b).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3', 'sharp'],
  images: {
    // Uploads are served by app/media/[...path]/route.ts from UPLOADS_DIR.
    localPatterns: [{ pathname: '/media/**' }],
    formats: ['image/webp'],
    deviceSizes: [360, 414, 640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 240, 320],
    qualities: [70, 75],
    minimumCacheTTL: 31_536_000,
  },
  typedRoutes: false,
}

export default nextConfig

import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
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

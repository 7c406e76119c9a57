import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'db/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    server: { deps: { inline: ['server-only'] } },
    alias: { 'server-only': path.join(root, 'lib/test/server-only-stub.ts') },
  },
})

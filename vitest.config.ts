import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'db/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    server: { deps: { inline: ['server-only'] } },
    alias: { 'server-only': path.resolve(__dirname, 'lib/test/server-only-stub.ts') },
  },
})

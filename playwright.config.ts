import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { E2E } from './e2e/env'

// End-to-end tests: Debian's chromium against the production build (`next build`, served by
// `npm start`'s own script and its page cache) and a throwaway SQLite file (see scripts/test.ts).
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: path.join(E2E.dir, 'playwright.json') }]],
  outputDir: path.join(E2E.dir, 'test-results'),
  use: {
    baseURL: E2E.baseUrl,
    locale: 'fr-FR',
    timezoneId: 'Africa/Bamako',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node --import tsx scripts/start.ts',
    url: `${E2E.baseUrl}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(E2E.port),
      DATABASE_PATH: E2E.databasePath,
      UPLOADS_DIR: E2E.uploadsDir,
      SITE_URL: E2E.baseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      // Short delays so a test sees a view counted and "Les plus lus" refreshed in seconds.
      VIEWS_FLUSH_MS: '300',
      MOST_READ_REFRESH_SECONDS: '2',
      // The scheduler looks for due stories every second instead of every ten.
      SCHEDULER_INTERVAL_MS: '1000',
    },
  },
})

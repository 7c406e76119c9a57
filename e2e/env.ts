import path from 'node:path'

/** Where the end-to-end run keeps its server, database and uploads: never the real ones. */
const dir = path.resolve(__dirname, '..', '.e2e')
const port = Number(process.env.E2E_PORT ?? 3107)

export const E2E = {
  dir,
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  databasePath: path.join(dir, 'kibaru-test.db'),
  uploadsDir: path.join(dir, 'uploads'),
  /** Synthetic stories added to the demo content so listings have several pages. */
  syntheticArticles: 300,
}

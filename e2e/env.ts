import path from 'node:path'

/** Where the end-to-end run keeps its server, database and uploads: never the real ones. */
// E2E_DIR lets two people run the suite side by side (with their own E2E_PORT and NEXT_DIST_DIR).
const dir = path.resolve(__dirname, '..', process.env.E2E_DIR ?? '.e2e')
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

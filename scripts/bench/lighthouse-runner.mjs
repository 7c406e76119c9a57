// Runs Lighthouse in a plain Node process: under tsx, esbuild's keepNames helpers (__name) end up
// in the functions Lighthouse sends to the browser, which then fail there.
// Usage: node scripts/bench/lighthouse-runner.mjs <out-dir> <runs> <name>=<url>…
// Writes <out-dir>/<name>-<n>.json (one Lighthouse result per run).
import fs from 'node:fs'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const [outDir, runs, ...pages] = process.argv.slice(2)
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
try {
  for (const page of pages) {
    const [name, url] = [page.slice(0, page.indexOf('=')), page.slice(page.indexOf('=') + 1)]
    for (let n = 1; n <= Number(runs); n++) {
      // Lighthouse's default config: mobile emulation (Moto G Power) and simulated throttling.
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      fs.writeFileSync(path.join(outDir, `${name}-${n}.json`), JSON.stringify(result.lhr))
      console.log(`${name} run ${n}: performance ${Math.round((result.lhr.categories.performance?.score ?? 0) * 100)}`)
    }
  }
} finally {
  await chrome.kill()
}

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
      // A run whose trace recording failed (NO_NAVSTART, NO_FCP…: Lighthouse asks to run again)
      // measured nothing; it is run again, twice at most, and said so.
      let lhr
      for (let attempt = 1; ; attempt++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        lhr = result.lhr
        if (!lhr.runtimeError || attempt === 3) break
        console.log(`${name} run ${n}: Lighthouse failed to record the page (${lhr.runtimeError.code}), running it again`)
      }
      fs.writeFileSync(path.join(outDir, `${name}-${n}.json`), JSON.stringify(lhr))
      console.log(`${name} run ${n}: performance ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}`)
    }
  }
} finally {
  await chrome.kill()
}

// Every end-to-end test runs with a content-security-policy guard: a violation reported by
// chromium in any page the test opens (its own context or one it made with browser.newContext())
// fails the test. A spec that provokes violations on purpose says so with
// test.use({ allowCspViolations: true }).
import { test as base, type BrowserContext, type Page } from '@playwright/test'

export * from '@playwright/test'

export const test = base.extend<{ allowCspViolations: boolean; cspGuard: void }>({
  allowCspViolations: [false, { option: true }],
  cspGuard: [
    async ({ browser, context, allowCspViolations }, use, testInfo) => {
      const violations: string[] = []
      const watchPage = (page: Page) =>
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()} — ${message.text()}`)
        })
      const watchContext = (c: BrowserContext) => {
        c.pages().forEach(watchPage)
        c.on('page', watchPage)
      }
      watchContext(context)
      const newContext = browser.newContext.bind(browser)
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const made = await newContext(...args)
        watchContext(made)
        return made
      }
      try {
        await use()
      } finally {
        browser.newContext = newContext
      }
      if (!allowCspViolations && violations.length) {
        testInfo.annotations.push({ type: 'csp', description: violations.join('\n') })
        throw new Error(`Violations de la politique de sécurité du contenu :\n${violations.join('\n')}`)
      }
    },
    { auto: true },
  ],
})

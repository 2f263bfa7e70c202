import { test as base, expect, type Page } from '@playwright/test'

/** Problems the page reported: uncaught errors, console errors, failed or foreign requests. */
export type PageProblems = string[]

/**
 * The browser edition in Chromium, watched for console errors and for any request that leaves
 * 127.0.0.1 (the app must work with no network at all).
 */
export const test = base.extend<{ appPage: Page; problems: PageProblems }>({
  problems: async ({}, use) => {
    await use([])
  },
  appPage: async ({ page, problems }, use) => {
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['127.0.0.1', ''].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
        problems.push(`outbound: ${request.url()}`)
    })
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`http ${response.status()}: ${response.url()}`)
    })
    await page.goto('/')
    await use(page)
  },
})

export { expect }

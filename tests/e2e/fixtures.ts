import { test as base, expect, type Page } from '@playwright/test'

/** Problems the page reported: uncaught errors, console errors, failed or foreign requests. */
export type PageProblems = string[]

/**
 * The browser edition in Chromium, watched for console errors and for any request that leaves
 * 127.0.0.1 (the app must work with no network at all).
 */
export const test = base.extend<{
  appPage: Page
  problems: PageProblems
  operators: boolean
  knownAddress: boolean
}>({
  // The operator of each mode, as if someone had given a name on this machine before (the app
  // asks for it once per mode before appraising, publishing, restoring…). A spec that tests the
  // asking itself turns it off: `test.use({ operators: false })`.
  operators: [true, { option: true }],
  // The address as used before, so a fresh profile's empty database is not taken for a site moved
  // to a new address (the notice it would show). A spec that tests the notice turns it off:
  // `test.use({ knownAddress: false })`.
  knownAddress: [true, { option: true }],
  context: async ({ context, operators, knownAddress }, use) => {
    if (operators) await context.addInitScript(presetOperators)
    if (knownAddress) await context.addInitScript(presetKnownAddress)
    await use(context)
  },
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

/**
 * Runs in the page before the app: an operator per mode unless one is stored already. It runs in
 * every document of the context, so a page without storage (about:blank) is left alone.
 */
export function presetOperators() {
  if (window.location.protocol !== 'http:' && window.location.protocol !== 'https:') return
  for (const mode of ['unit', 'evaluator', 'manager']) {
    const key = `ictwb.operator.${mode}`
    if (window.localStorage.getItem(key) === null)
      window.localStorage.setItem(key, JSON.stringify({ name: 'Kiểm thử tự động', position: '' }))
  }
}

/** Runs in the page before the app: this address counts as one the data was used at (`ictwb.dataAddresses`). */
export function presetKnownAddress() {
  if (window.location.protocol !== 'http:' && window.location.protocol !== 'https:') return
  const key = 'ictwb.dataAddresses'
  if (window.localStorage.getItem(key) === null)
    window.localStorage.setItem(key, JSON.stringify([window.location.origin + window.location.pathname]))
}

export { expect }

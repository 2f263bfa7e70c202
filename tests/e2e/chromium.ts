import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

/** Flags that keep headless Chromium off the (closed) network and quiet. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
]

/**
 * Chromium for the end-to-end tests: PLAYWRIGHT_CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then Playwright's own browser; fails with one sentence saying how to install one.
 */
export function findChromium(): string {
  const candidates = [process.env['PLAYWRIGHT_CHROMIUM_PATH'], '/usr/bin/chromium']
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // fall through to the message below
  }
  throw new Error(
    'No Chromium found: install it with "sudo apt-get install -y chromium" or set PLAYWRIGHT_CHROMIUM_PATH.',
  )
}

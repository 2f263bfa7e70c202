import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumArgs, findChromium } from './chromium'

/** A Chromium started by us on a persistent profile, driven over CDP, that a test may kill. */
export type KillableChromium = {
  readonly child: ChildProcess
  readonly browser: Browser
  readonly page: Page
}

/**
 * Starts Chromium on `profile` as its own process group (so `killChromium` can kill all of it at
 * once, as a crash would), connects Playwright over CDP and opens `url`. `stderrTo` appends
 * Chromium's log to a file; `args` adds flags; `initScripts` run in every page before the app.
 *
 * @example
 *   const running = await launchKillable(profile, 'http://127.0.0.1:4790/')
 */
export async function launchKillable(
  profile: string,
  url: string,
  options: {
    readonly args?: readonly string[]
    readonly stderrTo?: string
    readonly initScripts?: readonly (() => void)[]
  } = {},
): Promise<KillableChromium> {
  rmSync(join(profile, 'DevToolsActivePort'), { force: true })
  const args = [
    ...chromiumArgs,
    `--user-data-dir=${profile}`,
    '--remote-debugging-port=0',
    ...(options.args ?? []),
    'about:blank',
  ]
  const log = options.stderrTo === undefined ? null : openSync(options.stderrTo, 'a')
  const child = spawn(findChromium(), args, { detached: true, stdio: ['ignore', 'ignore', log ?? 'ignore'] })
  if (log !== null) closeSync(log)
  const portFile = join(profile, 'DevToolsActivePort')
  for (
    let waited = 0;
    !existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2;
    waited += 50
  ) {
    if (waited > 15_000) throw new Error('Chromium did not start')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0]
  // Local: files are handed to the page by path (a backup file may be larger than 50 MB).
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { isLocal: true })
  const context = browser.contexts()[0] ?? (await browser.newContext())
  for (const script of options.initScripts ?? []) await context.addInitScript(script)
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(url)
  return { child, browser, page }
}

/**
 * SIGKILL to the browser's process group: the whole browser dies at once, as in a crash.
 *
 * @example
 *   killChromium(running)
 */
export function killChromium(running: KillableChromium): void {
  if (running.child.pid !== undefined) {
    try {
      process.kill(-running.child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

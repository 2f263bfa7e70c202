import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, type Page } from '@playwright/test'
import { launchKillable, killChromium, type KillableChromium } from './killableChromium'
import { databaseContents } from './pages/databaseContents'

// Part of the suite (50 rounds of 6–26 s typing, about two thousand confirmed saves; ICTWB_DURABILITY_ROUNDS
// to change): the browser is killed with
// SIGKILL (its whole process group) at a random moment while the officer types and autosave runs,
// then restarted on the same profile. After each restart the stored answer must be at least the
// last one the status confirmed ("Đã lưu"), and the submission row and its audit entry, written in
// one transaction, must agree (no torn record). Reliability §5.3 SAVE-02.
// A submission missing after a kill, or a database Chromium emptied (the app then shows its wipe
// screen), is lost data: counted in `lost` and named in the summary line, never a test error. The
// rounds stop there: nothing is left to type into.
// Chromium's own log is kept (test-results/durability/chromium.log, every launch appended with a
// marker line, IndexedDB and LevelDB at verbose level 1): a loss prints what Chromium logged about
// storage around it, and the summary line counts the storage errors Chromium logged in the run.

const ROUNDS = Number(process.env['ICTWB_DURABILITY_ROUNDS'] ?? 50)
const FIELD = 'SoCuocHopBCD'
const DTI = 'Bộ chỉ số chuyển đổi số (DTI) cấp huyện'

type Running = KillableChromium

const LOG_FOLDER = 'test-results/durability'
const LOG = join(LOG_FOLDER, 'chromium.log')
const LEVELDB_LOG = join(LOG_FOLDER, 'leveldb.log')
/** Chromium's log lines about storage (IndexedDB, LevelDB, quota, blobs, corruption). */
const STORAGE_LINE = /indexed_?db|leveldb|quota|blob|corrupt|database|\bIO error/i
/** A storage line that reports a failure, not routine progress. */
const STORAGE_ERROR = /:(ERROR|FATAL|WARNING):|error|fail|corrupt/i

async function launch(profile: string, baseURL: string, label: string): Promise<Running> {
  mkdirSync(LOG_FOLDER, { recursive: true })
  appendFileSync(LOG, `=== ${label} ${new Date().toISOString()} ===\n`)
  return launchKillable(profile, baseURL, {
    args: ['--enable-logging=stderr', '--v=0', '--vmodule=*indexed_db*=1,*leveldb*=1'],
    stderrTo: LOG,
  })
}

const kill = killChromium

async function storedState(page: Page, id: string): Promise<{ value: number | null; torn: boolean }> {
  return page.evaluate(
    ({ id, field }) =>
      new Promise<{ value: number | null; torn: boolean }>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const tx = request.result.transaction(['submissions', 'auditLog'])
          const rowRequest = tx.objectStore('submissions').get(id)
          const cursor = tx.objectStore('auditLog').index('entityId').openCursor(IDBKeyRange.only(id), 'prev')
          let latest: { action: string; detail: { changes: { field: string; new: unknown }[] } } | null = null
          cursor.onsuccess = () => {
            latest = (cursor.result?.value as typeof latest) ?? null
          }
          tx.oncomplete = () => {
            const value = (rowRequest.result?.answers?.[field] as number | undefined) ?? null
            const change =
              latest?.action === 'submission.saved'
                ? latest.detail.changes.find((item) => item.field === field)
                : undefined
            resolve({ value, torn: change !== undefined && change.new !== value })
            request.result.close()
          }
        }
      }),
    { id, field: FIELD },
  )
}

/**
 * LevelDB's own log of the app's IndexedDB (`LOG` in the profile's `.indexeddb.leveldb` folder:
 * this open's recovery of the write-ahead log, compactions, corruption found; LevelDB starts a new
 * one at every open), appended to test-results/durability/leveldb.log under `label` and returned.
 */
function collectLevelDbLog(profile: string, label: string): string {
  const folder = join(profile, 'Default', 'IndexedDB')
  const texts: string[] = []
  if (existsSync(folder))
    for (const database of readdirSync(folder).filter((name) => name.endsWith('.indexeddb.leveldb'))) {
      const path = join(folder, database, 'LOG')
      if (existsSync(path)) texts.push(`--- ${label}: ${database}/LOG\n${readFileSync(path, 'utf8')}`)
    }
  const text = texts.join('\n') || `--- ${label}: no LevelDB log in the profile\n`
  appendFileSync(LEVELDB_LOG, text)
  return text
}

/** Chromium's storage lines of the log since the marker of launch `from` (its `last` ones). */
function storageLines(from: string, last = 60): string[] {
  const text = existsSync(LOG) ? readFileSync(LOG, 'utf8') : ''
  const start = text.lastIndexOf(`=== ${from} `)
  return text
    .slice(Math.max(0, start))
    .split('\n')
    .filter((line) => STORAGE_LINE.test(line))
    .slice(-last)
}

/**
 * Why the questionnaire did not reopen, when it is lost data: `emptied` when the app shows its
 * wipe screen or the database holds no submission at all, `missing` when other submissions are
 * there but not this one. Null for anything else (a crash of the page, a slow start), which stays
 * a test error.
 */
async function classifyLoss(page: Page, id: string): Promise<'emptied' | 'missing' | null> {
  const wipeScreen = await page
    .getByRole('heading', { level: 1, name: 'Dữ liệu trên máy này đã bị mất' })
    .isVisible()
    .catch(() => false)
  if (wipeScreen) return 'emptied'
  const found = await page.evaluate(async (id) => {
    if (!(await indexedDB.databases()).some((info) => info.name === 'ict-index-workbench'))
      return { count: 0, has: false }
    return new Promise<{ count: number; has: boolean }>((resolve) => {
      const request = indexedDB.open('ict-index-workbench')
      request.onerror = () => resolve({ count: 0, has: false })
      request.onsuccess = () => {
        const database = request.result
        if (!database.objectStoreNames.contains('submissions')) {
          database.close()
          resolve({ count: 0, has: false })
          return
        }
        const store = database.transaction('submissions').objectStore('submissions')
        const count = store.count()
        const row = store.getKey(id)
        row.onsuccess = () => {
          database.close()
          resolve({ count: count.result, has: row.result !== undefined })
        }
      }
    })
  }, id)
  if (found.count === 0) return 'emptied'
  return found.has ? null : 'missing'
}

test('no confirmed answer is lost and no record is torn when the browser is killed during autosave', async ({
  baseURL,
}) => {
  test.setTimeout(45 * 60_000)
  const profile = mkdtempSync(join(tmpdir(), 'ictwb-durability-'))
  const appURL = baseURL ?? 'http://127.0.0.1:4790/'
  rmSync(LOG_FOLDER, { recursive: true, force: true })
  let running = await launch(profile, appURL, 'launch 0')
  await running.page.goto(`${appURL}#/unit`)
  await running.page.getByLabel('Mã đơn vị').fill('UBND-HK')
  await running.page.getByLabel('Tên đơn vị').fill('Ủy ban nhân dân huyện Hương Khê')
  await running.page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click()
  await running.page.getByRole('button', { name: `Khai phiếu năm 2026: ${DTI}` }).click()
  await expect(running.page.getByRole('heading', { level: 1, name: DTI })).toBeVisible()
  const questionnaireURL = running.page.url()
  const id = decodeURIComponent(questionnaireURL.split('#/unit/submission/')[1] ?? '')

  let acknowledged = 0
  let next = 1
  let totalAcknowledged = 0
  let lost = 0
  let emptied = 0
  let missing = 0
  let torn = 0
  let rounds = 0
  for (let round = 0; round < ROUNDS; round += 1) {
    const page = running.page
    const field = page.getByRole('textbox', { name: new RegExp(`^${FIELD} `) })
    const status = page.getByRole('status').and(page.getByTestId('save-status'))
    const deadline = Date.now() + 6000 + Math.random() * 20_000
    const typing = (async () => {
      while (Date.now() < deadline) {
        const value = next
        next += 1
        await field.fill(String(value))
        await expect(status).toHaveText('Đã lưu', { timeout: 2000 })
        acknowledged = value
        totalAcknowledged += 1
      }
    })().catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())))
    kill(running)
    await typing
    await running.browser.close().catch(() => undefined)

    running = await launch(profile, questionnaireURL, `launch ${round + 1}`)
    const reopened = await running.page
      .getByRole('textbox', { name: new RegExp(`^${FIELD} `) })
      .waitFor({ timeout: 15_000 })
      .then(
        () => true,
        () => false,
      )
    if (!reopened) {
      const loss = await classifyLoss(running.page, id)
      const holds = JSON.stringify(await databaseContents(running.page))
      if (loss === null)
        throw new Error(
          `round ${round + 1}: the questionnaire did not reopen after the kill; what the browser holds: ${holds}`,
        )
      lost += 1
      if (loss === 'emptied') emptied += 1
      else missing += 1
      console.log(`round ${round + 1}: data lost after the kill (${loss}); what the browser holds: ${holds}`)
      console.log(`LevelDB's log of this open:\n${collectLevelDbLog(profile, `round ${round + 1}`)}`)
      console.log(
        `Chromium's storage log since launch ${round} (before the kill) in ${LOG}:\n${storageLines(`launch ${round}`).join('\n')}`,
      )
      rounds = round + 1
      break
    }
    rounds = round + 1
    const levelDb = collectLevelDbLog(profile, `round ${round + 1}`)
    const state = await storedState(running.page, id)
    if (state.value === null ? acknowledged > 0 : state.value < acknowledged) {
      lost += 1
      console.log(
        `round ${round + 1}: ${acknowledged} was confirmed, ${state.value} is stored; LevelDB's log of this open:\n${levelDb}`,
      )
    }
    if (state.torn) torn += 1
    next = Math.max(next, (state.value ?? 0) + 1)
  }
  kill(running)
  await running.browser.close().catch(() => undefined)
  const corruption = readFileSync(LEVELDB_LOG, 'utf8')
    .split('\n')
    .filter((text) => /corrupt/i.test(text))
  rmSync(profile, { recursive: true, force: true })
  const storageErrors = storageLines('launch 0', Infinity).filter((line) => STORAGE_ERROR.test(line))
  const line = `${rounds} of ${ROUNDS} kills, ${totalAcknowledged} confirmed saves, ${lost} lost (${emptied} database emptied, ${missing} submission missing, ${lost - emptied - missing} older answer), ${torn} torn records; Chromium logged ${storageErrors.length} storage errors, LevelDB ${corruption.length} corruption lines`
  console.log(line)
  for (const error of [...storageErrors, ...corruption].slice(0, 20)) console.log(`  Chromium: ${error}`)
  test.info().annotations.push({ type: 'measurement', description: line })
  expect({ lost, emptied, missing, torn }).toEqual({ lost: 0, emptied: 0, missing: 0, torn: 0 })
  expect(totalAcknowledged).toBeGreaterThan(ROUNDS * 20)
})

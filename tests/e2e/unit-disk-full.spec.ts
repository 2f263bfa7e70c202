import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { killChromium, launchKillable, type KillableChromium } from './killableChromium'
import { databaseContents } from './pages/databaseContents'
import { unitTestFramework } from './pages/QuestionnaireTestFramework'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'

// Chromium's profile on a small tmpfs, filled until IndexedDB fails for real (reliability §3.3,
// SAVE-04). Checks that the failure is reported as "disk full", that the edit stays on screen and
// nothing partial is stored, and that the retry succeeds once space is freed. Mounting a tmpfs needs
// root (CI runs as root); elsewhere the test is skipped and scripts/test-all.sh prints why.
const mountRefusal = ((): string | null => {
  if (process.getuid?.() !== 0) return 'needs root to mount a small tmpfs for the browser profile'
  const probe = mkdtempSync(join(tmpdir(), 'ictwb-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return null
  } catch (error) {
    return `this machine refuses to mount a tmpfs (${(error as Error).message.split('\n')[0]})`
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
})()
test.skip(mountRefusal !== null, mountRefusal ?? '')

/** Fills the file system with a ballast file until it is full (dd stops at ENOSPC). */
function fillDisk(path: string): void {
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${path}`, 'bs=64k'], { stdio: 'ignore' })
  } catch {
    // dd exits non-zero when the disk is full: that is the point
  }
}

test('a full disk is reported plainly, the edit is kept, nothing partial is stored, and the autosave stores it by itself once space is freed', async ({
  baseURL,
}) => {
  test.setTimeout(5 * 60_000)
  const mountPoint = mkdtempSync(join(tmpdir(), 'ictwb-full-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', mountPoint])
  let running: KillableChromium | undefined
  try {
    const profile = join(mountPoint, 'profile')
    mkdirSync(profile)
    running = await launchKillable(profile, 'about:blank')
    const page = running.page
    await page.goto(`${baseURL ?? 'http://127.0.0.1:4790/'}#/unit`)
    const home = new QuestionnaireUnitHomePage(page)
    const questionnaire = new QuestionnairePage(page)
    await home.createProfile({ code: 'SNV', name: 'Sở Nội vụ', group: 'Sở, ban, ngành' })
    await home.importFramework('khung.json', unitTestFramework())
    await home.startQuestionnaire('Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT', 2025)
    await questionnaire.typeAnswer('MayTinh', '10')
    await questionnaire.waitUntilSaved()

    // 1. Leave about 3 MB free, then attach 6 MB of random (incompressible: LevelDB compresses)
    // bytes: the transaction aborts for real.
    const ballast = join(mountPoint, 'ballast')
    const freeBytes = Number(
      execFileSync('df', ['--output=avail', '-B1', mountPoint], { encoding: 'utf8' }).trim().split('\n')[1],
    )
    execFileSync('fallocate', ['-l', String(Math.max(0, freeBytes - 3 * 1024 * 1024)), ballast])
    await questionnaire.openSection('Ứng dụng CNTT')
    await questionnaire.attachEvidence('KiemChung', [
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: randomBytes(6 * 1024 * 1024) },
    ])
    const notice = questionnaire.question('KiemChung').locator('.field-message')
    await expect(notice).toBeVisible({ timeout: 60_000 })
    const evidenceFailure = (await notice.textContent()) ?? ''
    console.log(`evidence failure: ${evidenceFailure}`)
    expect(evidenceFailure).toContain('đã đầy')
    await expect(questionnaire.question('KiemChung')).toContainText('Chưa đính kèm tệp nào')

    // 2. The disk is full to the last byte: a small autosave fails too. LevelDB may free pages after
    // the failed write (seen: 1 run in 10 saved the next edit on a disk dd had just filled), so the
    // disk is filled again before each try, up to three edits, and one of them must fail.
    await questionnaire.openSection('Hạ tầng kỹ thuật')
    const ballasts: string[] = []
    let kept = ''
    for (const value of ['7', '8', '9']) {
      ballasts.push(join(mountPoint, `ballast-${value}`))
      fillDisk(ballasts.at(-1) ?? '')
      kept = value
      await questionnaire.typeAnswer('MayTinhInternet', value)
      await expect(questionnaire.saveStatus).toHaveText(/^(Đã lưu|Chưa lưu được)/, { timeout: 15_000 })
      if ((await questionnaire.saveStatus.textContent())?.startsWith('Chưa lưu được') === true) break
    }
    await expect(questionnaire.saveStatus).toContainText('Chưa lưu được')
    const statusText = await questionnaire.saveStatus.textContent()
    console.log(`autosave status: ${statusText} [${await questionnaire.saveStatus.getAttribute('title')}]`)
    await expect(questionnaire.control('MayTinhInternet')).toHaveValue(kept)
    await page.screenshot({ path: 'test-results/screenshots/unit-disk-full-vi.png' })

    // 3. Space freed: the autosave's own retry (every 15 s) stores the kept edit, with no click and no
    // reload, although Chromium closed the connection and Dexie's first reopen failed on the full disk
    // (core/storage/database.ts allowReopen; before it, 4 runs in 20 stayed on "database closed").
    rmSync(ballast)
    for (const path of ballasts) rmSync(path)
    const damaged = 'kho dữ liệu trên máy bị hỏng'
    await expect(questionnaire.saveStatus)
      .toHaveText(new RegExp(`^Đã lưu$|${damaged}`), { timeout: 30_000 })
      .catch(async (error: unknown) => {
        // Say what the browser still holds: a whole database emptied by Chromium after the full disk
        // is not the same failure as a row our code lost.
        console.log(`after freeing space, the browser holds: ${JSON.stringify(await databaseContents(page))}`)
        throw error
      })
    if ((await questionnaire.saveStatus.textContent())?.includes(damaged) === true) {
      // Chromium found its database files damaged after the full disk ("Corruption detected") and
      // discards them: no write can succeed (about 1 run in 4 on a loaded 2-core machine, 1 in 20
      // otherwise). The app must say so rather than "try again", keep the edit outside the
      // database, and on the next start show the loss instead of an empty app.
      console.log('the browser found its database damaged after the full disk: checking the rescue path')
      const rescued = await page.evaluate(() =>
        Object.entries(window.localStorage)
          .filter(([key]) => key.startsWith('ictwb.unsaved.'))
          .map(([, value]) => value),
      )
      expect(rescued).toHaveLength(1)
      expect(String(JSON.parse(rescued[0] ?? '{}').edits.answers.MayTinhInternet)).toBe(kept)
      await page.reload()
      await expect(page.getByRole('heading', { name: 'Dữ liệu trên máy này đã bị mất' })).toBeVisible({
        timeout: 30_000,
      })
      return
    }
    await page.reload()
    await expect(questionnaire.control('MayTinhInternet')).toHaveValue(kept)
    // Chromium reports a small write on a full disk either as QuotaExceededError ("the disk or storage
    // is full") or as an abort without an inner error ("refused, usually because the disk is full"):
    // either way the message names the cause.
    expect(statusText).toMatch(/ổ đĩa hoặc bộ nhớ lưu trữ đã đầy|thường do ổ đĩa đầy/)
  } finally {
    if (running !== undefined) killChromium(running)
    await running?.browser.close().catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, 500))
    execFileSync('umount', ['-l', mountPoint])
    rmSync(mountPoint, { recursive: true, force: true })
  }
})

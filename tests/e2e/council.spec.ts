import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { finalAnswers, type Appraisal } from '@core/assessment/appraisal'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { roundForPublication } from '@core/scoring/roundForPublication'
import { expect, test } from './fixtures'
import { shoot } from './guideScreens'
import { AppShellPage } from './pages/AppShellPage'
import { EvaluatorPage } from './pages/EvaluatorPage'

// The appraisal council (issue #16 part 4, decision 0025) with three browser profiles: the lead
// splits the units between two members (one unit shared), each member opens their work package
// in their own profile, appraises and exports; the lead imports both packages, settles the one
// item the members appraised differently, and the ranking is the one computed from the settled values.
const loaded = loadBuiltInFramework('dept-ict-readiness')
if (!loaded.ok) throw new Error('dept-ict-readiness')
const framework = loaded.value
const sample = generateSample({ framework, year: framework.year, seed: 11, anomalies: false })
if (!sample.ok) throw new Error('sample')
const submitted = sample.value.submissions.slice(0, 6).map(({ unit, answers }) => ({
  unit: { code: unit.code, name: unit.name, group: unit.groupName },
  answers,
}))
const [u1, u2, u3, u4, u5, u6] = submitted.map(({ unit }) => unit)
if (
  u1 === undefined ||
  u2 === undefined ||
  u3 === undefined ||
  u4 === undefined ||
  u5 === undefined ||
  u6 === undefined
)
  throw new Error('six units expected')
const AN = 'Nguyễn Văn An'
const BINH = 'Trần Thị Bình'
const outbox = mkdtempSync(join(tmpdir(), 'ictwb-council-'))
const appraisalsUnits = (name: string) => (name === AN ? 3 : 4)
const QUESTION = 'MayBan'
const OTHER_GROUP_QUESTION = 'QLVB'
const HTKT_QUESTIONS = framework.questions.filter((question) => question.section === 'HTKT').length
const declaredOf = (code: string) => submitted.find(({ unit }) => unit.code === code)?.answers ?? {}
const declaredCount = (code: string) => Number(declaredOf(code)[QUESTION] ?? 0)
// An appraises u1 and the shared u3; Bình appraises u3 (differently) and u5.
const AN_U1 = declaredCount(u1.code) + 3
const AN_U3 = declaredCount(u3.code) + 5
const BINH_U3 = declaredCount(u3.code) + 9
const BINH_U5 = Math.max(0, declaredCount(u5.code) - 4)
const SETTLE_REASON = 'Hội đồng họp ngày 10/3 thống nhất theo biên bản kiểm kê của Bình'
const viScore = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(
        roundForPublication(value, 4),
      )

/** A second or third profile: its own storage, an operator named, the address known (as the fixtures do). */
async function profile(browser: Browser, operator: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  await context.addInitScript((name) => {
    if (window.location.protocol !== 'http:') return
    for (const mode of ['unit', 'evaluator', 'manager'])
      if (window.localStorage.getItem(`ictwb.operator.${mode}`) === null)
        window.localStorage.setItem(`ictwb.operator.${mode}`, JSON.stringify({ name, position: '' }))
    if (window.localStorage.getItem('ictwb.dataAddresses') === null)
      window.localStorage.setItem(
        'ictwb.dataAddresses',
        JSON.stringify([window.location.origin + window.location.pathname]),
      )
  }, operator)
  const page = await context.newPage()
  await page.goto('/')
  return page
}

async function member(
  browser: Browser,
  name: string,
  workPackage: string,
  appraisals: readonly [string, number, string][],
) {
  const page = await profile(browser, name)
  const evaluator = new EvaluatorPage(page)
  await evaluator.open()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Mở gói công việc của hội đồng thẩm định…' }).click()
  await (await chooser).setFiles(workPackage)
  await expect(page.getByText(`thành viên hội đồng thẩm định ${name}`)).toBeVisible()
  // A member's share of the work publishes nothing: its appraisals go back to the lead.
  await expect(page.getByTestId('council-member-note')).toContainText(`thành viên hội đồng ${name}`)
  await expect(page.getByRole('button', { name: 'Công bố kết quả (khoá)' })).toHaveCount(0)
  if (name === AN) {
    await shoot(page, 'council-member')
    await page.screenshot({ path: 'test-results/screenshots/council-member-vi.png' })
    const shell = new AppShellPage(page)
    await shell.chooseLanguage('English')
    await expect(page.getByRole('button', { name: 'Export appraisal package' })).toBeVisible()
    await page.screenshot({ path: 'test-results/screenshots/council-member-en.png' })
    await shell.chooseLanguage('Tiếng Việt')
  }
  // Opening the same package again changes nothing: the same share of the work, still one assessment.
  await evaluator.open()
  const again = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Mở gói công việc của hội đồng thẩm định…' }).click()
  await (await again).setFiles(workPackage)
  await expect(page.getByText(`thành viên hội đồng thẩm định ${name}`)).toBeVisible()
  await evaluator.open()
  await expect(page.getByRole('region', { name: 'Các kỳ đánh giá' }).locator('tbody tr')).toHaveCount(1)
  await page
    .getByRole('region', { name: 'Các kỳ đánh giá' })
    .getByRole('link', { name: framework.name.vi })
    .click()
  await evaluator.openTab('Đơn vị và tình trạng')
  // Only the assigned units are there.
  await expect(evaluator.statusBoard.locator('tbody tr')).toHaveCount(appraisalsUnits(name))
  for (const [unitName, value, reason] of appraisals) {
    await evaluator.openUnit(unitName)
    await evaluator.showAllQuestions()
    await expect(evaluator.answerRow(QUESTION)).toBeVisible()
    // Bình's assignment is the technical infrastructure group: no question of another group shows.
    if (name === BINH) {
      await expect(evaluator.answerRow(OTHER_GROUP_QUESTION)).toHaveCount(0)
      await expect(page.locator('tr[data-question]').first()).toBeVisible()
      expect(await page.locator('tr[data-question]').count()).toBe(HTKT_QUESTIONS)
    } else await expect(evaluator.answerRow(OTHER_GROUP_QUESTION)).toBeVisible()
    await evaluator.appraise(QUESTION, String(value), reason)
    await expect(evaluator.answerRow(QUESTION)).toContainText(reason)
    await page.goBack()
  }
  await evaluator.openTab('Hội đồng thẩm định')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Xuất gói kết quả thẩm định' }).click()
  // Kept outside the profile: its downloads go when the context closes.
  const path = join(outbox, `${name === AN ? 'an' : 'binh'}-appraisals.zip`)
  await (await download).saveAs(path)
  await page.context().close()
  return path
}

test('a lead and two members appraise by file; the lead settles the one disagreement and the ranking follows', async ({
  appPage,
  browser,
  problems,
}) => {
  test.setTimeout(240_000)
  mkdirSync('test-results/screenshots', { recursive: true })
  await appPage.setViewportSize({ width: 1366, height: 768 })
  const lead = new EvaluatorPage(appPage)
  await lead.open()
  await lead.createAssessment({
    year: framework.year,
    frameworkName: framework.name.vi,
    unitsText: submitted.map(({ unit }) => [unit.code, unit.name, unit.group].join('\t')).join('\n'),
  })
  await lead.seedSubmittedAnswers(
    framework,
    framework.year,
    submitted.map(({ unit, answers }) => ({ unitCode: unit.code, answers })),
  )
  await lead.refreshSubmissions()
  await expect(lead.statusBoard.locator('tbody tr')).toHaveCount(submitted.length)

  await lead.openTab('Hội đồng thẩm định')
  const addMember = async (
    name: string,
    units: readonly { code: string; name: string }[],
    groups: readonly string[] = [],
  ) => {
    await appPage.getByRole('button', { name: 'Thêm thành viên' }).click()
    const form = appPage.getByRole('form', { name: 'Thành viên hội đồng' })
    await form.getByLabel('Họ và tên').fill(name)
    // Keyboard only: Tab to each unit's checkbox and Space to tick it.
    for (const unit of units) {
      await form.getByRole('checkbox', { name: `${unit.code} — ${unit.name}` }).focus()
      await appPage.keyboard.press('Space')
    }
    for (const group of groups) {
      await form.getByRole('checkbox', { name: group, exact: true }).focus()
      await appPage.keyboard.press('Space')
    }
    await form.getByRole('button', { name: 'Lưu thành viên' }).press('Enter')
    await expect(appPage.getByRole('row', { name: new RegExp(name) })).toBeVisible()
  }
  await addMember(AN, [u1, u2, u3])
  await addMember(BINH, [u3, u4, u5, u6], ['Hạ tầng kỹ thuật CNTT'])
  await shoot(appPage, 'evaluator-council', appPage.getByRole('region', { name: 'Thành viên và phân công' }))
  // Every member's work package in one action, with progress: one .zip holding one package each.
  const download = appPage.waitForEvent('download')
  await appPage.getByRole('button', { name: 'Ghi gói công việc cho mọi thành viên (.zip)…' }).click()
  const all = await download
  expect(all.suggestedFilename()).toMatch(/^goi-cong-viec-hoi-dong-.*\.zip$/)
  await expect(appPage.getByText('Đã lưu 2 gói công việc trong một tệp .zip')).toBeVisible()
  const packages = unzipSync(readFileSync(await all.path()))
  expect(Object.keys(packages)).toHaveLength(2)
  const packageOf = (slug: string) => {
    const [entry, bytes] = Object.entries(packages).find(([fileName]) => fileName.includes(slug)) ?? []
    if (entry === undefined || bytes === undefined) throw new Error(`no package for ${slug}`)
    const path = join(outbox, entry)
    writeFileSync(path, bytes)
    return path
  }
  const anPackage = packageOf('nguyen-van-an')
  const binhPackage = packageOf('tran-thi-binh')

  // The lead's profile holds the assessment of that framework and year: a work package is refused there.
  await lead.open()
  const refused = appPage.waitForEvent('filechooser')
  await appPage.getByRole('button', { name: 'Mở gói công việc của hội đồng thẩm định…' }).click()
  await (await refused).setFiles(anPackage)
  await expect(
    appPage
      .getByRole('alert')
      .filter({ hasText: `Máy này đã có một kỳ đánh giá của cùng bộ chỉ số cho năm ${framework.year}` }),
  ).toBeVisible()
  await expect(appPage.getByRole('region', { name: 'Các kỳ đánh giá' }).locator('tbody tr')).toHaveCount(1)
  await appPage
    .getByRole('region', { name: 'Các kỳ đánh giá' })
    .getByRole('link', { name: framework.name.vi })
    .click()
  await lead.openTab('Hội đồng thẩm định')

  const anAppraisals = await member(browser, AN, anPackage, [
    [u1.name, AN_U1, 'Biên bản kiểm kê tháng 2 có thêm 3 máy'],
    [u3.name, AN_U3, 'Hoá đơn mua sắm năm 2025'],
  ])
  const binhAppraisals = await member(browser, BINH, binhPackage, [
    [u3.name, BINH_U3, 'Biên bản kiểm kê cuối năm của đơn vị'],
    [u5.name, BINH_U5, 'Bốn máy đã thanh lý'],
  ])

  const importPackages = async (paths: readonly string[]) => {
    const chooser = appPage.waitForEvent('filechooser')
    await appPage.getByRole('button', { name: 'Chọn gói kết quả…' }).click()
    await (await chooser).setFiles([...paths])
  }
  await importPackages([anAppraisals, binhAppraisals])
  const results = appPage.locator('.council-import-results')
  await expect(results).toContainText(`đã nhập kết quả của ${AN}: thêm 2 kết quả thẩm định.`)
  await expect(results).toContainText(`đã nhập kết quả của ${BINH}: thêm 2 kết quả thẩm định.`)
  // The same package again, dragged from the file manager onto the import section: a no-op.
  const zone = appPage.getByTestId('council-drop-zone')
  const dataTransfer = await appPage.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer()
      const content = Uint8Array.from(atob(bytes), (char) => char.charCodeAt(0))
      transfer.items.add(new File([content], name, { type: 'application/zip' }))
      return transfer
    },
    { name: basename(anAppraisals), bytes: readFileSync(anAppraisals).toString('base64') },
  )
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await expect(zone).toHaveClass(/\bdrop-zone-active\b/)
  await zone.dispatchEvent('drop', { dataTransfer })
  await expect(results).toContainText('gói này đã được nhập trước đây, không có gì thay đổi.')

  const conflicts = appPage.getByRole('region', { name: 'Chỗ chưa thống nhất (1)' })
  await expect(conflicts.getByRole('row', { name: new RegExp(AN) })).toContainText('Hoá đơn mua sắm năm 2025')
  await expect(conflicts.getByRole('row', { name: new RegExp(BINH) })).toContainText(
    'Biên bản kiểm kê cuối năm của đơn vị',
  )
  await conflicts.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: 'test-results/screenshots/council-conflict-vi.png' })
  await shoot(appPage, 'evaluator-council-conflicts', conflicts)
  const shell = new AppShellPage(appPage)
  await shell.chooseLanguage('English')
  const english = appPage.getByRole('region', { name: 'Disagreements (1)' })
  await expect(english).toBeVisible()
  await english.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: 'test-results/screenshots/council-conflict-en.png' })
  await shell.chooseLanguage('Tiếng Việt')

  // Keyboard: choose Bình's value and give the reason, then settle.
  await conflicts.getByRole('radio', { name: new RegExp(`theo ${BINH}`) }).focus()
  await appPage.keyboard.press('Space')
  await conflicts.getByLabel('Lý do chốt (bắt buộc)').fill(SETTLE_REASON)
  await conflicts.getByRole('button', { name: 'Chốt giá trị' }).press('Enter')
  await expect(appPage.getByRole('region', { name: 'Chỗ chưa thống nhất (0)' })).toBeVisible()
  await appPage
    .getByRole('region', { name: 'Thành viên và phân công' })
    .evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await appPage.screenshot({ path: 'test-results/screenshots/council-members-vi.png' })

  // The final ranking is the one computed from the declared answers with the settled appraisals.
  const at = (n: number) => `2026-03-0${n}T00:00:00.000Z`
  const settled: Appraisal[] = [
    { unit: u1.code, question: QUESTION, value: AN_U1, reason: '', at: at(1) },
    { unit: u3.code, question: QUESTION, value: BINH_U3, reason: '', at: at(2) },
    { unit: u5.code, question: QUESTION, value: BINH_U5, reason: '', at: at(3) },
  ]
  const expected = computeAssessment(
    framework,
    submitted.map(({ unit, answers }) => ({
      ...unit,
      attributes: { group: unit.group },
      answers: finalAnswers(
        answers,
        settled.filter((appraisal) => appraisal.unit === unit.code),
      ),
    })),
  )
  const root = expected.components[expected.rootCode]
  await lead.openTab('Kết quả và xếp hạng')
  await expect(lead.rankingTable.locator('tbody tr')).toHaveCount(submitted.length)
  for (const line of await lead.rankingRows()) {
    const index = expected.units.findIndex((unit) => unit.code === line.code)
    expect(index, line.code).toBeGreaterThanOrEqual(0)
    expect(line.rank, line.code).toBe(String(root?.rank[index] ?? '—'))
    expect(line.composite, line.code).toBe(viScore(root?.score[index]))
  }
  await lead.openTab('Nhật ký')
  await expect(appPage.getByText(`nhập gói kết quả của ${AN}`)).toBeVisible()
  await expect(appPage.getByText(SETTLE_REASON)).toBeVisible()
  expect(problems).toEqual([])
})

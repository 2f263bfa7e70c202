import { describe, expect, it } from 'vitest'
import { appraisedPoints, type Appraisal } from '@core/assessment/appraisal'
import { previousIndicatorValues } from '@core/assessment/previousIndicatorValues'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { loadFramework } from '@core/framework/loadFramework'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { CellValue, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { withCell, withSheetRows } from '@core/formats/questionnaire/testing/editWorkbook'
import { MANIFEST_LAYOUT, MANIFEST_SHEET } from './manifestSheet'
import { SUMMARY_TABLE } from './summarySheet'
import { aReportInput } from './testing/aReportInput'
import type { ResultsReportInput } from './resultsReportInput'
import { verifyResultsReport, verifyResultsReportFile, type ReportDifference } from './verifyResultsReport'
import { writeResultsReport } from './writeResultsReport'

async function writtenWorkbook(input: ResultsReportInput = aReportInput()): Promise<SheetWorkbook> {
  const bytes = await writeResultsReport(input)
  if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))
  const workbook = await readWorkbook(bytes.value)
  if (!workbook.ok) throw new Error(JSON.stringify(workbook.error))
  return workbook.value
}

function differencesOf(workbook: SheetWorkbook): readonly ReportDifference[] {
  const verdict = verifyResultsReport(workbook)
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.error))
  return verdict.value.differences
}

const cellOf = (workbook: SheetWorkbook, sheet: string, row: number, column: number): CellValue =>
  workbook.sheets.find((candidate) => candidate.name === sheet)?.rows[row - 1]?.[column - 1] ?? null

/** The manifest's JSON text and a workbook holding another text in its place (chunks re-cut). */
function manifestText(workbook: SheetWorkbook): string {
  const sheet = workbook.sheets.find((candidate) => candidate.name === MANIFEST_SHEET)
  const count = Number(sheet?.rows[MANIFEST_LAYOUT.chunkCountRow - 1]?.[1])
  return (sheet?.rows ?? [])
    .slice(MANIFEST_LAYOUT.firstChunkRow - 1, MANIFEST_LAYOUT.firstChunkRow - 1 + count)
    .map((row) => String(row[0]))
    .join('')
}
function withManifestText(workbook: SheetWorkbook, text: string): SheetWorkbook {
  return withSheetRows(workbook, MANIFEST_SHEET, (rows) => {
    rows.splice(MANIFEST_LAYOUT.firstChunkRow - 1)
    rows.push([text])
    rows[MANIFEST_LAYOUT.chunkCountRow - 1] = ['json-chunks', 1]
    rows[MANIFEST_LAYOUT.lengthRow - 1] = ['json-length', text.length]
  })
}

describe('verifyResultsReport', () => {
  it('verifies a published version of the official results, whose number and digest the report prints', async () => {
    const digest = 'ab'.repeat(32)
    const workbook = await writtenWorkbook(
      aReportInput(6, {
        status: 'official',
        resultsVersion: { version: 2, digest },
        publishedAt: '2026-03-05T09:00:00.000Z',
      }),
    )
    const verdict = verifyResultsReport(workbook)

    expect(String(cellOf(workbook, 'Tổng hợp', 2, 1))).toContain('Phiên bản 2')
    expect(verdict.ok && verdict.value.differences).toEqual([])
    expect(verdict.ok && verdict.value.report?.resultsVersion).toBe(2)
  })

  it('finds every sheet of an unedited report as the manifest says (khớp), with the manifest very hidden', async () => {
    const workbook = await writtenWorkbook()
    const verdict = verifyResultsReport(workbook)

    expect(workbook.sheets.find((sheet) => sheet.name === MANIFEST_SHEET)?.state).toBe('veryHidden')
    expect(verdict.ok && verdict.value.differences).toEqual([])
    expect(verdict.ok && verdict.value.sheetsCompared).toEqual([
      'Tổng hợp',
      'HTKT',
      'HTNL',
      'UD',
      'Số liệu gốc',
      'Thẩm định',
      'Chỉ tiêu - giá trị',
      'Chỉ tiêu - chuẩn hoá',
      'Phương pháp',
    ])
    expect(verdict.ok && verdict.value.report).toMatchObject({ units: 6, year: 2025, status: 'official' })
  })

  it('names an edited composite score on Tổng hợp with the expected and found values', async () => {
    const workbook = await writtenWorkbook()
    const row = SUMMARY_TABLE.dataRow + 2
    const original = cellOf(workbook, 'Tổng hợp', row, 5) as number

    const differences = differencesOf(withCell(workbook, 'Tổng hợp', `E${row}`, original + 0.01))

    expect(differences).toEqual([
      { kind: 'cell', sheet: 'Tổng hợp', cell: `E${row}`, expected: original, found: original + 0.01 },
    ])
  })

  it('accepts a score rounded in its last digits (relative 1e-9) but not beyond', async () => {
    const workbook = await writtenWorkbook()
    const row = SUMMARY_TABLE.dataRow
    const original = cellOf(workbook, 'Tổng hợp', row, 5) as number

    expect(differencesOf(withCell(workbook, 'Tổng hợp', `E${row}`, original * (1 + 1e-12)))).toEqual([])
    expect(differencesOf(withCell(workbook, 'Tổng hợp', `E${row}`, original * (1 + 1e-8)))).toHaveLength(1)
  })

  it('verifies a report whose appraisals decide a unit’s response, and names an edited explanation or decision', async () => {
    const base = aReportInput()
    const kept: Appraisal = {
      ...(base.appraisals[0] as Appraisal),
      at: '2026-04-20T08:00:00.000Z',
      reason: 'Giữ kết quả: biên bản kiểm kê còn hiệu lực',
      response: { round: 2, responseId: 'cd'.repeat(32), decision: 'kept', explanation: 'Đã mua thêm máy' },
    }
    const workbook = await writtenWorkbook(aReportInput(6, { appraisals: [...base.appraisals, kept] }))
    expect(differencesOf(workbook)).toEqual([])
    expect(cellOf(workbook, 'Thẩm định', 2, 8)).toBe('Đã mua thêm máy')
    expect(cellOf(workbook, 'Thẩm định', 2, 9)).toBe('Giữ kết quả thẩm định (vòng 2)')
    expect(differencesOf(withCell(workbook, 'Thẩm định', 'H2', 'Đã mua 100 máy'))).toEqual([
      expect.objectContaining({ kind: 'cell', sheet: 'Thẩm định', cell: 'H2', found: 'Đã mua 100 máy' }),
    ])
    expect(differencesOf(withCell(workbook, 'Thẩm định', 'I2', 'Điều chỉnh (vòng 2)'))).toEqual([
      expect.objectContaining({ kind: 'cell', sheet: 'Thẩm định', cell: 'I2' }),
    ])
    // the decision is in the answers digest: editing it in the manifest is found too
    const text = manifestText(workbook).replace('"decision":"kept"', '"decision":"revised"')
    expect(differencesOf(withManifestText(workbook, text)).map((difference) => difference.kind)).toContain(
      'digest',
    )
  })

  it('names an edited rank, on Tổng hợp and on a component sheet', async () => {
    const workbook = await writtenWorkbook()
    const row = SUMMARY_TABLE.dataRow + 1

    expect(differencesOf(withCell(workbook, 'Tổng hợp', `A${row}`, 1))).toEqual([
      { kind: 'cell', sheet: 'Tổng hợp', cell: `A${row}`, expected: 2, found: 1 },
    ])
    expect(differencesOf(withCell(workbook, 'HTKT', 'A5', 9))).toEqual([
      expect.objectContaining({ kind: 'cell', sheet: 'HTKT', cell: 'A5', found: 9 }),
    ])
  })

  it('names the cells an edited answer in the manifest changes, and the answers digest', async () => {
    const input = aReportInput()
    const workbook = await writtenWorkbook(input)
    const manifest = JSON.parse(manifestText(workbook)) as {
      units: { code: string; answers: Record<string, unknown> }[]
    }
    const unit = manifest.units.find((candidate) => candidate.code === 'DV03')
    if (unit === undefined) throw new Error('no DV03')
    unit.answers['MayTinh'] = 999

    const differences = differencesOf(withManifestText(workbook, JSON.stringify(manifest)))

    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'digest', digest: 'answers', sheet: MANIFEST_SHEET, cell: 'B3' }),
    )
    // the unit's raw answer on Số liệu gốc is what the file shows, not what the manifest now says
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'cell', sheet: 'Số liệu gốc', expected: 999 }),
    )
    expect(
      differences.some((difference) => difference.kind === 'cell' && difference.sheet === 'Tổng hợp'),
    ).toBe(true)
  })

  it('names an edited appraisal, on Thẩm định and in the manifest', async () => {
    const workbook = await writtenWorkbook()

    expect(differencesOf(withCell(workbook, 'Thẩm định', 'E2', 80))).toEqual([
      { kind: 'cell', sheet: 'Thẩm định', cell: 'E2', expected: 75, found: 80 },
    ])

    const manifest = JSON.parse(manifestText(workbook)) as { appraisals: { value: unknown }[] }
    const appraisal = manifest.appraisals[0]
    if (appraisal === undefined) throw new Error('no appraisal')
    appraisal.value = 80
    const differences = differencesOf(withManifestText(workbook, JSON.stringify(manifest)))
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'cell', sheet: 'Thẩm định', cell: 'E2', expected: 80, found: 75 }),
    )
    expect(differences).toContainEqual(expect.objectContaining({ kind: 'digest', digest: 'answers' }))
  })

  it('names an edited digest and a damaged manifest', async () => {
    const workbook = await writtenWorkbook()

    expect(differencesOf(withCell(workbook, MANIFEST_SHEET, 'B2', '0'.repeat(64)))).toEqual([
      expect.objectContaining({ kind: 'digest', digest: 'framework', cell: 'B2', found: '0'.repeat(64) }),
    ])
    expect(
      differencesOf(withCell(workbook, MANIFEST_SHEET, `A${MANIFEST_LAYOUT.firstChunkRow}`, '{')),
    ).toEqual([{ kind: 'manifest-damaged', sheet: MANIFEST_SHEET, reason: 'chunks', cell: 'B5' }])
    expect(differencesOf(withManifestText(workbook, '{"format":'))).toEqual([
      { kind: 'manifest-damaged', sheet: MANIFEST_SHEET, reason: 'json', cell: 'A7' },
    ])
  })

  it('refuses a workbook that is not a results report and bytes that are not a workbook', async () => {
    const workbook = await writtenWorkbook()
    const without = { sheets: workbook.sheets.filter((sheet) => sheet.name !== MANIFEST_SHEET) }

    expect(verifyResultsReport(without)).toEqual({ ok: false, error: { code: 'not-a-results-report' } })
    const garbage = await verifyResultsReportFile(new TextEncoder().encode('not a workbook'))
    expect(!garbage.ok && garbage.error.code).toBe('unreadable-report')
  })

  it('recomputes with the points the evaluator awarded (points frameworks), and names a changed award', async () => {
    const loaded = loadBuiltInFramework('dti-points')
    if (!loaded.ok) throw new Error('dti-points')
    const framework = loaded.value
    const sample = generateSample({ framework, year: 2025, seed: 3, anomalies: false })
    if (!sample.ok) throw new Error('sample')
    const units = sample.value.submissions.slice(0, 5).map((submission) => ({
      code: submission.unit.code,
      name: submission.unit.name,
      group: submission.unit.groupName,
      answers: submission.answers,
    }))
    const criterion = framework.indicators.find((indicator) => (indicator.maxPoints ?? 0) >= 5)
    if (criterion === undefined) throw new Error('no criterion')
    const appraisals: Appraisal[] = [
      {
        unit: units[1]?.code ?? '',
        kind: 'points',
        question: criterion.code,
        value: 1,
        reason: 'Văn bản ban hành chậm',
        at: '2026-03-01T08:00:00.000Z',
      },
    ]
    const result = computeAssessment(framework, units, { appraisedPoints: appraisedPoints(appraisals) })
    const workbook = await writtenWorkbook({ ...aReportInput(), framework, result, units, appraisals })

    expect(differencesOf(workbook)).toEqual([])
    const manifest = JSON.parse(manifestText(workbook)) as { appraisals: { value: unknown }[] }
    manifest.appraisals[0] = { ...manifest.appraisals[0], value: 4 }
    const differences = differencesOf(withManifestText(workbook, JSON.stringify(manifest)))
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'cell', sheet: 'Thẩm định', cell: 'E2', expected: 4, found: 1 }),
    )
    expect(differences).toContainEqual(expect.objectContaining({ kind: 'cell', sheet: 'Tổng hợp' }))
  })

  it("recomputes previous-year imputation with last year's values the report embedded", async () => {
    const base = aReportInput()
    const indicator = base.framework.indicators[0]
    if (indicator === undefined) throw new Error('no indicator')
    const framework = loadFramework({
      ...base.framework,
      indicators: base.framework.indicators.map((candidate) =>
        candidate.code === indicator.code
          ? { ...candidate, imputation: { method: 'previous-year' } }
          : candidate,
      ),
    })
    if (!framework.ok) throw new Error(JSON.stringify(framework.error))
    const units = base.units.map((unit, index) =>
      index === 2
        ? { ...unit, answers: Object.fromEntries(Object.keys(unit.answers).map((key) => [key, null])) }
        : unit,
    )
    const lastYear = computeAssessment(framework.value, base.units)
    const previousValues = previousIndicatorValues(lastYear)
    const result = computeAssessment(framework.value, units, { previousValues })
    expect(result.indicators[indicator.code]?.imputed[2]).toBe('previous-year')

    const workbook = await writtenWorkbook({
      ...base,
      framework: framework.value,
      result,
      units,
      previous: { year: 2024, result: lastYear },
    })

    expect(differencesOf(workbook)).toEqual([])
    const manifest = JSON.parse(manifestText(workbook)) as { previousValues: Record<string, unknown> | null }
    expect(Object.keys(manifest.previousValues ?? {})).toHaveLength(units.length)
    manifest.previousValues = null
    const differences = differencesOf(withManifestText(workbook, JSON.stringify(manifest)))
    expect(differences).toContainEqual(expect.objectContaining({ kind: 'digest', digest: 'answers' }))
    // without last year's value the unit's indicator is not imputed: its value cell no longer follows
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'cell', sheet: 'Chỉ tiêu - giá trị', expected: null }),
    )
  })
})

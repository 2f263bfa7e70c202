import { describe, expect, it } from 'vitest'
import { groupIntoSeries } from '@core/comparison/comparisonSeries'
import { threeYearSeries } from '@core/comparison/testing/threeYearSeries'
import { validateLineage } from '@core/comparison/validateLineage'
import { danangLineage2025 } from '@core/builtins/danangLineage2025'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import { writeAuthoringWorkbook } from '@core/formats/authoring/writeAuthoringWorkbook'
import { encodeBackup } from '@core/formats/backup/backupFormat'
import { writeComparisonWorkbook } from '@core/formats/comparison/writeComparisonWorkbook'
import { serialiseFramework } from '@core/formats/framework-file/serialiseFramework'
import { exportIMeta } from '@core/formats/coinr/exportIMeta'
import { readFrameworkFile } from '@core/formats/framework-file/readFrameworkFile'
import { writeCsv } from '@core/excel/csv/writeCsv'
import { lineageCsv, lineageWorkbookSpec } from '@core/formats/lineage/writeLineage'
import {
  everyTypeFramework,
  FILLED_OPTIONS,
  writtenAndRead,
} from '@core/formats/questionnaire/testing/questionnaireFixtures'
import { rankingCsv } from '@core/formats/results-report/rankingCsv'
import { aReportInput } from '@core/formats/results-report/testing/aReportInput'
import { writeResultsReport } from '@core/formats/results-report/writeResultsReport'
import { packSubmissionZip } from '@core/import/packSubmissionZip'
import { writeAppraisalPackage } from '@core/formats/appraisal-package/writeAppraisalPackage'
import { writeCouncilPackage } from '@core/formats/council-package/writeCouncilPackage'
import { FEEDBACK_CONTENT, FEEDBACK_IDENTITY } from '@core/formats/feedback/testing/roundFixtures'
import { writeFeedbackPackage } from '@core/formats/feedback/writeFeedbackPackage'
import { writeResponsePackage } from '@core/formats/response/writeResponsePackage'
import type { Result } from '@core/result'
import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { readManifestSheet } from '@core/formats/results-report/readManifestSheet'
import { unzipSync, zipSync } from 'fflate'
import { FILE_KINDS } from './fileKind'
import { FILE_INSPECTORS } from './fileInspectors'
import { inspectFile } from './inspectFile'

const text = (value: string) => new TextEncoder().encode(value)
const value = <T>(result: Result<T, unknown>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error).slice(0, 500))
  return result.value
}
const inspect = (fileName: string, bytes: Uint8Array) =>
  inspectFile({ fileName, bytes, frameworks: [everyTypeFramework()] })

describe('inspectFile', { timeout: 60_000 }, () => {
  it('has an inspector for every kind, and every inspector names a known kind', () => {
    expect(new Set(FILE_INSPECTORS.map((inspector) => inspector.kind))).toEqual(new Set(FILE_KINDS))
  })

  it('names a filled questionnaire, its unit, answers and an unchanged hash; a blank template is not checked', async () => {
    const { bytes } = await writtenAndRead(everyTypeFramework(), FILLED_OPTIONS)
    const about = value(await inspect('SNV.xlsx', bytes))
    expect(about).toMatchObject({
      kind: 'questionnaire',
      formatVersion: 1,
      year: 2025,
      scope: 'SNV — Sở Nội vụ',
      itemUnit: 'answers',
      hash: 'ok',
    })
    expect(about.items).toBeGreaterThan(5)
    const dept = value(loadBuiltInFramework('dept-ict-readiness'))
    const blank = await writtenAndRead(dept, {
      unit: null,
      year: 2025,
      appVersion: '0.1.0',
      exportedAt: FILLED_OPTIONS.exportedAt,
    })
    expect(
      value(await inspectFile({ fileName: 'mau.xlsx', bytes: blank.bytes, frameworks: [] })),
    ).toMatchObject({
      kind: 'questionnaire',
      frameworkId: 'dept-ict-readiness',
      frameworkVersion: dept.version,
      scope: '',
      hash: 'not-checked',
    })
  })

  it('names a submission package and counts its evidence', async () => {
    const { bytes } = await writtenAndRead(everyTypeFramework(), FILLED_OPTIONS)
    const zip = value(
      packSubmissionZip({
        workbookName: 'SNV.xlsx',
        workbook: bytes,
        evidence: [{ question: 'KiemChung', fileName: 'QĐ.pdf', bytes: text('%PDF-1.4') }],
      }),
    )
    const about = value(await inspect('SNV.zip', zip))
    expect(about).toMatchObject({ kind: 'submission-package', scope: 'SNV — Sở Nội vụ', hash: 'ok' })
    expect(about.details['evidenceFiles']).toBe(1)
  })

  it('names a framework JSON and an authoring workbook with their questions', async () => {
    const dept = value(loadBuiltInFramework('dept-ict-readiness'))
    expect(value(await inspect('dept.json', text(serialiseFramework(dept))))).toMatchObject({
      kind: 'framework',
      frameworkId: 'dept-ict-readiness',
      year: dept.year,
      items: dept.questions.length,
      itemUnit: 'questions',
      hash: 'none',
    })
    const workbook = value(await writeAuthoringWorkbook(dept))
    expect(value(await inspect('dept.xlsx', workbook))).toMatchObject({
      kind: 'authoring-workbook',
      frameworkId: 'dept-ict-readiness',
      items: dept.questions.length,
    })
  })

  it('names a COINr iMeta table, CSV or workbook, as a framework without a year', async () => {
    const dept = value(loadBuiltInFramework('vn-ict-index-province'))
    const rows = exportIMeta(dept)
    const csv = text(writeCsv(rows))
    // The questions the app's own framework reader makes of the table (one per data column).
    const questions = value(await readFrameworkFile('iMeta.csv', csv, { year: 2025 })).questions.length
    expect(questions).toBeGreaterThan(20)
    for (const [fileName, bytes] of [
      ['iMeta.csv', csv],
      ['iMeta.xlsx', value(await writeWorkbook({ sheets: [{ name: 'iMeta', rows }] }))],
    ] as const)
      expect(value(await inspect(fileName, bytes)), fileName).toMatchObject({
        kind: 'framework',
        year: null,
        items: questions,
        hash: 'none',
      })
  })

  it('names a results report (recomputed: matching) and its ranking CSV', async () => {
    const input = aReportInput(6)
    const report = value(await writeResultsReport(input))
    expect(value(await inspect('ket-qua.xlsx', report))).toMatchObject({
      kind: 'results-report',
      formatVersion: 1,
      frameworkId: input.framework.id,
      year: 2025,
      items: 6,
      itemUnit: 'units',
      hash: 'ok',
    })
    expect(
      value(await inspect('xep-hang.csv', text(rankingCsv(input.framework, input.result)))),
    ).toMatchObject({ kind: 'ranking-csv', items: 6, itemUnit: 'units', hash: 'none' })
  })

  it('names a lineage as CSV and as a workbook, and a comparison workbook', async () => {
    const lineage = value(
      validateLineage(danangLineage2025.map((row, index) => ({ ...row, row: index + 2, weight: '' }))),
    )
    expect(value(await inspect('lineage.csv', text(lineageCsv(lineage))))).toMatchObject({
      kind: 'lineage',
      items: lineage.rows.length,
      year: 2025,
    })
    const workbook = value(await writeWorkbook(lineageWorkbookSpec(lineage)))
    expect(value(await inspect('lineage.xlsx', workbook))).toMatchObject({ kind: 'lineage' })
    const [series] = groupIntoSeries(threeYearSeries({ extraUnits: 2 }).map((year) => year.results))
    if (series === undefined) throw new Error('series')
    const comparison = value(
      await writeComparisonWorkbook({
        series,
        earlierYear: 2024,
        laterYear: 2026,
        unitCode: null,
        charts: [],
        generatedAt: '2026-04-01T08:00:00.000Z',
        appVersion: '0.1.0',
      }),
    )
    const about = value(await inspect('so-sanh.xlsx', comparison))
    expect(about).toMatchObject({ kind: 'comparison-workbook', year: 2026, scope: '2024, 2025, 2026' })
    expect(about.items).toBeGreaterThan(0)
  })

  it('names a backup with its records and checks its hash; an edited one is rejected', async () => {
    const encoded = value(
      await encodeBackup(
        { settings: [{ key: 'language', value: 'vi' }], frameworks: [] },
        {
          createdAt: '2026-03-01T08:00:00.000Z',
          appVersion: '0.1.0',
          database: 'ict-index-workbench',
          schemaVersion: 6,
        },
      ),
    )
    expect(value(await inspect('backup.json', encoded.bytes))).toMatchObject({
      kind: 'backup',
      formatVersion: 1,
      scope: 'ict-index-workbench',
      items: 1,
      itemUnit: 'records',
      hash: 'ok',
    })
    const edited = new TextDecoder().decode(encoded.bytes).replace('"vi"', '"en"')
    expect(await inspect('backup.json', text(edited))).toMatchObject({
      ok: false,
      error: { code: 'hash-mismatch', kind: 'backup' },
    })
  })

  it('names a council work package and an appraisal package; a damaged one is rejected with its kind', async () => {
    const dept = value(loadBuiltInFramework('dept-ict-readiness'))
    const member = { id: 'm-1', name: 'Nguyễn Văn An', units: ['SNV', 'STC'], groups: [] }
    const work = value(
      writeCouncilPackage({
        assessmentId: 'a-1',
        year: 2026,
        framework: dept,
        member,
        units: [{ code: 'SNV', name: 'Sở Nội vụ', group: 'Sở', answers: { MayBan: 3 } }],
        evidence: [],
        appraisals: [],
        createdAt: '2026-03-01T08:00:00.000Z',
        appVersion: '0.1.0',
      }),
    )
    expect(value(await inspect('hoi-dong.zip', work.bytes))).toMatchObject({
      kind: 'council-package',
      formatVersion: 1,
      frameworkId: 'dept-ict-readiness',
      year: 2026,
      scope: 'Nguyễn Văn An: SNV, STC',
      items: 1,
      itemUnit: 'units',
      hash: 'ok',
    })
    const appraisals = value(
      writeAppraisalPackage({
        assessmentId: 'a-1',
        frameworkId: dept.id,
        frameworkVersion: dept.version,
        year: 2026,
        member,
        workPackageHash: work.contentHash,
        appraisals: [
          { unit: 'SNV', question: 'MayBan', value: 2, reason: 'Đếm lại', at: '2026-03-02T08:00:00.000Z' },
        ],
        exportedAt: '2026-03-03T08:00:00.000Z',
        appVersion: '0.1.0',
      }),
    )
    expect(value(await inspect('tham-dinh.zip', appraisals.bytes))).toMatchObject({
      kind: 'appraisal-package',
      formatVersion: 1,
      scope: 'Nguyễn Văn An: SNV, STC',
      items: 1,
      hash: 'ok',
    })
    const entries = unzipSync(appraisals.bytes)
    const damaged = zipSync({ ...entries, 'appraisals.json': text('[]') })
    expect(await inspect('tham-dinh.zip', damaged)).toEqual({
      ok: false,
      error: { code: 'hash-mismatch', kind: 'appraisal-package', detail: 'appraisals.json', count: 1 },
    })
    const stray = zipSync({ ...unzipSync(work.bytes), 'evil.exe': text('MZ') })
    expect(await inspect('hoi-dong.zip', stray)).toMatchObject({
      ok: false,
      error: { code: 'unreadable', kind: 'council-package' },
    })
  })

  it('rejects a truncated workbook, a truncated package and an edited report', async () => {
    const { bytes } = await writtenAndRead(everyTypeFramework(), FILLED_OPTIONS)
    const truncated = bytes.slice(0, Math.floor(bytes.length / 2))
    expect(await inspect('SNV.xlsx', truncated)).toMatchObject({ ok: false, error: { code: 'unreadable' } })
    expect(await inspect('SNV.zip', truncated)).toMatchObject({ ok: false, error: { code: 'unreadable' } })
    const input = aReportInput(4)
    const report = value(await writeResultsReport(input))
    const edited = withEditedDigest(report, value(await readWorkbook(report)))
    expect(await inspect('ket-qua.xlsx', edited)).toMatchObject({
      ok: false,
      error: { code: 'hash-mismatch', kind: 'results-report' },
    })
  })

  it('names a feedback package and a response package, bare or zipped, with their unit, round and items', async () => {
    const pdf = text('%PDF-1.4')
    for (const attachments of [[], [{ fileName: 'CV.pdf', bytes: pdf }]]) {
      const feedback = value(await writeFeedbackPackage(FEEDBACK_IDENTITY, FEEDBACK_CONTENT, attachments))
      const about = value(await inspect(`SNV.${feedback.extension}`, feedback.bytes))
      expect(about).toMatchObject({
        kind: 'feedback',
        formatVersion: 1,
        frameworkId: FEEDBACK_IDENTITY.frameworkId,
        frameworkVersion: FEEDBACK_IDENTITY.frameworkVersion,
        year: 2026,
        scope: 'SNV — Sở Nội vụ',
        items: 3,
        itemUnit: 'items',
        hash: 'ok',
        details: { round: 1, deadline: '2026-04-15', attachments: attachments.length },
      })
    }
    const items = FEEDBACK_CONTENT.items.map((item) => ({
      ...item,
      decision: 'explain' as const,
      explanation: 'Có văn bản kèm theo',
    }))
    for (const files of [[], [{ question: 'MayTinh', fileName: 'QĐ.pdf', bytes: pdf }]]) {
      const response = value(
        await writeResponsePackage(
          FEEDBACK_IDENTITY,
          { frameworkName: 'x', feedbackHash: 'c'.repeat(64), items },
          files,
        ),
      )
      expect(value(await inspect(`SNV.${response.extension}`, response.bytes))).toMatchObject({
        kind: 'response',
        scope: 'SNV — Sở Nội vụ',
        items: 3,
        hash: 'ok',
        details: { explained: 3, agreed: 0, evidenceFiles: files.length },
      })
    }
  })

  it('rejects a damaged feedback package (edited hash) and a truncated response', async () => {
    const feedback = value(await writeFeedbackPackage(FEEDBACK_IDENTITY, FEEDBACK_CONTENT, []))
    const hash = feedback.manifest.contentHash
    const parts = unzipSync(feedback.bytes)
    for (const [name, data] of Object.entries(parts)) {
      const xml = new TextDecoder().decode(data)
      if (xml.includes(hash))
        parts[name] = text(xml.replace(hash, `${hash[0] === 'f' ? '0' : 'f'}${hash.slice(1)}`))
    }
    expect(await inspect('SNV.xlsx', zipSync(parts))).toMatchObject({
      ok: false,
      error: { code: 'hash-mismatch', kind: 'feedback' },
    })
    const items = FEEDBACK_CONTENT.items.map((item) => ({
      ...item,
      decision: 'agree' as const,
      explanation: '',
    }))
    const response = value(
      await writeResponsePackage(
        FEEDBACK_IDENTITY,
        { frameworkName: 'x', feedbackHash: 'c'.repeat(64), items },
        [{ question: 'MayTinh', fileName: 'QĐ.pdf', bytes: text('%PDF') }],
      ),
    )
    expect(await inspect('SNV.xlsx', response.bytes.slice(0, response.bytes.length - 40))).toMatchObject({
      ok: false,
      error: { code: 'unreadable' },
    })
  })

  it('calls anything else unknown', async () => {
    expect(await inspect('notes.txt', text('xin chào\n'))).toEqual({
      ok: false,
      error: { code: 'unknown-kind' },
    })
    expect(await inspect('photo.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe))).toEqual({
      ok: false,
      error: { code: 'unknown-kind' },
    })
    expect(await inspect('x.json', text('{"a":1}'))).toEqual({ ok: false, error: { code: 'unknown-kind' } })
  })
})

/** The report's bytes with its stored framework digest changed in whichever part holds it (an "edited hash"). */
function withEditedDigest(bytes: Uint8Array, workbook: SheetWorkbook): Uint8Array {
  const manifest = readManifestSheet(workbook)
  if (manifest === null || !manifest.ok) throw new Error('no manifest')
  const digest = manifest.value.stored.framework
  const replacement = `${digest[0] === '0' ? '1' : '0'}${digest.slice(1)}`
  const parts = unzipSync(bytes)
  let edited = 0
  for (const [name, data] of Object.entries(parts)) {
    const xml = new TextDecoder().decode(data)
    if (!xml.includes(digest)) continue
    parts[name] = new TextEncoder().encode(xml.replace(digest, replacement))
    edited += 1
  }
  if (edited === 0) throw new Error('digest not found')
  return zipSync(parts)
}

import { beforeAll, describe, expect, it } from 'vitest'
import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { normaliseContent } from './normaliseContent'
import type { QuestionnaireIssue } from './questionnaireIssue'
import { readQuestionnaire } from './readQuestionnaire'
import { cellOf, withCell, withMeta, withSheetRows, withSheets } from './testing/editWorkbook'
import { everyTypeFramework, FILLED_OPTIONS, writtenAndRead } from './testing/questionnaireFixtures'

const framework = everyTypeFramework()
const HTKT = 'HTKT Hạ tầng kỹ thuật'
const HTNL = 'HTNL Hạ tầng nhân lực'
const UD = 'UD Ứng dụng CNTT'
let filled: SheetWorkbook = { sheets: [] }
let blank: SheetWorkbook = { sheets: [] }

beforeAll(async () => {
  filled = (await writtenAndRead(framework, FILLED_OPTIONS)).workbook
  blank = (
    await writtenAndRead(framework, {
      unit: null,
      year: 2025,
      appVersion: '0.1.0',
      exportedAt: '2025-03-01T08:00:00.000Z',
    })
  ).workbook
}, 120_000)

const issuesOf = (workbook: SheetWorkbook, options = {}): readonly QuestionnaireIssue[] => {
  const read = readQuestionnaire(workbook, framework, options)
  return read.ok ? read.value.warnings : read.error
}

describe('readQuestionnaire', () => {
  it('reads back every question type written by writeQuestionnaireWorkbook', () => {
    const read = readQuestionnaire(filled, framework)

    expect(read.ok ? [] : read.error).toEqual([])
    if (!read.ok) return
    expect(read.value.content).toEqual(
      normaliseContent(framework, {
        answers: FILLED_OPTIONS.content?.answers ?? {},
        comments: FILLED_OPTIONS.content?.comments ?? {},
      }),
    )
    expect(read.value.unit).toEqual({ code: 'SNV', name: 'Sở Nội vụ' })
    expect(read.value.year).toBe(2025)
    expect(read.value.isUnchangedSinceExport).toBe(true)
    expect(read.value.upgradedFrom).toBeNull()
  })

  it('lays out section sheets with the Vietnamese headings, one row per question and one per multi-choice option', () => {
    expect(filled.sheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      [HTKT, 'visible'],
      [HTNL, 'visible'],
      [UD, 'visible'],
      ['Bảng PhanMem', 'visible'],
      ['Bảng HeThong', 'visible'],
      ['_lists', 'hidden'],
      ['_meta', 'hidden'],
    ])
    expect(filled.sheets[1]?.rows[0]).toEqual(['Mã', 'Câu hỏi', 'Đơn vị tính', 'Trả lời', 'Ghi chú'])
    expect(filled.sheets[3]?.rows.map((row) => row[0])).toEqual([
      'Mã',
      'TyLeVanBanDienTu',
      'CongThongTin',
      'KenhHoTro',
      'KenhHoTro.1',
      'KenhHoTro.2',
      'PhanMem',
      'GhiChu',
      'NgayBaoCao',
      'KiemChung',
      'HeThong',
    ])
    expect(filled.sheets.every((sheet) => sheet.isProtected)).toBe(true)
    expect(filled.sheets[1]?.unlockedCells).toEqual(['D2', 'E2', 'D3', 'E3'])
  })

  it('reads a blank template filled in a spreadsheet program, with the unit typed on the instructions sheet', () => {
    let workbook = withCell(blank, 'Hướng dẫn', 'B4', 'STC')
    workbook = withCell(workbook, 'Hướng dẫn', 'B5', 'Sở Tài chính')
    workbook = withCell(workbook, HTKT, 'D2', '1.234')
    workbook = withCell(workbook, HTNL, 'D3', 'x')
    workbook = withCell(workbook, UD, 'D5', 'Có')
    workbook = withCell(workbook, UD, 'D6', 'không')

    const read = readQuestionnaire(workbook, framework)

    expect(read.ok && read.value.unit).toEqual({ code: 'STC', name: 'Sở Tài chính' })
    expect(read.ok && read.value.content.answers).toEqual({
      MayTinh: 1234,
      CoPhongCNTT: true,
      KenhHoTro: ['co'],
    })
    expect(read.ok && read.value.isUnchangedSinceExport).toBe(false)
  })

  it('collects every wrong answer at once, with sheet, cell, expectation and what was found', () => {
    let workbook = withCell(filled, HTKT, 'D2', '12,5')
    workbook = withCell(workbook, HTNL, 'D2', -3)
    workbook = withCell(workbook, UD, 'D3', 'Trung bình')
    workbook = withCell(workbook, UD, 'D9', 'hôm qua')
    workbook = withCell(workbook, 'Bảng HeThong', 'C2', 'nhiều')
    workbook = withCell(workbook, HTNL, 'D3', { type: 'formula', formula: 'A1', result: true })

    expect(issuesOf(workbook).filter((issue) => issue.code === 'invalid-answer')).toEqual([
      {
        code: 'invalid-answer',
        sheet: HTKT,
        cell: 'D2',
        question: 'MayTinh',
        problem: 'not-an-integer',
        expected: { type: 'integer', min: 0 },
        found: '12,5',
      },
      {
        code: 'invalid-answer',
        sheet: HTNL,
        cell: 'D2',
        question: 'SoCBCC',
        problem: 'below-min',
        expected: { type: 'integer', min: 0 },
        found: '-3',
      },
      {
        code: 'invalid-answer',
        sheet: HTNL,
        cell: 'D3',
        question: 'CoPhongCNTT',
        problem: 'formula',
        expected: { type: 'yes-no', choices: ['Có', 'Không'] },
        found: '=A1',
      },
      {
        code: 'invalid-answer',
        sheet: UD,
        cell: 'D3',
        question: 'CongThongTin',
        problem: 'unknown-choice',
        expected: { type: 'single-choice', choices: ['Có', 'Không'] },
        found: 'Trung bình',
      },
      {
        code: 'invalid-answer',
        sheet: UD,
        cell: 'D9',
        question: 'NgayBaoCao',
        problem: 'invalid-date',
        expected: { type: 'date' },
        found: 'hôm qua',
      },
      {
        code: 'invalid-answer',
        sheet: 'Bảng HeThong',
        cell: 'C2',
        question: 'HeThong',
        column: 'SoMay',
        problem: 'wrong-type',
        expected: { type: 'integer', min: 0 },
        found: 'nhiều',
      },
    ])
  })

  it('refuses edited locked cells, moved-in unknown rows and missing question rows', () => {
    let workbook = withCell(filled, HTKT, 'B2', 'Số máy tính đã sửa')
    workbook = withCell(workbook, HTKT, 'A1', 'Code')
    workbook = withCell(workbook, HTNL, 'A4', 'CauMoi')
    workbook = withCell(workbook, 'Hướng dẫn', 'B6', 2030)

    expect(issuesOf(workbook)).toEqual([
      { code: 'edited-protected-cell', sheet: 'Hướng dẫn', cell: 'B6', expected: '2025', found: '2030' },
      { code: 'edited-protected-cell', sheet: HTKT, cell: 'A1', expected: 'Mã', found: 'Code' },
      {
        code: 'edited-protected-cell',
        sheet: HTKT,
        cell: 'B2',
        expected: 'Câu hỏi MayTinh (*)',
        found: 'Số máy tính đã sửa',
      },
      { code: 'unknown-question', sheet: HTNL, cell: 'A4', found: 'CauMoi' },
      { code: 'missing-question', sheet: HTNL, question: 'SoCBCNTT' },
    ])
  })

  it('reads question rows by their code, so rows sorted by someone who unprotected the sheet still read right', () => {
    const workbook = withSheetRows(filled, HTKT, (rows) => {
      const [header, first, second] = rows
      rows.splice(0, 3, header ?? [], second ?? [], first ?? [])
    })

    const read = readQuestionnaire(workbook, framework)

    expect(read.ok && read.value.content.answers['MayTinh']).toBe(95)
  })

  it('refuses missing, renamed and added sheets', () => {
    const workbook = withSheets(filled, (sheets) => [
      ...sheets
        .filter((sheet) => sheet.name !== 'Bảng PhanMem')
        .map((sheet) => (sheet.name === HTNL ? { ...sheet, name: 'Nhân lực' } : sheet)),
      {
        name: 'Tính nháp',
        state: 'veryHidden',
        rows: [['MayTinh', 999]],
        isProtected: false,
        unlockedCells: [],
        merges: [],
      },
    ])

    expect(
      issuesOf(workbook).map((issue) => ('sheet' in issue ? `${issue.code}:${issue.sheet}` : issue.code)),
    ).toEqual([
      `missing-sheet:${HTNL}`,
      'missing-sheet:Bảng PhanMem',
      'unexpected-sheet:Nhân lực',
      'unexpected-sheet:Tính nháp',
    ])
  })

  it('refuses a workbook without _meta, of another kind, of another framework or of a newer template', () => {
    expect(
      issuesOf(withSheets(filled, (sheets) => sheets.filter((sheet) => sheet.name !== '_meta'))),
    ).toEqual([{ code: 'missing-meta' }])
    expect(issuesOf(withMeta(filled, 'template', 'other-app/report'))).toEqual([
      { code: 'not-a-questionnaire', found: 'other-app/report' },
    ])
    expect(issuesOf(withMeta(filled, 'frameworkVersion', '2024.1'))).toEqual([
      {
        code: 'framework-mismatch',
        expected: 'test-ict-readiness 2025.1',
        found: 'test-ict-readiness 2024.1',
      },
    ])
    expect(issuesOf(withMeta(filled, 'templateVersion', 2))).toEqual([
      { code: 'unsupported-template-version', found: 2, newestKnown: 1 },
    ])
    expect(issuesOf(withMeta(filled, 'templateVersion', 'một'))).toEqual([
      { code: 'invalid-meta', field: 'templateVersion', found: 'một' },
    ])
  })

  it('refuses a workbook for another year than the one imported', () => {
    expect(issuesOf(filled, { year: 2026 })).toEqual([{ code: 'year-mismatch', expected: 2026, found: 2025 }])
  })

  it('refuses a blank template whose unit code was not typed', () => {
    expect(issuesOf(blank)).toContainEqual({ code: 'missing-unit', sheet: 'Hướng dẫn', cell: 'B4' })
  })

  it('reads a typed unit code without its zero-width, non-breaking or full-width disguise', () => {
    const typed = (code: string) =>
      withCell(withCell(blank, 'Hướng dẫn', 'B4', code), 'Hướng dẫn', 'B5', 'Sở Nội vụ')
    for (const code of ['SNV\u200b', '\u00a0S\u200dNV', 'ＳＮＶ']) {
      const read = readQuestionnaire(typed(code), framework)
      expect(read.ok && read.value.unit).toEqual({ code: 'SNV', name: 'Sở Nội vụ' })
    }
  })

  it('refuses a unit code with spaces or other characters, and keeps look-alike letters for the import to judge', () => {
    const typed = (code: string) => withCell(blank, 'Hướng dẫn', 'B4', code)
    expect(issuesOf(typed('S N V'))).toContainEqual({
      code: 'invalid-unit-code',
      sheet: 'Hướng dẫn',
      cell: 'B4',
      found: 'S N V',
    })
    expect(issuesOf(typed('Sở Nội vụ')).map((issue) => issue.code)).toContain('invalid-unit-code')
    expect(issuesOf(typed('\u200b'))).toContainEqual({ code: 'missing-unit', sheet: 'Hướng dẫn', cell: 'B4' })
    const lookalike = readQuestionnaire(typed('SΝV'), framework)
    expect(lookalike.ok && lookalike.value.unit.code).toBe('SΝV')
  })

  it('normalises the unit code kept in _meta', () => {
    expect(issuesOf(withMeta(filled, 'unitCode', 'S N V')).map((issue) => issue.code)).toContain(
      'invalid-unit-code',
    )
  })

  it('imports with warnings for required answers left empty and failed cross-field checks', () => {
    let workbook = withCell(filled, HTNL, 'D2', null)
    workbook = withCell(workbook, HTKT, 'D3', 200)
    workbook = withCell(workbook, 'Bảng PhanMem', 'B3', null)

    const read = readQuestionnaire(workbook, framework)

    expect(read.ok && read.value.warnings).toEqual([
      { code: 'missing-required', sheet: 'Bảng PhanMem', cell: 'B3', question: 'PhanMem', column: 'Ten' },
      { code: 'missing-required', sheet: HTNL, cell: 'D2', question: 'SoCBCC' },
      {
        code: 'check-failed',
        sheet: HTKT,
        cell: 'D3',
        question: 'MayTinhInternet',
        message: { vi: 'Vượt quá tổng số máy tính' },
      },
    ])
  })

  it('keeps the written cells as the template says: answer text neutralised on write is restored on read', () => {
    expect(cellOf(filled, 'Bảng PhanMem', 'B3')).toBe('=HYPERLINK("http://x","y")')
  })
})

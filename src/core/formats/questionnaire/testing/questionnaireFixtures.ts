// Test data for the questionnaire codec: a framework with every question type and a filled content.
import { aFramework, aChoice, aColumn, aQuestion } from '@core/framework/testing/aFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Answers } from '@core/responses/answer'
import { validFramework } from '@core/responses/testing/validFramework'
import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import type { QuestionnaireWorkbookOptions } from '@core/formats/questionnaire/buildQuestionnaireSpec'

/**
 * `aFramework` (every question type) plus a table with every column type, a date column and a
 * choice column whose labels need care (a comma, a formula-like label, a duplicate label).
 */
export function everyTypeFramework(): ValidFramework {
  const base = aFramework()
  return validFramework({
    ...base,
    questions: [
      ...base.questions,
      aQuestion({
        code: 'HeThong',
        section: 'UD',
        type: 'table',
        maxRows: 40,
        columns: [
          aColumn({ code: 'Ten', type: 'text', required: true, maxLength: 200 }),
          aColumn({ code: 'SoMay', type: 'integer', min: 0 }),
          aColumn({ code: 'KinhPhi', type: 'decimal' }),
          aColumn({ code: 'TyLe', type: 'percent' }),
          aColumn({ code: 'DangDung', type: 'yes-no' }),
          aColumn({ code: 'Ngay', type: 'date' }),
          aColumn({
            code: 'Loai',
            type: 'single-choice',
            choices: [
              aChoice({ value: 'a', label: { vi: 'Phần mềm, dịch vụ' } }),
              aChoice({ value: 'b', label: { vi: '-Khác' } }),
              aChoice({ value: 'c', label: { vi: '-Khác' } }),
            ],
          }),
        ],
      }),
    ],
  })
}

/** A filled content for `everyTypeFramework`. */
export const FILLED_ANSWERS: Answers = {
  SoCBCC: 120,
  MayTinh: 95,
  MayTinhInternet: 90,
  CoPhongCNTT: true,
  SoCBCNTT: 3,
  TyLeVanBanDienTu: 87.5,
  CongThongTin: 'khong',
  KenhHoTro: ['co', 'khong'],
  PhanMem: [
    { Ten: 'eOffice', SoNguoiDung: 120, DangDung: true },
    { Ten: '=HYPERLINK("http://x","y")', DangDung: false },
  ],
  GhiChu: 'Sở Thông tin và Truyền thông\nDòng 2 😀',
  NgayBaoCao: '2025-06-30',
  HeThong: [
    {
      Ten: 'Một cửa',
      SoMay: 12,
      KinhPhi: 1234.5,
      TyLe: 45.25,
      DangDung: true,
      Ngay: '2024-02-29',
      Loai: 'c',
    },
  ],
}

export const FILLED_OPTIONS: QuestionnaireWorkbookOptions = {
  unit: { code: 'SNV', name: 'Sở Nội vụ' },
  year: 2025,
  appVersion: '0.1.0',
  exportedAt: '2025-03-01T08:00:00.000Z',
  content: { answers: FILLED_ANSWERS, comments: { MayTinh: 'Gồm 5 máy chủ', PhanMem: '+ ghi chú bảng' } },
}

/** Writes then reads a questionnaire workbook through the real xlsx adapter. */
export async function writtenAndRead(
  framework: ValidFramework,
  options: QuestionnaireWorkbookOptions,
): Promise<{ readonly bytes: Uint8Array; readonly workbook: SheetWorkbook }> {
  const written = await writeQuestionnaireWorkbook(framework, options)
  if (!written.ok) throw new Error(`not written: ${JSON.stringify(written.error.slice(0, 5))}`)
  const read = await readWorkbook(written.value)
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read.error)}`)
  return { bytes: written.value, workbook: read.value }
}

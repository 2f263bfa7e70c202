// A spec using every feature of WorkbookSpec, for golden tests (test data only).
import type { WorkbookSpec } from '@core/excel/workbookSpec'

/** Requested sheet names deliberately need sanitising: `Trả lời/2025` → `Trả lời_2025`. */
export const EVERY_FEATURE_SPEC: WorkbookSpec = {
  sheets: [
    {
      name: 'Trả lời/2025',
      columns: [
        { width: 12 },
        { width: 50, style: { wrap: true } },
        { width: 14, style: { locked: false } },
        { width: 14 },
        { hidden: true },
      ],
      rows: [
        [
          { value: 'Mã', style: { header: true } },
          { value: 'Câu hỏi', style: { header: true } },
          { value: 'Trả lời', style: { header: true } },
          { value: 'Hạn', style: { header: true } },
          'ẩn',
        ],
        [
          'Q1',
          { value: 'Đơn vị có bộ phận chuyên trách CNTT?', style: { wrap: true } },
          { value: 'Có', style: { locked: false, fill: 'FFF2CC', border: true } },
          { type: 'date', iso: '2025-06-30' },
          'x',
        ],
        [
          'Q2',
          'Số cán bộ CNTT',
          { value: 3, style: { locked: false, numberFormat: '0' } },
          { type: 'date', iso: '2025-06-30T17:00:00' },
        ],
        ['Q3', 'Tỷ lệ (%)', { value: 87.5, style: { locked: false, numberFormat: '0.0' } }, null, null],
        ['Q4', 'Ghi chú', { value: '=HYPERLINK("http://x","y")', style: { locked: false, italic: true } }],
        ['Q5', 'Đã nộp?', { value: true, style: { locked: false } }],
        [
          'Tổng',
          null,
          {
            value: { type: 'formula', formula: 'SUM(C3:C4)', result: 90.5 },
            style: { bold: true, fontColor: 'C00000' },
          },
        ],
        [
          {
            value: 'Ghi chú cuối trang',
            style: { italic: true, horizontal: 'center', vertical: 'top', fontSize: 10 },
          },
        ],
      ],
      merges: ['A9:E9'],
      validations: [
        {
          range: 'C2',
          rule: { kind: 'list-range', sheet: 'Danh mục', range: 'A1:A2' },
          prompt: { title: 'Chọn', message: 'Chọn Có hoặc Không' },
          error: { title: 'Sai', message: 'Chỉ chọn trong danh sách' },
        },
        {
          range: 'C3',
          rule: { kind: 'whole', min: 0, max: 1000 },
          error: { message: 'Số nguyên 0–1000', style: 'warning' },
        },
        { range: 'C4', rule: { kind: 'decimal', min: 0, max: 100 }, allowBlank: false },
        { range: 'D2:D3', rule: { kind: 'date', min: '2025-01-01', max: '2025-12-31' } },
        { range: 'C5', rule: { kind: 'text-length', max: 500 } },
        { range: 'C6', rule: { kind: 'list', values: ['TRUE', 'FALSE'] } },
      ],
      freeze: { rows: 1, columns: 1 },
      autoFilter: 'A1:D1',
      protection: { allow: ['formatColumns', 'autoFilter'] },
    },
    { name: 'Danh mục', state: 'hidden', rows: [['Có'], ['Không']] },
    {
      name: 'Meta',
      state: 'veryHidden',
      rows: [
        ['template', 'ict-index'],
        ['version', 3],
      ],
    },
  ],
  definedNames: [{ name: 'LuaChon', sheet: 'Danh mục', range: 'A1:A2' }],
  properties: { creator: 'ICT Index Workbench', created: '2025-01-15T08:00:00Z' },
}

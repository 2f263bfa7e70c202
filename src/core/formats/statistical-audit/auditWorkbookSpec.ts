import type { WorkbookSpec } from '@core/excel/workbookSpec'
import type { AuditFlag, StatisticalAudit } from '@core/assessment/statisticalAudit'

/** The sentence explaining each flag, in the caller's language (the CLI's or the app's i18next). */
export type AuditFlagText = (flag: AuditFlag) => string

const header = (labels: readonly string[]) =>
  labels.map((value) => ({ value, style: { header: true, bold: true } }) as const)

/**
 * The audit as a workbook: one sheet per part with Vietnamese headings (Tương quan, Cronbach,
 * Xử lý ngoại lai, Cảnh báo), numbers unrounded, missing correlations empty.
 *
 * @example
 *   auditWorkbookSpec(audit, (flag) => flag.code).sheets.map((sheet) => sheet.name) // => ['Tương quan', 'Cronbach', 'Xử lý ngoại lai', 'Cảnh báo']
 */
export function auditWorkbookSpec(audit: StatisticalAudit, explain: AuditFlagText): WorkbookSpec {
  const sheet = (name: string, widths: readonly number[], rows: WorkbookSpec['sheets'][number]['rows']) => ({
    name,
    columns: widths.map((width) => ({ width })),
    rows,
    freeze: { rows: 1 },
  })
  return {
    font: { name: 'Times New Roman', size: 12 },
    sheets: [
      sheet(
        'Tương quan',
        [18, 18, 14, 14],
        [
          header(['Chỉ số cha', 'Chỉ tiêu', 'Pearson', 'Spearman']),
          ...audit.correlations.map((row) => [row.parent, row.indicator, row.pearson, row.spearman]),
        ],
      ),
      sheet(
        'Cronbach',
        [22, 14],
        [
          header(['Chỉ số tổng hợp', 'Hệ số alpha']),
          ...audit.cronbach.map((row) => [row.aggregate, row.alpha]),
        ],
      ),
      sheet(
        'Xử lý ngoại lai',
        [18, 20, 40, 16],
        [
          header(['Chỉ tiêu', 'Số điểm Winsorise', 'Đơn vị được xử lý', 'Biến đổi log']),
          ...audit.treatment.map((row) => [
            row.indicator,
            row.winsorised,
            row.units.join(', '),
            row.log ? 'Có' : 'Không',
          ]),
        ],
      ),
      sheet(
        'Cảnh báo',
        [22, 100],
        [header(['Loại', 'Giải thích']), ...audit.flags.map((flag) => [flag.code, explain(flag)])],
      ),
    ],
  }
}

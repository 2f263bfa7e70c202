import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { withPrintLayout } from '@core/formats/results-report/printLayout'
import type { FeedbackContent } from './feedbackContent'
import { displayDate, ROUND_LABELS } from './roundLabels'
import type { RoundManifest } from './roundManifest'

const header = (text: string): SpecCell => ({ value: text, style: { header: true } })
const label = (text: string): SpecCell => ({ value: text, style: { bold: true } })

/**
 * The rows every round workbook opens with: its title, the unit, framework, year and deadline.
 *
 * @example
 *   identityRows(manifest, 'Bộ chỉ số 2026', 'KẾT QUẢ …')[1] // => ['Đơn vị', 'SNV — Sở Nội vụ']
 */
export function identityRows(manifest: RoundManifest, frameworkName: string, title: string): SpecCell[][] {
  return [
    [{ value: title, style: { bold: true, fontSize: 14 } }],
    [label(ROUND_LABELS.unit), `${manifest.unitCode} — ${manifest.unitName}`],
    [
      label(ROUND_LABELS.framework),
      `${frameworkName} (${manifest.frameworkId} ${manifest.frameworkVersion})`,
    ],
    [label(ROUND_LABELS.year), manifest.year],
    [label(ROUND_LABELS.deadline), displayDate(manifest.deadline)],
  ]
}

/**
 * Protected (no password: guidance against accidental edits), printed on A4 with the unit and
 * round in the page header and "Trang n/N" in the footer.
 *
 * @example
 *   finishRoundSheet({ name: 'Kết quả sơ bộ', rows: [] }, manifest).protection // => {}
 */
export function finishRoundSheet(sheet: SheetSpec, manifest: RoundManifest): SheetSpec {
  const printed = withPrintLayout(sheet, {
    header: `${manifest.unitCode} — ${manifest.unitName} — vòng giải trình ${manifest.round}, năm ${manifest.year}`,
    footer: { center: ROUND_LABELS.pageFooter },
  })
  return { ...printed, protection: { allow: ['formatColumns', 'formatRows'] } }
}

/**
 * The visible sheets of a feedback workbook: "Kết quả sơ bộ" (identity, composite, rank, message,
 * attachments, components) and "Nội dung thẩm định" (each disputed item: declared, appraised,
 * reason). The reader rebuilds them to check that nothing was edited.
 *
 * @example
 *   feedbackSheets(manifest, content).map((sheet) => sheet.name) // => ['Kết quả sơ bộ', 'Nội dung thẩm định']
 */
export function feedbackSheets(manifest: RoundManifest, content: FeedbackContent): SheetSpec[] {
  const summary: SheetSpec = {
    name: ROUND_LABELS.summarySheet,
    columns: [{ width: 30 }, { width: 60, style: { wrap: true } }, { width: 16 }],
    rows: [
      ...identityRows(manifest, content.frameworkName, ROUND_LABELS.feedbackTitle(manifest.round)),
      [label(ROUND_LABELS.composite), content.composite],
      [label(ROUND_LABELS.rank), ROUND_LABELS.rankOf(content.rank, content.unitCount)],
      [label(ROUND_LABELS.message), content.message],
      [label(ROUND_LABELS.attachments), content.attachments.join('; ')],
      [ROUND_LABELS.howToRespond],
      [],
      ROUND_LABELS.components.map(header),
      ...content.components.map((component): SpecCell[] => [component.code, component.name, component.score]),
    ],
  }
  const items: SheetSpec = {
    name: ROUND_LABELS.itemsSheet,
    freeze: { rows: 1 },
    columns: [
      { width: 6 },
      { width: 16 },
      { width: 40, style: { wrap: true } },
      { width: 22, style: { wrap: true } },
      { width: 22, style: { wrap: true } },
      { width: 40, style: { wrap: true } },
    ],
    rows: [
      ROUND_LABELS.items.map(header),
      ...(content.items.length === 0
        ? [[ROUND_LABELS.noItems]]
        : content.items.map((item, index): SpecCell[] => [
            index + 1,
            item.question,
            `${ROUND_LABELS.itemKind[item.kind]}: ${item.label}`,
            item.declared,
            item.appraised,
            item.reason,
          ])),
    ],
  }
  return [finishRoundSheet(summary, manifest), finishRoundSheet(items, manifest)]
}

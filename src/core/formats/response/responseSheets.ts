import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { finishRoundSheet, identityRows } from '@core/formats/feedback/feedbackSheets'
import { ROUND_LABELS } from '@core/formats/feedback/roundLabels'
import type { RoundManifest } from '@core/formats/feedback/roundManifest'
import type { ResponseContent } from './responseContent'

const header = (text: string): SpecCell => ({ value: text, style: { header: true } })

/**
 * The one visible sheet of a response workbook, "Giải trình": the identity rows, then per item
 * the feedback's columns and the unit's decision ("Đồng ý" / "Giải trình"), explanation and
 * evidence files; protected and set up for A4 like the feedback's.
 *
 * @example
 *   responseSheets(manifest, content)[0]?.name // => 'Giải trình'
 */
export function responseSheets(manifest: RoundManifest, content: ResponseContent): SheetSpec[] {
  const identity = identityRows(manifest, content.frameworkName, ROUND_LABELS.responseTitle(manifest.round))
  const sheet: SheetSpec = {
    name: ROUND_LABELS.responseSheet,
    columns: [
      { width: 6 },
      { width: 14 },
      { width: 30, style: { wrap: true } },
      { width: 16, style: { wrap: true } },
      { width: 16, style: { wrap: true } },
      { width: 26, style: { wrap: true } },
      { width: 12 },
      { width: 36, style: { wrap: true } },
      { width: 22, style: { wrap: true } },
    ],
    rows: [
      ...identity,
      [],
      [...ROUND_LABELS.items, ...ROUND_LABELS.responseItems].map(header),
      ...content.items.map((item, index): SpecCell[] => [
        index + 1,
        item.question,
        `${ROUND_LABELS.itemKind[item.kind]}: ${item.label}`,
        item.declared,
        item.appraised,
        item.reason,
        ROUND_LABELS.decision[item.decision],
        item.explanation,
        item.evidence.join('; '),
      ]),
    ],
  }
  return [finishRoundSheet(sheet, manifest)]
}

import { err, ok, type Result } from '@core/result'

/**
 * The signature block printed at the end of the results report's "Tổng hợp": the place before
 * "…, ngày … tháng … năm …" and the names under "Người lập biểu" (who prepared the table) and
 * "Thủ trưởng đơn vị" (the head who signs). Every field may be empty; the day is written by hand.
 *
 * @example
 *   const signature: ReportSignature = { place: 'Đà Nẵng', preparer: 'Nguyễn Văn A', head: 'Trần Thị B' }
 */
export type ReportSignature = {
  readonly place: string
  readonly preparer: string
  readonly head: string
}

/** The longest text a signature field takes (a place or a person's name with a title). */
export const MAX_SIGNATURE_FIELD_LENGTH = 120

export type ReportSignatureIssue = {
  readonly code: 'signature-field-too-long'
  readonly field: keyof ReportSignature
  readonly max: number
}

/**
 * Checks a signature block as typed: texts trimmed, line breaks and control characters turned into
 * spaces, each at most `MAX_SIGNATURE_FIELD_LENGTH` characters. All fields empty gives `null` (no
 * block is printed).
 *
 * @example
 *   parseReportSignature({ place: ' Đà Nẵng ', preparer: '', head: '' }) // => ok({ place: 'Đà Nẵng', preparer: '', head: '' })
 *   parseReportSignature({ place: '', preparer: '', head: '' }) // => ok(null)
 */
export function parseReportSignature(
  typed: ReportSignature,
): Result<ReportSignature | null, readonly ReportSignatureIssue[]> {
  // eslint-disable-next-line no-control-regex
  const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  const signature: ReportSignature = {
    place: clean(typed.place),
    preparer: clean(typed.preparer),
    head: clean(typed.head),
  }
  const issues = (Object.keys(signature) as (keyof ReportSignature)[])
    .filter((field) => [...signature[field]].length > MAX_SIGNATURE_FIELD_LENGTH)
    .map((field): ReportSignatureIssue => ({
      code: 'signature-field-too-long',
      field,
      max: MAX_SIGNATURE_FIELD_LENGTH,
    }))
  if (issues.length > 0) return err(issues)
  return ok(Object.values(signature).every((text) => text === '') ? null : signature)
}

/**
 * A stored signature block read back leniently: an object with three strings, else `null`.
 *
 * @example
 *   storedReportSignature({ place: 'Huế', preparer: 'A', head: 'B' }) // => { place: 'Huế', preparer: 'A', head: 'B' }
 *   storedReportSignature('x') // => null
 */
export function storedReportSignature(value: unknown): ReportSignature | null {
  if (typeof value !== 'object' || value === null) return null
  const { place, preparer, head } = value as Record<string, unknown>
  return typeof place === 'string' && typeof preparer === 'string' && typeof head === 'string'
    ? { place, preparer, head }
    : null
}

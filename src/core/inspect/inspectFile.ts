import { decodeUtf8Text } from '@core/excel/csv/decodeUtf8Text'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { readZipEntries } from '@core/excel/xlsx/readZipEntries'
import { submissionPackageLimits } from '@core/import/unpackSubmissionZip'
import { err } from '@core/result'
import type { InspectInput, Inspection } from './fileInspector'
import { FILE_INSPECTORS } from './fileInspectors'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/**
 * Says what a file this app exchanges is (`FILE_INSPECTORS`): a `.zip` is opened by the guarded
 * zip reader as a package; any other zip (or an `.xlsx`) by the guarded workbook reader, whose
 * refusal (truncated, hostile XML, too large…) is `unreadable` with its issues; UTF-8 text starting
 * with `{` is JSON (a backup, a framework), other text a CSV (a lineage, the ranking). The first
 * inspector of the container that recognises the file inspects it with the kind's own reader;
 * none: `unknown-kind`. Never throws.
 *
 * @example
 *   const about = await inspectFile({ fileName: 'SNV.xlsx', bytes, frameworks: [] })
 *   about.ok && about.value.kind // => 'questionnaire'
 */
export async function inspectFile(input: InspectInput): Inspection {
  const { bytes, fileName } = input
  if (bytes.length === 0) return err({ code: 'unreadable', kind: null, issues: [{ code: 'empty-file' }] })
  const isZip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte)
  if (/\.zip$/i.test(fileName)) {
    const entries = readZipEntries(bytes, submissionPackageLimits)
    if (!entries.ok) return err({ code: 'unreadable', kind: null, issues: entries.error })
    const names = entries.value.map((entry) => entry.name)
    for (const inspector of FILE_INSPECTORS)
      if (inspector.container === 'package' && inspector.recognises(names)) return inspector.inspect(input)
    return err({ code: 'unknown-kind' })
  }
  if (isZip || /\.xlsx$/i.test(fileName)) {
    const workbook = await readWorkbook(bytes)
    if (!workbook.ok) return err({ code: 'unreadable', kind: null, issues: workbook.error })
    for (const inspector of FILE_INSPECTORS)
      if (inspector.container === 'workbook' && inspector.recognises(workbook.value))
        return inspector.inspect(workbook.value, input)
    return err({ code: 'unknown-kind' })
  }
  const text = decodeUtf8Text(bytes)
  if (text === null) return err({ code: 'unknown-kind' })
  const body = text.replace(/^\uFEFF/, '').trimStart()
  if (body.startsWith('{')) {
    for (const inspector of FILE_INSPECTORS)
      if (inspector.container === 'json' && inspector.recognises(body)) return inspector.inspect(input)
    return err({ code: 'unknown-kind' })
  }
  const parsed = parseCsv(body, { restoreNeutralised: true })
  if (!parsed.ok) return err({ code: 'unknown-kind' })
  for (const inspector of FILE_INSPECTORS)
    if (inspector.container === 'csv' && inspector.recognises(parsed.value.rows))
      return inspector.inspect(parsed.value.rows, input)
  return err({ code: 'unknown-kind' })
}

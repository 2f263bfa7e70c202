import { shortDigest } from '@core/assessment/resultsVersion'
import { REPORT_LABELS } from './reportLabels'
import type { ResultsReportInput } from './resultsReportInput'

/**
 * The version of the official results a report shows: only for official results that name one.
 *
 * @example
 *   officialResultsVersion({ status: 'official', resultsVersion: { version: 2, digest } })?.version // => 2
 */
export function officialResultsVersion(
  input: Pick<ResultsReportInput, 'status' | 'resultsVersion'>,
): { readonly version: number; readonly digest: string } | null {
  return input.status === 'official' ? (input.resultsVersion ?? null) : null
}

/**
 * The status under the report's title: official or provisional and, for official results, the
 * version and its digest's short form.
 *
 * @example
 *   reportStatusLine({ status: 'official', resultsVersion: { version: 2, digest: '9c1e4b07aa35…' } })
 *   // => 'Kết quả chính thức (đã công bố), Phiên bản 2 (mã kiểm tra 9c1e 4b07 aa35)'
 */
export function reportStatusLine(input: Pick<ResultsReportInput, 'status' | 'resultsVersion'>): string {
  const version = officialResultsVersion(input)
  const status = REPORT_LABELS.status[input.status]
  return version === null
    ? status
    : `${status}, ${REPORT_LABELS.resultsVersion(version.version, shortDigest(version.digest))}`
}

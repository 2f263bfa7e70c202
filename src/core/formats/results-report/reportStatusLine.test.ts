import { describe, expect, it } from 'vitest'
import { buildResultsReportSpec } from './buildResultsReportSpec'
import { reportStatusLine } from './reportStatusLine'
import { aReportInput } from './testing/aReportInput'

const digest = '9c1e4b07aa35d2f0'.padEnd(64, '0')

describe('the results version in the report', () => {
  it('names the version and its short digest beside official results only', () => {
    expect(reportStatusLine({ status: 'official', resultsVersion: { version: 2, digest } })).toBe(
      'Kết quả chính thức (đã công bố), Phiên bản 2 (mã kiểm tra 9c1e 4b07 aa35)',
    )
    expect(reportStatusLine({ status: 'official' })).toBe('Kết quả chính thức (đã công bố)')
    expect(reportStatusLine({ status: 'provisional', resultsVersion: { version: 2, digest } })).toBe(
      'Kết quả tạm tính (chưa công bố)',
    )
  })

  it('prints the version under the title of "Tổng hợp" and the full digest in "Phương pháp"', () => {
    const spec = buildResultsReportSpec({
      ...aReportInput(),
      status: 'official',
      resultsVersion: { version: 2, digest },
    })
    const text = (name: string) => JSON.stringify(spec.sheets.find((sheet) => sheet.name === name)?.rows)

    expect(text('Tổng hợp')).toContain('Phiên bản 2 (mã kiểm tra 9c1e 4b07 aa35)')
    expect(text('Phương pháp')).toContain('"value":"Phiên bản kết quả","style":{"bold":true}},2]')
    expect(text('Phương pháp')).toContain(digest)
    const provisional = buildResultsReportSpec({ ...aReportInput(), status: 'provisional' })
    expect(JSON.stringify(provisional.sheets)).not.toContain('Phiên bản kết quả')
  })
})

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBuiltInLineage } from '@core/comparison/builtInLineages'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import { readLineageFile } from './readLineageFile'
import { lineageCsv, lineageWorkbookSpec } from './writeLineage'

const encode = (text: string) => new TextEncoder().encode(text)
const resource = (file: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../../resources/lineage', file)))

describe('readLineageFile', () => {
  it('reads the built-in CSV files as they are, source column included', async () => {
    const read = await readLineageFile(resource('danang-departments-2025-lineage.csv'), 'danang.csv')
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const builtIn = loadBuiltInLineage('danang-2025')
    expect(builtIn.ok && read.value).toEqual(builtIn.ok ? builtIn.value : null)
    expect(read.value.rows.find((row) => row.oldCode === 'STTTT')?.source).toMatch(/^https:\/\//)
  })

  it('writes CSV and xlsx that read back to the same lineage, weights included', async () => {
    const builtIn = loadBuiltInLineage('danang-2025')
    if (!builtIn.ok) throw new Error('built-in lineage invalid')
    const lineage = {
      rows: builtIn.value.rows.map((row, index) => ({ ...row, weight: index % 3 === 0 ? 1.5 : null })),
    }
    for (const style of ['machine', 'vi-excel'] as const) {
      const csv = await readLineageFile(encode(lineageCsv(lineage, style)), 'x.csv')
      expect(csv.ok && csv.value).toEqual(lineage)
    }
    const bytes = await writeWorkbook(lineageWorkbookSpec(lineage))
    if (!bytes.ok) throw new Error('workbook not written')
    const xlsx = await readLineageFile(bytes.value, 'x.xlsx')
    expect(xlsx.ok && xlsx.value).toEqual(lineage)
  })

  it('accepts the columns in any order and case, without weight or source', async () => {
    const read = await readLineageFile(
      encode('KIND;Old_Code;old_name;new_code;new_name;effective_date\r\nrenamed;A;Cũ;B;Mới;2025-07-01\r\n'),
      'x.csv',
    )
    expect(read.ok && read.value.rows[0]).toMatchObject({
      oldCode: 'A',
      newCode: 'B',
      kind: 'renamed',
      weight: null,
    })
  })

  it('reports every problem of a bad file at once, located by row', async () => {
    const text = [
      'new_code,new_name,old_code,old_name,kind,effective_date,weight',
      'B,,A,,merged,2025-03-01,',
      'C,,A,,merged,2025-03-01,', // row 3: A merged twice on one date
      'X,,Y,,renamed,01/07/2025,', // row 4: bad date
      'Y,,X,,renamed,2025-07-01,', // row 5
      'D,,E,,swallowed,2025-07-01,abc', // row 6: bad kind and weight
      'F,,NOPE,,merged,2025-07-01,', // row 7: unknown code
    ].join('\n')
    const read = await readLineageFile(encode(text), 'bad.csv', { knownCodes: new Set(['A', 'X', 'Y', 'E']) })
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.map((issue) => [issue.code, 'row' in issue ? issue.row : null])).toEqual([
      ['lineage-merged-twice', 3],
      ['lineage-bad-date', 4],
      ['lineage-bad-kind', 6],
      ['lineage-bad-weight', 6],
      ['lineage-unknown-code', 7],
    ])
  })

  it('refuses a file without the required columns, naming each, and other file types', async () => {
    const read = await readLineageFile(encode('new_code,old_code\nA,B\n'), 'x.csv')
    expect(read.ok ? null : read.error).toEqual([
      { code: 'lineage-missing-column', column: 'new_name' },
      { code: 'lineage-missing-column', column: 'old_name' },
      { code: 'lineage-missing-column', column: 'kind' },
      { code: 'lineage-missing-column', column: 'effective_date' },
    ])
    const other = await readLineageFile(encode('x'), 'x.txt')
    expect(other.ok ? null : other.error).toEqual([{ code: 'unsupported-file-type', fileName: 'x.txt' }])
  })
})

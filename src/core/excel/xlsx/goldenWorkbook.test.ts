// Golden file (house style B6): a workbook written by writeWorkbook and committed. It must keep
// importing with the same values whatever changes in the writer or in exceljs.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readWorkbook } from './readWorkbook'
import { EVERY_FEATURE_SPEC } from './testing/everyFeatureSpec'
import { writeWorkbook } from './writeWorkbook'

const GOLDEN = new URL(
  '../../../../tests/fixtures/workbooks/sheet-workbook-every-feature-v1.xlsx',
  import.meta.url,
)

describe('the committed every-feature workbook', () => {
  it('reads with the values of the spec it was written from', async () => {
    const golden = await readWorkbook(new Uint8Array(readFileSync(GOLDEN)))
    const written = await writeWorkbook(EVERY_FEATURE_SPEC)
    const current = written.ok ? await readWorkbook(written.value) : written

    expect(golden.ok).toBe(true)
    expect(golden).toEqual(current)
  })
})

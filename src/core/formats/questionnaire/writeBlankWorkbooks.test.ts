import { describe, expect, it } from 'vitest'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { readQuestionnaire } from './readQuestionnaire'
import { everyTypeFramework } from './testing/questionnaireFixtures'
import { writeBlankWorkbooks } from './writeBlankWorkbooks'

const framework = everyTypeFramework()
const units = [
  { code: 'SNV', name: 'Sở Nội vụ' },
  { code: 'STC', name: 'Sở Tài chính' },
  { code: 'SYT', name: 'Sở Y tế' },
]
const meta = { year: 2026, appVersion: '0.1.0', exportedAt: '2026-03-01T08:00:00.000Z' }

describe('writeBlankWorkbooks', { timeout: 30_000 }, () => {
  it('writes one readable workbook per unit, named by code, one progress step each', async () => {
    const steps: number[] = []

    const files = await writeBlankWorkbooks(framework, units, meta, {
      onProgress: ({ done, total }) => {
        expect(total).toBe(3)
        steps.push(done)
      },
    })

    if (!files.ok) throw new Error(JSON.stringify(files.error))
    expect(files.value.map((file) => file.fileName)).toEqual([
      `${framework.id}-2026-SNV.xlsx`,
      `${framework.id}-2026-STC.xlsx`,
      `${framework.id}-2026-SYT.xlsx`,
    ])
    expect(steps).toEqual([0, 1, 2, 3])
    const workbook = await readWorkbook(files.value[1]?.bytes ?? new Uint8Array())
    if (!workbook.ok) throw new Error(JSON.stringify(workbook.error))
    const read = readQuestionnaire(workbook.value, framework)
    if (!read.ok) throw new Error(JSON.stringify(read.error))
    expect(read.value.unit.code).toBe('STC')
  })

  it('cancelled midway returns no files and says how many complete workbooks were written', async () => {
    const controller = new AbortController()

    const files = await writeBlankWorkbooks(framework, units, meta, {
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 2) controller.abort()
      },
    })

    expect(files).toEqual({ ok: false, error: { code: 'cancelled', written: 2, total: 3 } })
  })
})

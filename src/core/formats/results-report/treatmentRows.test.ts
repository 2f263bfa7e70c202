import { describe, expect, it } from 'vitest'
import type { ValidFramework } from '@core/framework/validateFramework'
import { buildResultsReportSpec } from './buildResultsReportSpec'
import { aReportInput } from './testing/aReportInput'
import { treatmentLabel } from './treatmentRows'

describe('outlier treatment in "Phương pháp"', () => {
  const methodText = (input: ReturnType<typeof aReportInput>) =>
    JSON.stringify(buildResultsReportSpec(input).sheets.find((sheet) => sheet.name === 'Phương pháp')?.rows)

  it('says nothing when the framework treats nothing, so earlier reports are unchanged', () => {
    expect(methodText(aReportInput())).not.toContain('ngoại lai')
  })

  it('names the treatment and lists the treated indicators with their units', () => {
    const input = aReportInput()
    const [first] = Object.keys(input.result.indicators)
    const framework = {
      ...input.framework,
      method: { ...input.framework.method, treatment: { method: 'coinr', winmax: 5 } },
    } as ValidFramework
    const indicators = Object.fromEntries(
      Object.entries(input.result.indicators).map(([code, column]) => [
        code,
        {
          ...column,
          treatment:
            code === first
              ? { winsorised: 2, rows: [1, 4], log: false }
              : { winsorised: 0, rows: [], log: false },
        },
      ]),
    )
    const text = methodText({ ...input, framework, result: { ...input.result, indicators } })

    expect(text).toContain(
      '"Xử lý ngoại lai (trước chuẩn hoá)","style":{"bold":true}},"Như COINr: Winsorise tối đa 5 điểm, nếu vẫn lệch thì log"]',
    )
    expect(text).toContain(`["${first}",2,{"value":"DV02, DV05","style":{"wrap":true}},"Không"]`)
    expect(text.match(/,"Không"\]/g)).toHaveLength(1)
  })

  it('words every treatment in Vietnamese', () => {
    expect(treatmentLabel({ method: 'none' })).toBe('Không xử lý')
    expect(treatmentLabel({ method: 'winsorise', winmax: 3 })).toBe('Winsorise tối đa 3 điểm')
    expect(treatmentLabel({ method: 'log' })).toBe('Biến đổi log (log_CT)')
  })
})

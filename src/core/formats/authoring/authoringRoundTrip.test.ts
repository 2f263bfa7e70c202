import { describe, expect, it } from 'vitest'
import { builtInFrameworkIds, loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { INJECTION_PAYLOADS } from '@core/excel/testing/injectionPayloads'
import { aFramework } from '@core/framework/testing/aFramework'
import { aChoice, aQuestion } from '@core/framework/testing/frameworkParts'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import { loadFramework } from '@core/framework/loadFramework'
import { anEdgeCasePointsFramework, anEdgeCaseRelativeFramework } from './testing/edgeCaseFrameworks'
import { roundTripAuthoringWorkbook } from './testing/roundTripAuthoringWorkbook'
import { serialiseFramework } from '@core/formats/framework-file/serialiseFramework'

describe('authoring workbook round trip', () => {
  it.each(builtInFrameworkIds)(
    'gives back the built-in framework %s exactly, down to its canonical JSON',
    async (id) => {
      const framework = loadBuiltInFramework(id)
      if (!framework.ok) throw new Error(`built-in ${id} does not load`)

      const back = await roundTripAuthoringWorkbook(framework.value)

      expect(back).toStrictEqual({ ok: true, value: framework.value })
      expect(back.ok && serialiseFramework(back.value)).toBe(serialiseFramework(framework.value))
    },
  )

  it.each([
    ['the relative test framework with every question type', aFramework()],
    ['the points test framework', aPointsFramework()],
  ])('gives back %s exactly', async (_name, framework) => {
    const back = await roundTripAuthoringWorkbook(framework)

    expect(back).toStrictEqual({ ok: true, value: framework })
  })
})

describe('authoring workbook round trip of rarely used fields', () => {
  it.each([
    [
      'a relative framework with descriptions, overrides, odd texts, bands and comparability',
      anEdgeCaseRelativeFramework,
    ],
    ['a points framework with rules nested two levels deep', anEdgeCasePointsFramework],
  ])('gives back %s exactly', async (_name, build) => {
    const framework = loadFramework(build())
    if (!framework.ok) throw new Error(JSON.stringify(framework.error))

    const back = await roundTripAuthoringWorkbook(framework.value)

    expect(back).toStrictEqual({ ok: true, value: framework.value })
  })
})

describe('authoring workbook round trip of formula-like text', () => {
  it('gives back every injection payload exactly, written as text', async () => {
    // NUL cannot be stored in an xlsx at all (the writer removes it), so that payload is left out.
    const payloads = INJECTION_PAYLOADS.filter(
      (payload) => !payload.includes('\u0000') && payload.trim() !== '',
    )
    const base = aFramework()
    const framework = loadFramework(
      aFramework({
        questions: [
          ...base.questions.filter((question) => question.code !== 'CongThongTin'),
          aQuestion({
            code: 'CongThongTin',
            section: 'UD',
            type: 'single-choice',
            help: { vi: payloads[0] ?? '', en: payloads[1] ?? '' },
            choices: payloads.map((payload, index) =>
              aChoice({ value: `c${index}`, label: { vi: payload, en: payload } }),
            ),
          }),
        ],
      }),
    )
    if (!framework.ok) throw new Error(JSON.stringify(framework.error))

    const back = await roundTripAuthoringWorkbook(framework.value)

    expect(back).toStrictEqual({ ok: true, value: framework.value })
  })
})

describe('authoring workbook round trip of outlier treatment (decision 0017)', () => {
  it('gives back the framework default and per-indicator treatments exactly', async () => {
    const base = aFramework()
    const [first, second, ...rest] = base.indicators
    const framework = loadFramework({
      ...base,
      method: { ...base.method, treatment: { method: 'coinr', winmax: 5 } },
      indicators: [
        { ...first, treatment: { method: 'log' } },
        { ...second, treatment: { method: 'winsorise', winmax: 3 } },
        ...rest,
      ],
    })
    if (!framework.ok) throw new Error(JSON.stringify(framework.error))

    const back = await roundTripAuthoringWorkbook(framework.value)

    expect(back).toStrictEqual({ ok: true, value: framework.value })
    expect(back.ok && back.value.indicators[1]?.treatment).toEqual({ method: 'winsorise', winmax: 3 })
  })
})

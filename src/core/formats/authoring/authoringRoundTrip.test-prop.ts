import { test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { validFrameworkArbitrary } from '@core/framework/testing/validFrameworkArbitrary'
import { loadFramework } from '@core/framework/loadFramework'
import { roundTripAuthoringWorkbook } from './testing/roundTripAuthoringWorkbook'

// Each run writes and reads a real .xlsx, hence the modest number of runs.
test.prop([validFrameworkArbitrary], { numRuns: 25 })(
  'an authoring workbook gives back any valid framework exactly',
  async (generated) => {
    const framework = loadFramework(generated)
    if (!framework.ok)
      throw new Error(`generator produced an invalid framework: ${JSON.stringify(framework.error)}`)

    const back = await roundTripAuthoringWorkbook(framework.value)

    expect(back).toStrictEqual({ ok: true, value: framework.value })
  },
  120_000,
)

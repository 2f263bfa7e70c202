import { describe, expect, it } from 'vitest'
import { checkBandsAndComparability } from './checkBandsAndComparability'
import { aFramework } from './testing/aFramework'
import { aPointsFramework } from './testing/aPointsFramework'

const band = (code: string, minShare: number) => ({ code, label: { vi: code }, minShare })

describe('checkBandsAndComparability', () => {
  it('reports bands whose lowest band does not start at 0', () => {
    expect(
      checkBandsAndComparability(aPointsFramework({ bands: [band('tot', 0.8), band('kha', 0.5)] })),
    ).toEqual([{ code: 'band-order', path: 'bands', problem: 'no-zero-band' }])
  })

  it('reports two bands with the same minimum share', () => {
    expect(
      checkBandsAndComparability(
        aPointsFramework({ bands: [band('tot', 0.5), band('kha', 0.5), band('yeu', 0)] }),
      ),
    ).toEqual([{ code: 'band-order', path: 'bands[1].minShare', problem: 'not-descending' }])
  })

  it('accepts no bands at all', () => {
    expect(checkBandsAndComparability(aPointsFramework({ bands: [] }))).toEqual([])
  })

  it('accepts notes on indicators and components, and dropped codes of the previous version', () => {
    const framework = aFramework({
      comparability: [
        {
          previousVersion: '2024.1',
          notes: [
            { indicator: 'HTKT_MayTinh', change: 'renamed', previousCode: 'HTKT_1' },
            { indicator: 'UD', change: 'changed' },
            { indicator: 'OLD', change: 'dropped' },
          ],
        },
      ],
    })

    expect(checkBandsAndComparability(framework)).toEqual([])
  })
})

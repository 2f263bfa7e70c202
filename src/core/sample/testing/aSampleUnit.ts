import type { SampleUnit } from '@core/sample/sampleUnit'

/**
 * A department-like unit for tests; fields replaced by `overrides`.
 *
 * @example
 *   aSampleUnit({ code: 'Q-HC', group: 'quan-huyen' })
 */
export function aSampleUnit(overrides: Partial<SampleUnit> = {}): SampleUnit {
  return {
    code: 'TEST',
    name: 'Đơn vị kiểm thử',
    group: 'so-ban-nganh',
    groupName: 'Sở, ban, ngành',
    ...overrides,
  }
}

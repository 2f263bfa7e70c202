import { danangUnits } from './danangUnits'
import type { SampleUnit } from './sampleUnit'

/**
 * `count` made-up units for benchmarks and large samples: codes `SYN-0001`, `SYN-0002` … (wider
 * past 9999), Vietnamese names, groups taken in turn from `groups`. The n-th unit is the same
 * whatever `count` is, so a larger sample extends a smaller one.
 *
 * @example
 *   syntheticUnits(2, ['so-ban-nganh'])
 *   // => [{ code: 'SYN-0001', name: 'Đơn vị thử nghiệm số 1', group: 'so-ban-nganh', groupName: 'Sở, ban, ngành' }, …]
 */
export function syntheticUnits(count: number, groups: readonly [string, ...string[]]): SampleUnit[] {
  return Array.from({ length: count }, (_, index) => {
    const group = groups[index % groups.length] ?? groups[0]
    return {
      code: `SYN-${String(index + 1).padStart(4, '0')}`,
      name: `Đơn vị thử nghiệm số ${index + 1}`,
      group,
      groupName: danangUnits.find((unit) => unit.group === group)?.groupName ?? group,
    }
  })
}

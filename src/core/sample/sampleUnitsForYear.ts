import { loadBuiltInLineage } from '@core/comparison/builtInLineages'
import type { Framework } from '@core/framework/framework'
import { danangUnits } from './danangUnits'
import { sampleProfileFor } from './sampleProfiles'
import type { SampleUnit } from './sampleUnit'

const DEPARTMENTS = 'Sở, ban, ngành'
const WARDS = 'UBND xã, phường'

/**
 * Đà Nẵng's units standing on 31 December of a year, through the built-in 2025 lineage
 * (`danang-2025`): 2024 and before, the 28 former units (`danangUnits`); from 2025, the merged
 * departments (Sở Khoa học và Công nghệ with the former Sở Thông tin và Truyền thông…), the
 * Ban Quản lý An toàn thực phẩm dissolved, and the districts replaced by the wards and communes
 * the lineage names (group `xa-phuong`). Successors are in the lineage file's order.
 *
 * @example
 *   danangUnitsInYear(2026).some((unit) => unit.code === 'STTTT') // => false
 */
export function danangUnitsInYear(year: number): readonly SampleUnit[] {
  const lineage = loadBuiltInLineage('danang-2025')
  if (!lineage.ok) return danangUnits
  const standing = new Map(danangUnits.map((unit) => [unit.code, unit]))
  for (const row of lineage.value.rows) {
    if (row.effectiveDate > `${year}-12-31` || row.kind === 'unchanged') continue
    if (row.oldCode !== '' && row.oldCode !== row.newCode) standing.delete(row.oldCode)
    if (row.newCode !== '' && !standing.has(row.newCode))
      standing.set(row.newCode, {
        code: row.newCode,
        name: row.newName,
        ...(/^[PX]-/.test(row.newCode)
          ? { group: 'xa-phuong', groupName: WARDS }
          : { group: 'so-ban-nganh', groupName: DEPARTMENTS }),
      })
  }
  return [...standing.values()]
}

/**
 * The units a framework's sample of a year is generated for in the sample workspace: Đà Nẵng's
 * units standing that year (`danangUnitsInYear`) of the groups its questionnaire suits, or all
 * of them when none is (as `defaultSampleUnits`).
 *
 * @example
 *   sampleUnitsForYear(departmentFramework, 2024) // => the 28 former units
 */
export function sampleUnitsForYear(
  framework: Pick<Framework, 'id' | 'unitGroup'>,
  year: number,
): readonly SampleUnit[] {
  const groups: readonly string[] = sampleProfileFor(framework).unitGroups
  const units = danangUnitsInYear(year)
  const matching = units.filter((unit) => groups.includes(unit.group))
  return matching.length > 0 ? matching : units
}

import { isLocalGovernment } from './sampleUnit'
import { growth, type SampleContext } from './sampleContext'
import { countAround, level } from './sampleDraws'

/**
 * The sizes a department's answers are built from, drawn once per unit and year so the sections
 * agree with each other (computers on the Internet never exceed the computers, and so on).
 *
 * @example
 *   const basics: DepartmentBasics = { staff: 80, subordinateUnits: 2, subordinateStaff: 60, desktops: 55, laptops: 12, servers: 2, subordinateDesktops: 40, subordinateLaptops: 5, subordinateServers: 0, procedures: 90, itStaff: 3 }
 */
export type DepartmentBasics = {
  readonly staff: number
  readonly subordinateUnits: number
  readonly subordinateStaff: number
  readonly desktops: number
  readonly laptops: number
  readonly servers: number
  readonly subordinateDesktops: number
  readonly subordinateLaptops: number
  readonly subordinateServers: number
  /** Administrative procedures the unit handles (TTHC_DonVi). */
  readonly procedures: number
  /** Dedicated IT staff at the unit (SoLuongCanBo_DV), at least 1. */
  readonly itStaff: number
}

/**
 * Draws a department's (or district's) sizes for the year: staff grow ~1.5 % a year, computers
 * follow staff and maturity, servers and IT staff follow size and maturity.
 *
 * @example
 *   departmentBasics(createSampleContext(1, unit, 2025)).desktops // => e.g. 61
 */
export function departmentBasics(context: SampleContext): DepartmentBasics {
  const { traits, stable } = context
  const isDistrict = isLocalGovernment(context.unit)
  const staff = countAround(context, 'staff', traits.staff * growth(context, 0.015), 0.02)
  const subordinateUnits = traits.subordinateUnits
  const subordinateStaff =
    subordinateUnits === 0
      ? 0
      : countAround(
          context,
          'subordinate-staff',
          subordinateUnits * stable.between('staff-per-subordinate', 12, 60),
          0.03,
        )
  const perStaff = (key: string, low: number, high: number) =>
    countAround(context, key, staff * (low + (high - low) * level(context, key)), 0.06)
  const subordinatePerStaff = (key: string, low: number, high: number) =>
    countAround(context, key, subordinateStaff * (low + (high - low) * level(context, key)), 0.06)
  return {
    staff,
    subordinateUnits,
    subordinateStaff,
    desktops: Math.max(1, perStaff('desktops', 0.5, 0.85)),
    laptops: perStaff('laptops', 0.04, 0.4),
    servers: Math.round(level(context, 'servers') * (1 + staff / 50) * 2),
    subordinateDesktops: subordinatePerStaff('subordinate-desktops', 0.3, 0.8),
    subordinateLaptops: subordinatePerStaff('subordinate-laptops', 0.02, 0.25),
    subordinateServers:
      subordinateUnits === 0 ? 0 : Math.round(level(context, 'subordinate-servers') * subordinateUnits * 0.6),
    procedures: countAround(
      context,
      'procedures',
      isDistrict ? stable.integer('procedures', 220, 320) : stable.integer('procedures', 15, 180),
      0.03,
    ),
    itStaff: Math.max(1, Math.round(staff * (0.01 + 0.035 * level(context, 'it-staff')))),
  }
}

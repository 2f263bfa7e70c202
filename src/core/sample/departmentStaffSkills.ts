import type { DepartmentBasics } from './departmentBasics'
import type { SampleAnswers } from './sampleAnswers'
import type { SampleContext } from './sampleContext'
import { countAround, level, partOf, share } from './sampleDraws'

/**
 * Answers to section HTNL (human resources) of `dept-ict-readiness`: dedicated IT staff and their
 * degrees, training, and staff fluent with computers, at the unit and at its subordinate units.
 * Degrees never add up to more than the IT staff; maturity raises degrees, training and fluency.
 *
 * @example
 *   departmentStaffSkills(context, basics).SoLuongCanBo_DV // => basics.itStaff
 */
export function departmentStaffSkills(context: SampleContext, basics: DepartmentBasics): SampleAnswers {
  const own = degrees(context, 'DV', basics.itStaff)
  const subordinateItStaff =
    basics.subordinateUnits === 0
      ? 0
      : Math.min(
          basics.subordinateStaff,
          Math.max(1, Math.round(basics.subordinateUnits * share(context, 'SoLuongCanBo_DVTT', 0.3, 1.5))),
        )
  const subordinate = degrees(context, 'DVTT', subordinateItStaff)
  return {
    TienSy_DV: own.doctorates,
    ThacSy_DV: own.masters,
    DaiHocChinhQuy_DV: own.fullTime,
    DaiHocKhongChinhQuy_DV: own.partTime,
    LuotTapHuan_DV: countAround(
      context,
      'LuotTapHuan_DV',
      basics.itStaff * 3 * level(context, 'LuotTapHuan_DV'),
      0.2,
    ),
    SoLuongCanBo_DV: basics.itStaff,
    TienSy_DVTT: subordinate.doctorates,
    ThacSy_DVTT: subordinate.masters,
    DaiHocChinhQuy_DVTT: subordinate.fullTime,
    DaiHocKhongChinhQuy_DVTT: subordinate.partTime,
    LuotTapHuan_DVTT: countAround(
      context,
      'LuotTapHuan_DVTT',
      subordinateItStaff * 2 * level(context, 'LuotTapHuan_DVTT'),
      0.2,
    ),
    SoLuongCanBo_DVTT: subordinateItStaff,
    ThanhThaoMayTinh_DV: partOf(basics.staff, share(context, 'ThanhThaoMayTinh_DV', 0.55, 1)),
    LuotTapHuanThanhThaoMayTinh_DV: countAround(
      context,
      'LuotTapHuanThanhThaoMayTinh_DV',
      basics.staff * share(context, 'LuotTapHuanThanhThaoMayTinh_DV', 0.05, 0.9),
      0.15,
    ),
    ThanhThaoMayTinh_DVTT: partOf(
      basics.subordinateStaff,
      share(context, 'ThanhThaoMayTinh_DVTT', 0.45, 0.95),
    ),
    LuotTapHuanThanhThaoMayTinh_DVTT: countAround(
      context,
      'LuotTapHuanThanhThaoMayTinh_DVTT',
      basics.subordinateStaff * share(context, 'LuotTapHuanThanhThaoMayTinh_DVTT', 0.02, 0.6),
      0.15,
    ),
  }
}

type Degrees = {
  readonly doctorates: number
  readonly masters: number
  readonly fullTime: number
  readonly partTime: number
}

/** Splits IT staff by highest degree; the graduates are a share of the staff that grows with maturity. */
function degrees(context: SampleContext, scope: string, itStaff: number): Degrees {
  const graduates = partOf(itStaff, share(context, `graduates-${scope}`, 0.55, 1))
  const doctorates = context.stable.chance(`doctorate-${scope}`, 0.08) ? Math.min(1, graduates) : 0
  const masters = partOf(graduates - doctorates, share(context, `masters-${scope}`, 0, 0.45))
  const partTime = partOf(graduates - doctorates - masters, share(context, `part-time-${scope}`, 0.4, 0.05))
  return { doctorates, masters, fullTime: graduates - doctorates - masters - partTime, partTime }
}

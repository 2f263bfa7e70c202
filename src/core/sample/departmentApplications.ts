import { isLocalGovernment } from './sampleUnit'
import type { TableRow } from '@core/responses/answer'
import type { DepartmentBasics } from './departmentBasics'
import type { SampleAnswers } from './sampleAnswers'
import { growth, type SampleContext } from './sampleContext'
import { countAround, hasCapability, level, partOf, share } from './sampleDraws'
import { specialisedSoftware } from './vietnameseText'

/**
 * Answers to section UD (IT applications) of `dept-ict-readiness`: the core systems, the one-stop
 * shop, documents handled electronically, e-mail, open-source software on the computers and the
 * table of specialised software (`ListPMQLCN`), which gains rows as the unit matures.
 *
 * @example
 *   departmentApplications(context, basics).ListPMQLCN // => [{ TenPhanMem: 'Hệ thống quản lý văn bản và điều hành', … }, …]
 */
export function departmentApplications(context: SampleContext, basics: DepartmentBasics): SampleAnswers {
  const computers = basics.desktops + basics.laptops
  const isDistrict = isLocalGovernment(context.unit)
  const hasOneStopShop = isDistrict || hasCapability(context, 'MotCuaDienTu', 0.25)
  const outgoing = countAround(
    context,
    'TongSo_VBDi',
    basics.staff * context.stable.between('documents-out', 8, 20) * growth(context, 0.03),
    0.05,
  )
  const incoming = countAround(
    context,
    'TongSo_VBDen',
    basics.staff * context.stable.between('documents-in', 20, 45) * growth(context, 0.03),
    0.05,
  )
  const onComputers = (key: string, low: number, high: number) =>
    partOf(computers, share(context, key, low, high))
  return {
    QLVB: hasCapability(context, 'QLVB', 0.05),
    QLNhanSu: hasCapability(context, 'QLNhanSu', 0.35),
    QLTaiChinhKeToan: hasCapability(context, 'QLTaiChinhKeToan', 0.15),
    QLTaiSanCong: hasCapability(context, 'QLTaiSanCong', 0.45),
    QLKhieuNai: hasCapability(context, 'QLKhieuNai', 0.6),
    ChuKySo: hasCapability(context, 'ChuKySo', 0.3),
    MotCuaDienTu: hasOneStopShop,
    SoTTHC: partOf(basics.procedures, share(context, 'SoTTHC', 0.5, 1)),
    DV_LienThong: Math.round(12 * level(context, 'DV_LienThong') ** 1.5),
    VBDi: partOf(outgoing, share(context, 'VBDi', 0.45, 0.99)),
    VBDen: partOf(incoming, share(context, 'VBDen', 0.5, 1)),
    TongSo_VBDi: outgoing,
    TongSo_VBDen: incoming,
    SoEmail: partOf(basics.staff, share(context, 'SoEmail', 0.35, 1)),
    OpenOffice: onComputers('OpenOffice', 0.02, 0.45),
    MozillaThunderBird: onComputers('MozillaThunderBird', 0.02, 0.35),
    MozillaFireFox: onComputers('MozillaFireFox', 0.3, 0.85),
    Unikey: onComputers('Unikey', 0.85, 1),
    PMNM: onComputers('PMNM', 0, 0.08),
    PMNM_MayChu: partOf(basics.servers, share(context, 'PMNM_MayChu', 0, 0.8)),
    ListPMQLCN: softwareRows(context),
  }
}

/** 0–7 rows: the unit's own ordering of the software list, more of it in use as it matures. */
function softwareRows(context: SampleContext): readonly TableRow[] {
  const order = [...specialisedSoftware].sort(
    (a, b) => context.stable.uniform(`software:${a}`) - context.stable.uniform(`software:${b}`),
  )
  const count = Math.min(
    order.length,
    Math.round(7 * level(context, 'ListPMQLCN') + 0.3 * context.yearly.normal('ListPMQLCN-count')),
  )
  return order.slice(0, Math.max(0, count)).map((name, index) => ({
    TenPhanMem: name,
    LienThongSBN: context.stable.integer(`software:${index}:SBN`, 0, 6),
    LienThongUBNDCapHuyen: context.stable.integer(`software:${index}:huyen`, 0, 7),
    LienThongUBNDCapXa: context.stable.chance(`software:${index}:has-xa`, 0.4)
      ? context.stable.integer(`software:${index}:xa`, 1, 56)
      : 0,
    LienThongDVTT: Math.min(
      context.traits.subordinateUnits,
      context.stable.integer(`software:${index}:DVTT`, 0, 4),
    ),
  }))
}

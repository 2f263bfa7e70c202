import type { DepartmentBasics } from './departmentBasics'
import type { SampleAnswers } from './sampleAnswers'
import type { SampleContext } from './sampleContext'
import { countAround, hasCapability, level, partOf, share } from './sampleDraws'

/**
 * Answers to the sections DonVi (the unit) and HTKT (technical infrastructure) of
 * `dept-ict-readiness`: staff and subordinate units, IT office, computers and devices, lines and
 * bandwidth, security and backup.
 *
 * @example
 *   departmentInfrastructure(context, basics).MayBan // => basics.desktops
 */
export function departmentInfrastructure(context: SampleContext, basics: DepartmentBasics): SampleAnswers {
  const hasItOffice = basics.staff >= 60 && hasCapability(context, 'HasPhongCNTT', 0.45)
  const computers = basics.desktops + basics.laptops
  const subordinateComputers = basics.subordinateDesktops + basics.subordinateLaptops
  const devices = (key: string, perHundred: number) =>
    countAround(context, key, (basics.staff / 100) * perHundred * (0.5 + level(context, key)), 0.2)
  const subordinateDevices = (key: string, perHundred: number) =>
    countAround(context, key, (basics.subordinateStaff / 100) * perHundred * (0.5 + level(context, key)), 0.2)
  const fibreLines = 1 + (basics.staff > 150 ? 1 : 0) + (hasCapability(context, 'CapQuang2', 0.6) ? 1 : 0)
  const adslLines = hasCapability(context, 'ADSL-retired', 0.4) ? 0 : 1
  const leasedLines = hasCapability(context, 'LeasedLine', 0.7) ? 1 : 0
  const dedicatedNetworks = hasCapability(context, 'MangChuyenDung', 0.35) ? 1 : 0
  return {
    SoCBCC: basics.staff,
    SoDonViTrucThuoc: basics.subordinateUnits,
    SoCB_DVTT: basics.subordinateStaff,
    HasPhongCNTT: hasItOffice,
    SoCB_PhongCNTT: hasItOffice ? Math.min(basics.staff, Math.max(2, basics.itStaff + 1)) : null,
    HasToCNTT: !hasItOffice && hasCapability(context, 'HasToCNTT', 0.25),
    SoCB_ToCNTT: Math.min(basics.staff, Math.max(1, basics.itStaff)),
    MayBan: basics.desktops,
    LapTop: basics.laptops,
    MayChu: basics.servers,
    MayNoiMangInternet: partOf(computers, share(context, 'MayNoiMangInternet', 0.82, 1)),
    VirusCoBanQuyen: partOf(computers + basics.servers, share(context, 'VirusCoBanQuyen', 0.2, 1)),
    MayChieu: devices('MayChieu', 3),
    MayScan: devices('MayScan', 6),
    MayIn: devices('MayIn', 25),
    MayAnh: devices('MayAnh', 1),
    MayQuayPhim: devices('MayQuayPhim', 0.5),
    MayTinhBang: devices('MayTinhBang', 2),
    MayBan_DVTT: basics.subordinateDesktops,
    LapTop_DVTT: basics.subordinateLaptops,
    MayChu_DVTT: basics.subordinateServers,
    MayNoiMangInternet_DVTT: partOf(subordinateComputers, share(context, 'MayNoiMangInternet_DVTT', 0.7, 1)),
    VirusCoBanQuyen_DVTT: partOf(
      subordinateComputers + basics.subordinateServers,
      share(context, 'VirusCoBanQuyen_DVTT', 0.1, 0.9),
    ),
    MayChieu_DVTT: subordinateDevices('MayChieu_DVTT', 2),
    MayScan_DVTT: subordinateDevices('MayScan_DVTT', 4),
    MayIn_DVTT: subordinateDevices('MayIn_DVTT', 20),
    MayAnh_DVTT: subordinateDevices('MayAnh_DVTT', 0.5),
    MayQuayPhim_DVTT: subordinateDevices('MayQuayPhim_DVTT', 0.2),
    MayTinhBang_DVTT: subordinateDevices('MayTinhBang_DVTT', 1),
    PhongHopTrucTuyen: hasCapability(context, 'PhongHopTrucTuyen', 0.3),
    ADSL: adslLines,
    DungLuong_ADSL: adslLines * 40,
    CapQuang: fibreLines,
    DungLuong_CapQuang: fibreLines * 100 * Math.round(1 + 4 * level(context, 'DungLuong_CapQuang')),
    LeasedLine: leasedLines,
    DungLuong_Leased: leasedLines * 50 * Math.round(1 + 3 * level(context, 'DungLuong_Leased')),
    MangChuyenDung: dedicatedNetworks,
    DungLuong_MangChuyenDung:
      dedicatedNetworks * 20 * Math.round(1 + 4 * level(context, 'DungLuong_MangChuyenDung')),
    ManHinh_LichCongTac: hasCapability(context, 'ManHinh_LichCongTac', 0.5) ? 1 : 0,
    ManHinh_TraCuuTTHC: hasCapability(context, 'ManHinh_TraCuuTTHC', 0.55)
      ? Math.max(1, Math.round(basics.procedures / 120))
      : 0,
    HeThongTuongLua: hasCapability(context, 'HeThongTuongLua', 0.2),
    PhongChongTruyCapTraiPhep: hasCapability(context, 'PhongChongTruyCapTraiPhep', 0.5),
    CanhBaoChayNo: hasCapability(context, 'CanhBaoChayNo', 0.45),
    ChongSet: hasCapability(context, 'ChongSet', 0.3),
    BangTu: hasCapability(context, 'BangTu', 0.85),
    TuDia: hasCapability(context, 'TuDia', 0.65),
    SAN: hasCapability(context, 'SAN', 0.8),
    NAS: hasCapability(context, 'NAS', 0.4),
    DAS: hasCapability(context, 'DAS', 0.7),
    RAID: hasCapability(context, 'RAID', 0.45),
    Khac: hasCapability(context, 'Khac', 0.9),
    TongMucDauTu: Math.round(basics.staff * (2 + 18 * level(context, 'TongMucDauTu')) * 10) / 10,
  }
}

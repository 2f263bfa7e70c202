import { isLocalGovernment } from './sampleUnit'
import type { Framework } from '@core/framework/framework'
import { choiceValues } from './choiceValues'
import type { DepartmentBasics } from './departmentBasics'
import type { SampleAnswers } from './sampleAnswers'
import type { SampleContext } from './sampleContext'
import { countAround, gradeChoice, hasCapability, partOf, share } from './sampleDraws'
import { developers, portalNotes, portalStacks, portalUpgrades } from './vietnameseText'

/** Portal items graded by a choice list (best first), with how hard the best grade is. */
const GRADED_ITEMS: Readonly<Record<string, number>> = {
  CoCauToChuc: -0.15,
  ChucNang_DVTT: -0.05,
  ThongTinTomTat: -0.1,
  ThongTinGiaoDich: -0.2,
  ThongTinLienHe: 0,
  ThongTinThongKe: 0.1,
  TanSuatCapNhat: 0,
  LichLamViec: 0,
  Tin_BaiViet: 0.05,
  ChienLuoc_QuyHoach: 0.1,
  KeHoachPhatTrien: 0.05,
  VanBanQuyPham_DangTai: 0,
  SoDuAn: 0.1,
  ThongTinToiThieu: 0.05,
  SoLuongDeTaiKH_DangTai: 0.15,
  YKienDangTai: 0.1,
  CungCapThongTin: 0,
  DuLieuDacTa: 0.1,
  Unicode: -0.3,
  TuongThichTrinhDuyet: -0.2,
  TenMien_CTTDT: -0.3,
  BaoCaoHangNam_TTDT: -0.1,
  CapNhatThongTin: -0.05,
  NoiDungThongTin: -0.1,
  QuyDinhKhac: -0.05,
}

/** Portal items answered yes or no, with their difficulty (0 easy – 1 hard). */
const YES_NO_ITEMS: Readonly<Record<string, number>> = {
  LichSuHinhThanh: 0.1,
  PhoBienVanBan: 0.3,
  ChuyenMuc_ChuyenTrang: 0.45,
  VanBanQuyPham: 0.3,
  ChuyenTrang_QuanLy: 0.5,
  VanBanQuyPham_TaiVe: 0.35,
  HangMucDauTu: 0.45,
  DeTaiKhoaHoc: 0.65,
  GopY: 0.4,
  ChucNangTimKiem: 0.15,
  SoDoWebsite: 0.4,
  TraoDoi_HoiDap: 0.5,
  LienKetWebsite: 0.1,
  NguoiKhuyetTat: 0.8,
  BanBienTap: 0.1,
  QuanTriKyThuat: 0.2,
  DichVuCongTT: 0.35,
  TapHuanDaoTao: 0.55,
  BienPhapKyThuat: 0.3,
  GiaiPhapHieuQua: 0.6,
  PhuongAnDuPhong: 0.55,
  BanHanhQuyChe: 0.35,
  BanHanhQuyChe_TTDT: 0.25,
}

/**
 * Answers to section CTTDT (the unit's web portal) of `dept-ict-readiness`: the technology and
 * its developer, the Decree 43/42 information items (graded or yes-no, easier ones first),
 * direction documents published, and online public services, whose level-3+ share grows with
 * maturity. The district map is answered yes by districts only.
 *
 * @example
 *   departmentPortal(context, basics, framework).DVC3 // => e.g. 41 of 90 procedures
 */
export function departmentPortal(
  context: SampleContext,
  basics: DepartmentBasics,
  framework: Pick<Framework, 'questions'>,
): SampleAnswers {
  const stack = context.stable.pick('portal-stack', portalStacks)
  const upgrades = hasCapability(context, 'NangCapTrongNam', 0.5)
    ? 1 + (context.yearly.chance('second-upgrade', 0.2) ? 1 : 0)
    : 0
  const directions = countAround(
    context,
    'VanBanChiDao',
    10 + basics.staff * context.stable.between('directions', 0.3, 1.2),
    0.1,
  )
  const answers: Record<string, string | number | boolean | null> = {
    Website_Portal: context.yearly.pick('Website_Portal', portalNotes),
    CongNgheLoi: stack.core,
    NgonNguLapTrinh: stack.language,
    CSDL: stack.database,
    DonViThucHien: context.stable.pick('DonViThucHien', developers),
    NangCapTrongNam: upgrades,
    NoiDung: upgrades > 0 ? context.yearly.pick('NoiDung', portalUpgrades) : null,
    DonViThucHien2: upgrades > 0 ? context.yearly.pick('DonViThucHien2', developers) : null,
    BanDoDiaGioi: isLocalGovernment(context.unit),
    VanBanChiDao: directions,
    VanBanChiDao_DangTai: partOf(directions, share(context, 'VanBanChiDao_DangTai', 0.4, 1)),
    TTHC_DonVi: basics.procedures,
    DVC1: basics.procedures,
    DVC2: partOf(basics.procedures, share(context, 'DVC2', 0.7, 1)),
    DVC3: partOf(basics.procedures, share(context, 'DVC3', 0.1, 0.9)),
    SoDVCoCTTDT: partOf(basics.subordinateUnits, share(context, 'SoDVCoCTTDT', 0, 1)),
  }
  for (const [code, difficulty] of Object.entries(GRADED_ITEMS))
    answers[code] = gradeChoice(context, code, choiceValues(framework, code), difficulty)
  for (const [code, difficulty] of Object.entries(YES_NO_ITEMS))
    answers[code] = hasCapability(context, code, difficulty)
  return answers
}

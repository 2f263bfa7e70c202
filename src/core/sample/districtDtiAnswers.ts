import type { Framework } from '@core/framework/framework'
import { choiceValues } from './choiceValues'
import type { SampleAnswers } from './sampleAnswers'
import { growth, type SampleContext } from './sampleContext'
import { countAround, gradeChoice, hasCapability, level, partOf, share } from './sampleDraws'

/**
 * Plausible answers of one district (quận/huyện) to the built-in `dti-points` questionnaire for
 * one year, every question covered. Totals (households, villages, communes, businesses,
 * applications…) are sized per district and grow slowly; the parts of them are shares driven by
 * the district's maturity, so a maturing district earns more points year on year.
 *
 * @example
 *   districtDtiAnswers(createSampleContext(1, unit, 2025), framework).TongSoHo // => e.g. 41250
 */
export function districtDtiAnswers(
  context: SampleContext,
  framework: Pick<Framework, 'questions'>,
): SampleAnswers {
  // Object.assign, not spread: V8 spreads large objects slowly.
  return Object.assign(
    {},
    leadershipAndPlanning(context, framework),
    infrastructureAndPeople(context, framework),
    governmentEconomySociety(context, framework),
  )
}

/** A total sized per district (`low`–`high` in 2024) growing by `rate` a year. */
function total(context: SampleContext, key: string, low: number, high: number, rate = 0.015): number {
  return countAround(
    context,
    key,
    context.stable.between(`size:${key}`, low, high) * growth(context, rate),
    0.01,
  )
}

function leadershipAndPlanning(
  context: SampleContext,
  framework: Pick<Framework, 'questions'>,
): SampleAnswers {
  const meetings = Math.round(1 + 4.5 * level(context, 'SoCuocHopBCD'))
  const allMeetings = meetings + context.yearly.integer('TongSoCuocHopCDS', 1, 4)
  const directions = Math.round(3 + 15 * level(context, 'TongVanBanChiDaoCDS'))
  const tasks = total(context, 'TongNhiemVuKeHoach', 15, 40, 0.05)
  const budget = Math.round(total(context, 'TongChiNganSach', 900_000, 2_600_000, 0.06) * 10) / 10
  return {
    SoCuocHopBCD: meetings,
    SoCuocHopChuTri: partOf(allMeetings, share(context, 'SoCuocHopChuTri', 0.25, 1)),
    TongSoCuocHopCDS: allMeetings,
    VanBanChiDaoNguoiDungDau: partOf(directions, share(context, 'VanBanChiDaoNguoiDungDau', 0.2, 0.95)),
    TongVanBanChiDaoCDS: directions,
    CoChuyenMucCDS: hasCapability(context, 'CoChuyenMucCDS', 0.3),
    TruongBanBCD: gradeChoice(context, 'TruongBanBCD', choiceValues(framework, 'TruongBanBCD'), -0.2),
    ThamGiaHopTinh: hasCapability(context, 'ThamGiaHopTinh', 0.3),
    ChuTriHopHuyen: hasCapability(context, 'ChuTriHopHuyen', 0.45),
    SoTinBaiCDS: countAround(context, 'SoTinBaiCDS', 2 + 30 * level(context, 'SoTinBaiCDS'), 0.2),
    CoKeHoachCDSNam: hasCapability(context, 'CoKeHoachCDSNam', 0.15),
    VanBanDinhHuongCDS: gradeChoice(
      context,
      'VanBanDinhHuongCDS',
      choiceValues(framework, 'VanBanDinhHuongCDS'),
      -0.1,
    ),
    NhiemVuHoanThanh: partOf(tasks, share(context, 'NhiemVuHoanThanh', 0.45, 1)),
    TongNhiemVuKeHoach: tasks,
    ChiNganSachCDS: Math.round((budget * (0.05 + 2.6 * level(context, 'ChiNganSachCDS') ** 1.5)) / 10) / 10,
    TongChiNganSach: budget,
    CoQuyCheHTTTDungChung: hasCapability(context, 'CoQuyCheHTTTDungChung', 0.5),
    CoChinhSachNhanLucCDS: hasCapability(context, 'CoChinhSachNhanLucCDS', 0.7),
  }
}

function infrastructureAndPeople(
  context: SampleContext,
  framework: Pick<Framework, 'questions'>,
): SampleAnswers {
  const households = total(context, 'TongSoHo', 18_000, 65_000)
  const villages = total(context, 'TongSoThon', 90, 260, 0)
  const communes = total(context, 'TongSoXa', 6, 13, 0)
  const bodies = communes + context.stable.integer('district-bodies', 12, 16)
  const staff = total(context, 'TongCBCCVC', 250, 600, 0.01)
  const systems = total(context, 'TongHTTT', 3, 10, 0.08)
  const computers = partOf(staff, share(context, 'TongMayTinh', 0.8, 1))
  const layers = choiceValues(framework, 'MoHinh4Lop')
  return {
    HoCoCapQuang: partOf(households, share(context, 'HoCoCapQuang', 0.55, 0.98)),
    TongSoHo: households,
    ThonCoSong4G: partOf(villages, share(context, 'ThonCoSong4G', 0.9, 1)),
    TongSoThon: villages,
    CoHaTangMayChu: hasCapability(context, 'CoHaTangMayChu', 0.35),
    CoXacNhanDatChuan: hasCapability(context, 'CoXacNhanDatChuan', 0.65),
    DonViKetNoiTSLCD: partOf(bodies, share(context, 'DonViKetNoiTSLCD', 0.55, 1)),
    TongDonViHuyenXa: bodies,
    SoDiemWifi: Math.round(7 * level(context, 'SoDiemWifi')),
    HopTrucTuyenDenXa: hasCapability(context, 'HopTrucTuyenDenXa', 0.2),
    CoCongChucChuyenTrach: hasCapability(context, 'CoCongChucChuyenTrach', 0.3),
    XaCoCongChucCNTT: partOf(communes, share(context, 'XaCoCongChucCNTT', 0.35, 1)),
    TongSoXa: communes,
    CBCCVCTapHuan: partOf(staff, share(context, 'CBCCVCTapHuan', 0.15, 0.95)),
    TongCBCCVC: staff,
    ThonCoToCNSCD: partOf(villages, share(context, 'ThonCoToCNSCD', 0.5, 1)),
    SoLopKyNangSo: Math.round(5 * level(context, 'SoLopKyNangSo')),
    LanhDaoBoiDuong: gradeChoice(context, 'LanhDaoBoiDuong', choiceValues(framework, 'LanhDaoBoiDuong')),
    HTTTDuocPheDuyet: partOf(systems, share(context, 'HTTTDuocPheDuyet', 0.1, 1)),
    TongHTTT: systems,
    MoHinh4Lop: layers.filter(
      (_, index) => index === 0 || hasCapability(context, `MoHinh4Lop:${index}`, 0.2 + 0.2 * index),
    ),
    CoDienTapATTT: hasCapability(context, 'CoDienTapATTT', 0.45),
    MayTinhPhongChongMaDoc: partOf(computers, share(context, 'MayTinhPhongChongMaDoc', 0.45, 1)),
    TongMayTinh: computers,
    CoBoPhanUngCuu: hasCapability(context, 'CoBoPhanUngCuu', 0.35),
    KetNoiSOC: hasCapability(context, 'KetNoiSOC', 0.55),
  }
}

function governmentEconomySociety(
  context: SampleContext,
  framework: Pick<Framework, 'questions'>,
): SampleAnswers {
  const applications = total(context, 'TongHoSoTTHC', 8_000, 60_000, 0.04)
  const handled = partOf(applications, context.yearly.between('HoSoDaGiaiQuyet', 0.93, 0.99))
  const outgoing = total(context, 'TongVanBanDi', 3_000, 12_000, 0.03)
  const meetings = total(context, 'TongCuocHopVoiXa', 10, 40, 0)
  const businesses = total(context, 'TongDoanhNghiep', 800, 9_000, 0.05)
  const smallBusinesses = partOf(businesses, context.stable.between('small-business-share', 0.95, 0.98))
  const farms = total(context, 'TongHoSXKD', 2_000, 15_000, 0.02)
  const outlets = total(context, 'TongCoSoKinhDoanh', 1_500, 9_000, 0.03)
  const adults = Math.round(
    total(context, 'TongSoHo', 18_000, 65_000) * context.stable.between('adults-per-household', 2.4, 3),
  )
  const over14 = Math.round(adults * context.stable.between('over-14', 1.02, 1.04))
  const schools = total(context, 'TongTruongHoc', 25, 70, 0)
  const communes = total(context, 'TongSoXa', 6, 13, 0)
  return {
    HoSoTrucTuyenToanTrinh: partOf(applications, share(context, 'HoSoTrucTuyenToanTrinh', 0.08, 0.8)),
    TongHoSoTTHC: applications,
    VanBanDiKySo: partOf(outgoing, share(context, 'VanBanDiKySo', 0.6, 0.99)),
    TongVanBanDi: outgoing,
    HoSoSoHoaKetQua: partOf(handled, share(context, 'HoSoSoHoaKetQua', 0.15, 0.95)),
    HoSoDaGiaiQuyet: handled,
    HoSoDungHan: partOf(handled, share(context, 'HoSoDungHan', 0.86, 0.999)),
    SoUngDungDungChung: Math.round(1 + 5 * level(context, 'SoUngDungDungChung')),
    CuocHopTrucTuyenXa: partOf(meetings, share(context, 'CuocHopTrucTuyenXa', 0.25, 1)),
    TongCuocHopVoiXa: meetings,
    CongTTDTDapUng: gradeChoice(context, 'CongTTDTDapUng', choiceValues(framework, 'CongTTDTDapUng'), -0.1),
    BaoCaoTrenHeThong: hasCapability(context, 'BaoCaoTrenHeThong', 0.3),
    DNHoaDonDienTu: partOf(businesses, share(context, 'DNHoaDonDienTu', 0.6, 0.99)),
    TongDoanhNghiep: businesses,
    HoCoSanPhamTMDT: partOf(farms, share(context, 'HoCoSanPhamTMDT', 0.02, 0.3)),
    TongHoSXKD: farms,
    DNNVVNenTangSo: partOf(smallBusinesses, share(context, 'DNNVVNenTangSo', 0.1, 0.7)),
    TongDNNVV: smallBusinesses,
    SanPhamOCOPTMDT: Math.round(14 * level(context, 'SanPhamOCOPTMDT')),
    CoSoThanhToanSo: partOf(outlets, share(context, 'CoSoThanhToanSo', 0.3, 0.92)),
    TongCoSoKinhDoanh: outlets,
    NguoiCoDTTM: partOf(adults, share(context, 'NguoiCoDTTM', 0.7, 0.97)),
    DanSoTruongThanh: adults,
    TaiKhoanDinhDanhMuc2: partOf(over14, share(context, 'TaiKhoanDinhDanhMuc2', 0.3, 0.9)),
    DanSoTu14Tuoi: over14,
    NguoiCoTaiKhoanThanhToan: partOf(adults, share(context, 'NguoiCoTaiKhoanThanhToan', 0.45, 0.9)),
    TruongHocBaSo: partOf(schools, share(context, 'TruongHocBaSo', 0.35, 1)),
    TongTruongHoc: schools,
    TramYTeHSSK: partOf(communes, share(context, 'TramYTeHSSK', 0.3, 1)),
    TongTramYTe: communes,
    CoSuCoATTTNghiemTrong: context.yearly.chance('CoSuCoATTTNghiemTrong', 0.18 * (1 - context.maturity)),
    NopTuDanhGiaDungHan: hasCapability(context, 'NopTuDanhGiaDungHan', 0.1),
  }
}

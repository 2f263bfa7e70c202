import type { Framework } from '@core/framework/framework'
import { aComponent, anIndicator, aQuestion, aSection } from './frameworkParts'

export { aChoice, aColumn, aComponent, anIndicator, aQuestion, aSection } from './frameworkParts'

/**
 * A small, valid relative-family framework (ICT Index style) for tests, with every question type:
 * sections `HTKT`, `HTNL`, `UD`; root component `ICT` over `HTKT`, `HTNL`, `UD`; four indicators.
 * Top-level fields are replaced by `overrides`; build the lists with the part builders.
 *
 * @example
 *   const framework = aFramework({ questions: [...aFramework().questions, aQuestion({ code: 'Extra' })] })
 */
export function aFramework(overrides: Partial<Framework> = {}): Framework {
  return {
    formatVersion: 1,
    id: 'test-ict-readiness',
    version: '2025.1',
    year: 2025,
    unitGroup: 'so-ban-nganh',
    name: { vi: 'Bộ chỉ số thử nghiệm', en: 'Test framework' },
    origin: { vi: 'Dữ liệu kiểm thử' },
    family: 'relative',
    decimals: 4,
    sections: [
      aSection({ code: 'HTKT', title: { vi: 'Hạ tầng kỹ thuật' } }),
      aSection({ code: 'HTNL', title: { vi: 'Hạ tầng nhân lực' } }),
      aSection({ code: 'UD', title: { vi: 'Ứng dụng CNTT' } }),
    ],
    questions: [
      aQuestion({ code: 'SoCBCC', section: 'HTNL', required: true, min: 0, unit: { vi: 'người' } }),
      aQuestion({ code: 'MayTinh', section: 'HTKT', required: true, min: 0 }),
      aQuestion({
        code: 'MayTinhInternet',
        section: 'HTKT',
        min: 0,
        checks: [{ formula: 'MayTinhInternet <= MayTinh', message: { vi: 'Vượt quá tổng số máy tính' } }],
      }),
      aQuestion({ code: 'CoPhongCNTT', section: 'HTNL', type: 'yes-no' }),
      aQuestion({ code: 'SoCBCNTT', section: 'HTNL', min: 0, relevance: 'CoPhongCNTT' }),
      aQuestion({ code: 'TyLeVanBanDienTu', section: 'UD', type: 'percent', min: 0, max: 100 }),
      aQuestion({ code: 'CongThongTin', section: 'UD', type: 'single-choice' }),
      aQuestion({ code: 'KenhHoTro', section: 'UD', type: 'multi-choice' }),
      aQuestion({ code: 'PhanMem', section: 'UD', type: 'table' }),
      aQuestion({ code: 'GhiChu', section: 'UD', type: 'text', maxLength: 500 }),
      aQuestion({ code: 'NgayBaoCao', section: 'UD', type: 'date' }),
      aQuestion({ code: 'KiemChung', section: 'UD', type: 'evidence', accept: ['pdf'], maxFiles: 3 }),
    ],
    components: [
      aComponent({ code: 'ICT', name: { vi: 'Chỉ số sẵn sàng ứng dụng CNTT' }, parent: null }),
      aComponent({ code: 'HTKT', name: { vi: 'Hạ tầng kỹ thuật' }, parent: 'ICT' }),
      aComponent({ code: 'HTNL', name: { vi: 'Hạ tầng nhân lực' }, parent: 'ICT' }),
      aComponent({ code: 'UD', name: { vi: 'Ứng dụng CNTT' }, parent: 'ICT' }),
    ],
    indicators: [
      anIndicator({ code: 'HTKT_MayTinh', formula: 'MayTinh', denominator: 'SoCBCC', parent: 'HTKT' }),
      anIndicator({ code: 'HTKT_Internet', formula: 'MayTinhInternet / MayTinh', parent: 'HTKT' }),
      anIndicator({ code: 'HTNL_CNTT', formula: 'if(CoPhongCNTT, SoCBCNTT / SoCBCC, 0)', parent: 'HTNL' }),
      anIndicator({
        code: 'UD_PhanMem',
        formula: 'sum(PhanMem.SoNguoiDung) / SoCBCC',
        parent: 'UD',
        weight: 2,
      }),
    ],
    method: { normalisation: { method: 'min-max', lower: 0, upper: 1 }, imputation: { method: 'none' } },
    ...overrides,
  }
}

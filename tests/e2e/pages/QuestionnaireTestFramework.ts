import { aChoice, aColumn, aFramework, aQuestion } from '@core/framework/testing/aFramework'
import type { Framework } from '@core/framework/framework'

/**
 * A small framework with every question type and realistic (long) Vietnamese labels, for the
 * unit-mode end-to-end tests; imported through the UI as a JSON file.
 */
export function unitTestFramework(): Framework {
  const base = aFramework()
  return aFramework({
    id: 'e2e-so-ban-nganh',
    name: { vi: 'Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT', en: 'Test ICT readiness framework' },
    questions: [
      aQuestion({
        code: 'SoCBCC',
        section: 'HTNL',
        required: true,
        min: 0,
        unit: { vi: 'người' },
        text: { vi: 'Tổng số cán bộ, công chức, viên chức của đơn vị' },
      }),
      aQuestion({
        code: 'MayTinh',
        section: 'HTKT',
        required: true,
        min: 0,
        unit: { vi: 'chiếc' },
        text: { vi: 'Tổng số máy tính đang sử dụng tại đơn vị (máy để bàn và máy xách tay)' },
        help: { vi: 'Tính cả máy tính do dự án trang bị, không tính máy chủ.' },
      }),
      aQuestion({
        code: 'MayTinhInternet',
        section: 'HTKT',
        min: 0,
        unit: { vi: 'chiếc' },
        text: { vi: 'Số máy tính có kết nối Internet băng thông rộng' },
        checks: [
          {
            formula: 'MayTinhInternet <= MayTinh',
            message: { vi: 'Số máy tính kết nối Internet không được lớn hơn tổng số máy tính.' },
          },
        ],
      }),
      aQuestion({
        code: 'CoPhongCNTT',
        section: 'HTNL',
        type: 'yes-no',
        text: { vi: 'Đơn vị có bộ phận chuyên trách CNTT không?' },
      }),
      aQuestion({
        code: 'SoCBCNTT',
        section: 'HTNL',
        min: 0,
        relevance: 'CoPhongCNTT',
        text: { vi: 'Số cán bộ chuyên trách CNTT' },
      }),
      aQuestion({
        code: 'TyLeVanBanDienTu',
        section: 'UD',
        type: 'percent',
        min: 0,
        max: 100,
        text: { vi: 'Tỷ lệ văn bản đi được gửi dưới dạng điện tử' },
      }),
      aQuestion({
        code: 'CongThongTin',
        section: 'UD',
        type: 'single-choice',
        text: { vi: 'Cổng/Trang thông tin điện tử của đơn vị' },
        choices: [
          aChoice({ value: 'rieng', label: { vi: 'Có trang riêng' } }),
          aChoice({ value: 'chung', label: { vi: 'Dùng chung cổng của tỉnh' } }),
          aChoice({ value: 'khong', label: { vi: 'Chưa có' } }),
        ],
      }),
      aQuestion({
        code: 'KenhHoTro',
        section: 'UD',
        type: 'multi-choice',
        text: { vi: 'Các kênh hỗ trợ người dân' },
        choices: [
          aChoice({ value: 'dien-thoai', label: { vi: 'Điện thoại' } }),
          aChoice({ value: 'email', label: { vi: 'Thư điện tử' } }),
          aChoice({ value: 'zalo', label: { vi: 'Zalo' } }),
        ],
      }),
      aQuestion({
        code: 'PhanMem',
        section: 'UD',
        type: 'table',
        text: { vi: 'Danh sách phần mềm, cơ sở dữ liệu chuyên ngành đang sử dụng' },
        columns: [
          aColumn({ code: 'Ten', type: 'text', required: true, text: { vi: 'Tên phần mềm' } }),
          aColumn({ code: 'SoNguoiDung', type: 'integer', min: 0, text: { vi: 'Số người dùng' } }),
          aColumn({ code: 'DangDung', type: 'yes-no', text: { vi: 'Đang sử dụng' } }),
        ],
      }),
      aQuestion({
        code: 'GhiChu',
        section: 'UD',
        type: 'text',
        maxLength: 500,
        text: { vi: 'Đề xuất, kiến nghị của đơn vị' },
      }),
      aQuestion({ code: 'NgayBaoCao', section: 'UD', type: 'date', text: { vi: 'Ngày lập báo cáo' } }),
      aQuestion({
        code: 'KiemChung',
        section: 'UD',
        type: 'evidence',
        accept: ['pdf'],
        maxFiles: 3,
        text: { vi: 'Tài liệu kiểm chứng (quyết định, báo cáo)' },
      }),
    ],
    indicators: base.indicators,
  })
}

import type { SampleUnit } from './sampleUnit'

const DEPARTMENTS = 'Sở, ban, ngành'
const DISTRICTS = 'UBND quận, huyện'

/**
 * Đà Nẵng's city departments and agencies (21) and district people's committees (7) as they stood
 * before the 2025 reorganisation, in the order of `tests/fixtures/units/danang-units.csv` (a test
 * keeps them equal). The codes are the project's own short codes, not official ones.
 *
 * Why a module and not the CSV: core is pure and reads no files; the sample workspace, the CLI
 * and tests all need the same list.
 *
 * @example
 *   danangUnits.filter((unit) => unit.group === 'quan-huyen').length // => 7
 */
export const danangUnits: readonly SampleUnit[] = [
  { code: 'VP-UBND', name: 'Văn phòng UBND thành phố', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'STP', name: 'Sở Tư pháp', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'STC', name: 'Sở Tài chính', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SCT', name: 'Sở Công Thương', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  {
    code: 'SNNPTNT',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    group: 'so-ban-nganh',
    groupName: DEPARTMENTS,
  },
  { code: 'SGTVT', name: 'Sở Giao thông vận tải', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SXD', name: 'Sở Xây dựng', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  {
    code: 'SLDTBXH',
    name: 'Sở Lao động - Thương binh và Xã hội',
    group: 'so-ban-nganh',
    groupName: DEPARTMENTS,
  },
  { code: 'SVHTT', name: 'Sở Văn hóa và Thể thao', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SDL', name: 'Sở Du lịch', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SYT', name: 'Sở Y tế', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'SNGV', name: 'Sở Ngoại vụ', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'TTTP', name: 'Thanh tra thành phố', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  {
    code: 'BQL-KCNC',
    name: 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng',
    group: 'so-ban-nganh',
    groupName: DEPARTMENTS,
  },
  { code: 'BQL-ATTP', name: 'Ban Quản lý An toàn thực phẩm', group: 'so-ban-nganh', groupName: DEPARTMENTS },
  { code: 'Q-HC', name: 'UBND quận Hải Châu', group: 'quan-huyen', groupName: DISTRICTS },
  { code: 'Q-TK', name: 'UBND quận Thanh Khê', group: 'quan-huyen', groupName: DISTRICTS },
  { code: 'Q-ST', name: 'UBND quận Sơn Trà', group: 'quan-huyen', groupName: DISTRICTS },
  { code: 'Q-NHS', name: 'UBND quận Ngũ Hành Sơn', group: 'quan-huyen', groupName: DISTRICTS },
  { code: 'Q-LC', name: 'UBND quận Liên Chiểu', group: 'quan-huyen', groupName: DISTRICTS },
  { code: 'Q-CL', name: 'UBND quận Cẩm Lệ', group: 'quan-huyen', groupName: DISTRICTS },
  { code: 'H-HV', name: 'UBND huyện Hòa Vang', group: 'quan-huyen', groupName: DISTRICTS },
]

import { authoringColumn as column, localizedColumns } from './authoringColumnHelpers'
import type { AuthoringColumn } from './authoringLayout'
import { aggregationColumn, methodColumns } from './methodColumns'

/**
 * The keys of the `settings` sheet (one key/value row each, in this order), described like
 * columns: `kind` says how the value is read, `isRequired` that the row must have a value.
 *
 * @example
 *   settingsLayout.filter((setting) => setting.isRequired).map((setting) => setting.key)
 *   // => ['id', 'version', 'year', 'unit_group', 'name_vi', 'origin_vi', 'family']
 */
export const settingsLayout: readonly AuthoringColumn[] = [
  column(
    'format_version',
    'Phiên bản định dạng',
    'integer',
    'Phiên bản định dạng bộ chỉ số; luôn là 1 (để trống = 1).',
    'Framework format version; always 1 (empty = 1).',
  ),
  column(
    'id',
    'Mã bộ chỉ số',
    'code',
    'Mã bộ chỉ số: chữ thường không dấu, nối bằng -, ví dụ dept-ict-readiness.',
    'Framework id: lower-case words joined by -, e.g. dept-ict-readiness.',
    { isRequired: true },
  ),
  column('version', 'Phiên bản', 'code', 'Phiên bản, ví dụ 2025.1.', 'Version, e.g. 2025.1.', {
    isRequired: true,
  }),
  column('year', 'Năm đánh giá', 'integer', 'Năm đánh giá (2000–2100).', 'Reporting year (2000–2100).', {
    isRequired: true,
  }),
  column(
    'unit_group',
    'Nhóm đơn vị',
    'code',
    'Nhóm đơn vị: chữ thường nối bằng -, ví dụ so-ban-nganh, quan-huyen.',
    'Group of units: lower-case words joined by -, e.g. so-ban-nganh.',
    { isRequired: true },
  ),
  ...localizedColumns('name', 'Tên bộ chỉ số', { vi: 'tên bộ chỉ số', en: 'framework name' }, true),
  ...localizedColumns('description', 'Mô tả', { vi: 'mô tả', en: 'description' }),
  ...localizedColumns(
    'origin',
    'Nguồn gốc',
    { vi: 'nguồn gốc (quyết định, tài liệu công bố…)', en: 'origin (a decision, a publication…)' },
    true,
  ),
  column(
    'family',
    'Họ phương pháp',
    'option',
    'relative (chuẩn hóa so sánh giữa các đơn vị, kiểu Chỉ số ICT) hoặc points (chấm điểm tuyệt đối, kiểu DTI).',
    'relative (normalised across units, ICT Index style) or points (absolute points, DTI style).',
    { isRequired: true, options: ['relative', 'points'] },
  ),
  column(
    'decimals',
    'Số chữ số thập phân',
    'integer',
    'Số chữ số thập phân khi công bố (0–10); để trống = 4.',
    'Decimals of published values (0–10); empty = 4.',
  ),
  column(
    'scale',
    'Thang điểm',
    'number',
    'Họ relative: giá trị công bố nằm trong 0–thang (1 hoặc 100); để trống = 1.',
    'Relative family: published values lie in 0–scale (1 or 100); empty = 1.',
  ),
  ...methodColumns('framework').slice(0, 6),
  aggregationColumn('framework'),
  ...methodColumns('framework').slice(6),
]

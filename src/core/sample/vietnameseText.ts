/**
 * Vietnamese free text for sample answers (NFC, as typed by an officer): specialised software,
 * developers, portal technology, upgrade descriptions and portal notes. Lists are non-empty
 * tuples so a pick always finds an item.
 *
 * @example
 *   specialisedSoftware[0] // => 'Hệ thống quản lý văn bản và điều hành'
 */
export const specialisedSoftware: readonly [string, ...string[]] = [
  'Hệ thống quản lý văn bản và điều hành',
  'Phần mềm quản lý hồ sơ cán bộ, công chức',
  'Hệ thống thông tin giải quyết thủ tục hành chính',
  'Phần mềm kế toán hành chính sự nghiệp',
  'Phần mềm quản lý tài sản công',
  'Cơ sở dữ liệu chuyên ngành',
  'Phần mềm quản lý đơn thư khiếu nại, tố cáo',
  'Hệ thống báo cáo thống kê trực tuyến',
  'Phần mềm quản lý dự án đầu tư công',
  'Hệ thống thông tin địa lý (GIS) chuyên ngành',
  'Phần mềm quản lý cấp phép trực tuyến',
  'Ứng dụng phản ánh hiện trường',
]

/** Who builds and runs the systems. @example developers.includes('VNPT Đà Nẵng') // => true */
export const developers: readonly [string, ...string[]] = [
  'Trung tâm Thông tin và Dịch vụ công Đà Nẵng',
  'VNPT Đà Nẵng',
  'Viettel Đà Nẵng',
  'Công ty Cổ phần Hệ thống Thông tin FPT',
  'Công ty TNHH Phần mềm Sông Hàn',
  'Bộ phận CNTT của đơn vị tự phát triển',
]

/** The technology of a portal. @example const stack: PortalStack = { core: 'Laravel', language: 'PHP', database: 'MariaDB' } */
export type PortalStack = { readonly core: string; readonly language: string; readonly database: string }

/** Core technology, language and database of a portal, one stack per entry. @example portalStacks[0].core // => 'ASP.NET Core' */
export const portalStacks: readonly [PortalStack, ...PortalStack[]] = [
  { core: 'ASP.NET Core', language: 'C#', database: 'Microsoft SQL Server' },
  { core: 'Liferay Portal', language: 'Java', database: 'Oracle Database' },
  { core: 'Spring Boot', language: 'Java', database: 'PostgreSQL' },
  { core: 'WordPress', language: 'PHP', database: 'MySQL' },
  { core: 'Laravel', language: 'PHP', database: 'MariaDB' },
]

/** What a portal upgrade in the year did. @example portalUpgrades.length > 3 // => true */
export const portalUpgrades: readonly [string, ...string[]] = [
  'Nâng cấp giao diện Cổng thông tin điện tử tương thích thiết bị di động',
  'Bổ sung chức năng hỏi đáp trực tuyến và tiếp nhận phản ánh, kiến nghị',
  'Tích hợp đăng nhập một lần với Cổng dịch vụ công của thành phố',
  'Chuyển hạ tầng Cổng thông tin lên Trung tâm dữ liệu thành phố',
  'Bổ sung chức năng hỗ trợ người khuyết tật (đọc văn bản, phóng to chữ)',
  'Cập nhật chứng thư số SSL và vá lỗ hổng bảo mật',
]

/** Notes on what the unit's website publishes. @example portalNotes[0] // => 'Đầy đủ thông tin theo Nghị định 42/2022/NĐ-CP; cập nhật tin bài hằng ngày.' */
export const portalNotes: readonly [string, ...string[]] = [
  'Đầy đủ thông tin theo Nghị định 42/2022/NĐ-CP; cập nhật tin bài hằng ngày.',
  'Cơ bản đầy đủ; mục thống kê chuyên ngành cập nhật chậm.',
  'Thiếu một số thông tin về dự án đầu tư, mua sắm công; đang bổ sung.',
  'Đăng tải lịch công tác, văn bản chỉ đạo điều hành và tin hoạt động hằng tuần.',
  'Chuyên mục hỏi đáp chưa được cập nhật thường xuyên.',
]

/** A general note for a text question the sample has no specific phrase for. @example genericNotes.length // => 4 */
export const genericNotes: readonly [string, ...string[]] = [
  'Đơn vị đã triển khai theo kế hoạch của thành phố.',
  'Số liệu tổng hợp đến ngày 31 tháng 12.',
  'Đang phối hợp với Sở Thông tin và Truyền thông để hoàn thiện.',
  'Chưa có số liệu đầy đủ; sẽ bổ sung trong kỳ báo cáo sau.',
]

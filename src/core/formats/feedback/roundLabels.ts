import type { HeaderFooterPart } from '@core/excel/workbookSpec'

/**
 * The Vietnamese texts of the round's workbooks (official documents sent between the evaluator
 * and the units are in Vietnamese, like the questionnaire and the results report).
 */
export const ROUND_LABELS = {
  feedbackTitle: (round: number) => `KẾT QUẢ THẨM ĐỊNH SƠ BỘ — VÒNG GIẢI TRÌNH ${round}`,
  responseTitle: (round: number) => `PHẢN HỒI KẾT QUẢ THẨM ĐỊNH SƠ BỘ — VÒNG GIẢI TRÌNH ${round}`,
  summarySheet: 'Kết quả sơ bộ',
  itemsSheet: 'Nội dung thẩm định',
  responseSheet: 'Giải trình',
  unit: 'Đơn vị',
  framework: 'Bộ chỉ số',
  year: 'Năm đánh giá',
  deadline: 'Hạn phản hồi',
  composite: 'Điểm tổng hợp (tạm tính)',
  rank: 'Thứ hạng (tạm tính)',
  rankOf: (rank: number | null, count: number) => (rank === null ? '—' : `${rank}/${count}`),
  message: 'Lời nhắn của cơ quan thẩm định',
  attachments: 'Tệp đính kèm',
  components: ['Mã', 'Thành phần', 'Điểm (tạm tính)'],
  items: ['STT', 'Mã', 'Nội dung', 'Đơn vị kê khai', 'Kết quả thẩm định', 'Lý do'],
  itemKind: { answer: 'Câu hỏi', points: 'Tiêu chí (điểm)' },
  responseItems: ['Ý kiến của đơn vị', 'Nội dung giải trình', 'Tài liệu kèm theo'],
  decision: { agree: 'Đồng ý', explain: 'Giải trình' },
  noItems: 'Không có nội dung nào có kết quả thẩm định khác số liệu đơn vị kê khai.',
  howToRespond:
    'Mở tệp này trong ICT Index Workbench (chế độ đơn vị) để đồng ý hoặc giải trình từng nội dung, rồi gửi lại tệp phản hồi trước hạn.',
  pageFooter: ['Trang ', { field: 'page' }, '/', { field: 'pages' }] as readonly HeaderFooterPart[],
} as const

/**
 * An ISO date (`yyyy-MM-dd`) as the app shows dates, `dd/MM/yyyy`.
 *
 * @example
 *   displayDate('2026-04-15') // => '15/04/2026'
 */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`
}

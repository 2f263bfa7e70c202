import type { FeedbackContent } from '../feedbackContent'
import type { RoundIdentity } from '../roundManifest'

/** A feedback round's identity for one unit, for tests. */
export const FEEDBACK_IDENTITY: RoundIdentity = {
  assessmentId: 'a-2026',
  frameworkId: 'dept-ict-readiness',
  frameworkVersion: '2026.1',
  year: 2026,
  unitCode: 'SNV',
  unitName: 'Sở Nội vụ',
  round: 1,
  deadline: '2026-04-15',
  writtenAt: '2026-04-01T08:00:00.000Z',
  appVersion: '0.1.0',
}

/** A feedback content with three disputed items, for tests. */
export const FEEDBACK_CONTENT: Omit<FeedbackContent, 'attachments'> = {
  frameworkName: 'Bộ chỉ số mức độ sẵn sàng ứng dụng CNTT 2026',
  message: 'Đề nghị đơn vị giải trình các nội dung dưới đây trước hạn.',
  composite: 71.234,
  rank: 5,
  unitCount: 28,
  components: [
    { code: 'HTKT', name: 'Hạ tầng kỹ thuật', score: 0.8125 },
    { code: 'UD', name: 'Ứng dụng CNTT', score: null },
  ],
  items: [
    {
      question: 'MayTinh',
      kind: 'answer',
      label: 'Số máy tính',
      declared: '150',
      appraised: '120',
      reason: 'Biên bản kiểm kê 2025',
    },
    {
      question: 'CDS_1_1',
      kind: 'points',
      label: 'Ban hành kế hoạch',
      declared: '10',
      appraised: '5',
      reason: 'Văn bản chưa đúng hạn',
    },
    {
      question: 'ATTT',
      kind: 'answer',
      label: 'Có phương án ATTT',
      declared: 'Có',
      appraised: 'Không',
      reason: 'Không có quyết định phê duyệt',
    },
  ],
}

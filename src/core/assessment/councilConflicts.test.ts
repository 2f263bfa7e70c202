import { describe, expect, it } from 'vitest'
import type { Appraisal } from './appraisal'
import { councilConflicts } from './councilConflicts'
import { finalAnswers } from './appraisal'

const an = { id: 'm-1', name: 'Nguyễn Văn An' }
const binh = { id: 'm-2', name: 'Trần Thị Bình' }
const appraisal = (over: Partial<Appraisal>): Appraisal => ({
  unit: 'SNV',
  question: 'MayBan',
  value: 10,
  reason: 'Biên bản kiểm kê',
  at: '2026-03-01T08:00:00.000Z',
  ...over,
})

describe('councilConflicts', () => {
  it('is a conflict when two members appraised the same item differently, each with value and reason', () => {
    const conflicts = councilConflicts([
      appraisal({ member: an }),
      appraisal({ member: binh, value: 12, reason: 'Hoá đơn mua sắm', at: '2026-03-02T08:00:00.000Z' }),
    ])
    expect(conflicts).toEqual([
      {
        unit: 'SNV',
        kind: 'answer',
        question: 'MayBan',
        entries: [
          { member: an, value: 10, reason: 'Biên bản kiểm kê', at: '2026-03-01T08:00:00.000Z' },
          { member: binh, value: 12, reason: 'Hoá đơn mua sắm', at: '2026-03-02T08:00:00.000Z' },
        ],
      },
    ])
  })

  it('is none when members agree on the value, appraise other items or units, or only one member did', () => {
    expect(
      councilConflicts([
        appraisal({ member: an }),
        appraisal({ member: binh, reason: 'Lý do khác', at: '2026-03-02T08:00:00.000Z' }),
        appraisal({ member: an, unit: 'STC', value: 1 }),
        appraisal({ member: binh, question: 'LapTop', value: 2 }),
        appraisal({ member: an, value: 11, at: '2026-03-03T08:00:00.000Z' }),
      ]).map((conflict) => conflict.question),
    ).toEqual(['MayBan'])
    expect(
      councilConflicts([
        appraisal({ member: an }),
        appraisal({ member: an, value: 99, at: '2026-03-02T00:00:00Z' }),
      ]),
    ).toEqual([])
    expect(councilConflicts([appraisal({}), appraisal({ value: 3, at: '2026-03-02T00:00:00Z' })])).toEqual([])
  })

  it('uses each member’s latest appraisal: a member who changed their mind to agree ends the conflict', () => {
    expect(
      councilConflicts([
        appraisal({ member: an }),
        appraisal({ member: binh, value: 12, at: '2026-03-02T08:00:00.000Z' }),
        appraisal({ member: binh, value: 10, at: '2026-03-03T08:00:00.000Z' }),
      ]),
    ).toEqual([])
  })

  it('is settled by a later appraisal of the lead, which is then the value in force; an earlier one does not settle', () => {
    const disputed = [
      appraisal({ member: an }),
      appraisal({ member: binh, value: 12, at: '2026-03-02T08:00:00.000Z' }),
    ]
    const before = appraisal({ value: 5, at: '2026-02-28T08:00:00.000Z' })
    expect(councilConflicts([...disputed, before])).toHaveLength(1)
    const settled = [
      ...disputed,
      appraisal({ value: 11, reason: 'Chủ trì quyết định', at: '2026-03-04T08:00:00.000Z' }),
    ]
    expect(councilConflicts(settled)).toEqual([])
    expect(finalAnswers({ MayBan: 20 }, settled)).toEqual({ MayBan: 11 })
  })

  it('keeps answers and points of the same code apart', () => {
    expect(
      councilConflicts([
        appraisal({ member: an, kind: 'points', question: '1.1', value: 1 }),
        appraisal({ member: binh, question: '1.1', value: 2 }),
      ]),
    ).toEqual([])
  })
})

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import type { FeedbackRound } from '@core/assessment/feedbackRound'
import { createAssessmentRepository } from './assessmentRepository'
import { listAssessmentAudit } from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'
import { createFeedbackRoundRepository } from './feedbackRoundRepository'
import { validateStoredRows } from './storedRowSchemas'

async function setUp() {
  const database = defineWorkbenchDatabase(`rounds-${crypto.randomUUID()}`)
  const created = await createAssessmentRepository(database).create(anAssessmentFramework(), 2025, [
    aUnit('STC'),
    aUnit('SYT'),
  ])
  if (!created.ok) throw new Error(created.error.code)
  return { database, rounds: createFeedbackRoundRepository(database), id: created.value.id }
}

const aRound = (assessmentId: string, round: number): FeedbackRound => ({
  assessmentId,
  round,
  issuedAt: `2026-04-0${round}T08:00:00.000Z`,
  deadline: '2026-04-15',
  message: 'Đề nghị giải trình trước hạn.',
  scope: 'disputed',
  attachments: ['CV.pdf'],
  packages: [{ unit: 'STC', contentHash: 'a'.repeat(64), items: 2 }],
})

describe('feedbackRoundRepository', () => {
  it('numbers rounds from 1, records each with its audit entry, and lists them in order', async () => {
    const { database, rounds, id } = await setUp()
    expect(await rounds.nextRound(id)).toBe(1)
    expect(await rounds.record(aRound(id, 1))).toMatchObject({ ok: true })
    expect(await rounds.nextRound(id)).toBe(2)
    expect(await rounds.record(aRound(id, 2))).toMatchObject({ ok: true })
    expect((await rounds.list(id)).map((round) => round.round)).toEqual([1, 2])
    const audit = (await listAssessmentAudit(database, id)).filter((entry) => entry.action === 'round.issued')
    expect(audit.map((entry) => entry.detail)).toEqual([
      { round: 2, deadline: '2026-04-15', scope: 'disputed', units: 1, attachments: ['CV.pdf'] },
      { round: 1, deadline: '2026-04-15', scope: 'disputed', units: 1, attachments: ['CV.pdf'] },
    ])
  })

  it('refuses a round number already taken and an unknown assessment, writing nothing', async () => {
    const { rounds, id } = await setUp()
    await rounds.record(aRound(id, 1))
    expect(await rounds.record(aRound(id, 1))).toEqual({
      ok: false,
      error: { code: 'round-number-taken', round: 1 },
    })
    expect(await rounds.record(aRound('nope', 1))).toEqual({ ok: false, error: { code: 'not-found' } })
    expect((await rounds.list(id)).length).toBe(1)
  })

  it('stores rows a restore accepts', () => {
    expect(validateStoredRows('feedbackRounds', [aRound('a1', 1)])).toEqual([])
    expect(validateStoredRows('feedbackRounds', [{ ...aRound('a1', 1), scope: 'some' }])).toMatchObject([
      { field: 'scope' },
    ])
  })
})

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import type { FeedbackItem } from '@core/formats/feedback/feedbackContent'
import { FEEDBACK_CONTENT } from '@core/formats/feedback/testing/roundFixtures'
import { writeFeedbackPackage } from '@core/formats/feedback/writeFeedbackPackage'
import { writeResponsePackage } from '@core/formats/response/writeResponsePackage'
import { loadFramework } from '@core/framework/loadFramework'
import { aPointsFramework } from '@core/framework/testing/aPointsFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { createAppraisalRepository, type AppraisalRequest } from './appraisalRepository'
import { createAssessmentRepository } from './assessmentRepository'
import { listAssessmentAudit } from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'
import { createFeedbackRoundRepository } from './feedbackRoundRepository'
import { createRoundResponseRepository, responseSummaries } from './roundResponseRepository'
import { validateStoredRows } from './storedRowSchemas'

const framework = anAssessmentFramework()
const disputed: FeedbackItem[] = [
  {
    question: 'MayTinh',
    kind: 'answer',
    label: 'Số máy tính',
    declared: '150',
    appraised: '120',
    reason: 'Kiểm kê',
  },
  {
    question: 'SoCBCC',
    kind: 'answer',
    label: 'Số CBCC',
    declared: '100',
    appraised: '90',
    reason: 'Danh sách',
  },
  {
    question: 'CoPhongCNTT',
    kind: 'answer',
    label: 'Phòng CNTT',
    declared: 'Có',
    appraised: 'Không',
    reason: 'QĐ',
  },
]

/**
 * An assessment whose unit STC explained the first two disputed items and agreed with the rest,
 * imported (by default: MayTinh and SoCBCC explained, CoPhongCNTT agreed).
 */
async function setUp(
  options: {
    readonly framework?: ValidFramework
    readonly items?: readonly FeedbackItem[]
    readonly appraise?: readonly AppraisalRequest[]
  } = {},
) {
  const assessed = options.framework ?? framework
  const database = defineWorkbenchDatabase(`decisions-${crypto.randomUUID()}`)
  const created = await createAssessmentRepository(database).create(assessed, 2025, [
    aUnit('STC'),
    aUnit('SYT'),
  ])
  if (!created.ok) throw new Error(created.error.code)
  const id = created.value.id
  const appraisals = createAppraisalRepository(database)
  const preliminary =
    options.appraise ??
    (
      [
        ['MayTinh', 120],
        ['SoCBCC', 90],
        ['CoPhongCNTT', false],
      ] as const
    ).map(([question, value]) => ({
      unit: 'STC',
      question,
      value,
      reason: 'Thẩm định sơ bộ',
      declared: null,
    }))
  for (const request of preliminary) {
    const added = await appraisals.add(id, request)
    if (!added.ok) throw new Error(added.error.code)
  }
  const items = options.items ?? disputed
  const responses = createRoundResponseRepository(database)
  /** Sends round `round` to STC and imports its response (the first two items explained). */
  const respond = async (round: number) => {
    const identity = {
      assessmentId: id,
      frameworkId: assessed.id,
      frameworkVersion: assessed.version,
      year: 2025,
      unitCode: 'STC',
      unitName: 'Sở Tài chính',
      round,
      deadline: '2026-04-15',
      writtenAt: '2026-04-01T08:00:00.000Z',
      appVersion: '0.1.0',
    }
    const feedback = await writeFeedbackPackage(identity, { ...FEEDBACK_CONTENT, items }, [])
    if (!feedback.ok) throw new Error('feedback')
    await createFeedbackRoundRepository(database).record({
      assessmentId: id,
      round,
      issuedAt: '2026-04-01T08:00:00.000Z',
      deadline: '2026-04-15',
      message: '',
      scope: 'disputed',
      attachments: [],
      packages: [{ unit: 'STC', contentHash: feedback.value.manifest.contentHash, items: items.length }],
    })
    const answered = items.map((item, index) => ({
      ...item,
      decision: index < 2 ? ('explain' as const) : ('agree' as const),
      explanation: index < 2 ? `Giải trình ${item.question}` : '',
      evidence: [],
    }))
    const written = await writeResponsePackage(
      identity,
      { frameworkName: 'x', feedbackHash: feedback.value.manifest.contentHash, items: answered },
      [],
    )
    if (!written.ok) throw new Error('response')
    const imported = await responses.import(id, `STC-${round}.xlsx`, written.value.bytes)
    if (!imported.ok) throw new Error('import')
    return imported.value.response.id
  }
  const responseId = await respond(1)
  return { database, id, appraisals, responses, responseId, respond }
}

describe('deciding on a unit’s explanations', () => {
  it('keeps one appraisal and revises another, each referring to the response, logged as decisions', async () => {
    const { database, id, appraisals, responses, responseId } = await setUp()
    const before = responseSummaries(await responses.list(id), await appraisals.list(id))
    expect(before).toEqual([{ unit: 'STC', round: 1, items: 3, decided: 1 }])
    // keeping ignores the value sent: the value in force is stored again
    const kept = await appraisals.add(id, {
      unit: 'STC',
      question: 'MayTinh',
      value: 999,
      reason: 'Hoá đơn không khớp',
      declared: 150,
      response: { responseId, decision: 'kept' },
    })
    expect(kept).toMatchObject({
      ok: true,
      value: {
        value: 120,
        reason: 'Hoá đơn không khớp',
        response: { round: 1, responseId, decision: 'kept', explanation: 'Giải trình MayTinh' },
      },
    })
    const revised = await appraisals.add(id, {
      unit: 'STC',
      question: 'SoCBCC',
      value: 100,
      reason: 'Danh sách bổ sung hợp lệ',
      declared: 100,
      response: { responseId, decision: 'revised' },
    })
    expect(revised).toMatchObject({ ok: true, value: { value: 100, response: { decision: 'revised' } } })
    const stored = await appraisals.list(id)
    expect(responseSummaries(await responses.list(id), stored)).toEqual([
      { unit: 'STC', round: 1, items: 3, decided: 3 },
    ])
    expect(validateStoredRows('appraisals', await database.table('appraisals').toArray())).toEqual([])
    const audit = await listAssessmentAudit(database, id)
    expect(
      [...audit]
        .sort((a, b) => a.seq - b.seq)
        .filter((entry) => entry.action === 'round.item-kept' || entry.action === 'round.item-revised')
        .map((entry) => [entry.action, entry.detail]),
    ).toMatchObject([
      ['round.item-kept', { unit: 'STC', question: 'MayTinh', previous: 120, value: 120, round: 1 }],
      ['round.item-revised', { unit: 'STC', question: 'SoCBCC', previous: 90, value: 100, round: 1 }],
    ])
  })

  it('refuses a decision without a reason, on an agreed item, on another unit’s or an unknown response, or revising to the same value', async () => {
    const { id, appraisals, responseId } = await setUp()
    const decide = (over: object) =>
      appraisals.add(id, {
        unit: 'STC',
        question: 'MayTinh',
        value: 130,
        reason: 'Lý do đủ dài',
        declared: 150,
        response: { responseId, decision: 'revised' },
        ...over,
      })
    expect(await decide({ reason: ' a ' })).toEqual({
      ok: false,
      error: { code: 'appraisal-reason-required' },
    })
    expect(await decide({ question: 'CoPhongCNTT', value: true })).toEqual({
      ok: false,
      error: { code: 'round-decision-item-agreed', question: 'CoPhongCNTT' },
    })
    expect(await decide({ question: 'MayTinhInternet', value: 3 })).toEqual({
      ok: false,
      error: { code: 'round-decision-not-in-response', question: 'MayTinhInternet' },
    })
    expect(await decide({ value: 120 })).toEqual({
      ok: false,
      error: { code: 'round-decision-unchanged', question: 'MayTinh' },
    })
    expect(await decide({ unit: 'SYT' })).toEqual({
      ok: false,
      error: { code: 'round-decision-unknown-response', unit: 'SYT' },
    })
    expect(await decide({ response: { responseId: 'f'.repeat(64), decision: 'kept' } })).toEqual({
      ok: false,
      error: { code: 'round-decision-unknown-response', unit: 'STC' },
    })
    expect((await appraisals.list(id)).filter((appraisal) => appraisal.response !== undefined)).toEqual([])
  })

  it('decides a points criterion the unit explained: kept at the points in force, revised within the maximum', async () => {
    const loaded = loadFramework(aPointsFramework())
    if (!loaded.ok) throw new Error('points framework')
    const points = (question: string, value: number) => ({
      unit: 'STC',
      kind: 'points' as const,
      question,
      value,
      reason: 'Thẩm định sơ bộ',
      declared: 10,
    })
    const item = (question: string): FeedbackItem => ({
      question,
      kind: 'points',
      label: `Tiêu chí ${question}`,
      declared: '10',
      appraised: '5',
      reason: 'Chưa đủ văn bản',
    })
    const { id, appraisals, responseId } = await setUp({
      framework: loaded.value,
      items: [item('1.1'), item('1.2')],
      appraise: [points('1.1', 5), points('1.2', 5)],
    })
    const decide = (question: string, decision: 'kept' | 'revised', value: number | null) =>
      appraisals.add(id, {
        unit: 'STC',
        kind: 'points',
        question,
        value,
        reason: 'Quyết định sau giải trình',
        declared: 10,
        response: { responseId, decision },
      })
    expect(await decide('1.1', 'kept', null)).toMatchObject({
      ok: true,
      value: { kind: 'points', value: 5, response: { decision: 'kept' } },
    })
    expect(await decide('1.2', 'revised', 11)).toEqual({
      ok: false,
      error: { code: 'appraisal-points-out-of-range', criterion: '1.2', maxPoints: 10 },
    })
    expect(await decide('1.2', 'revised', 8)).toMatchObject({
      ok: true,
      value: { kind: 'points', value: 8, response: { decision: 'revised' } },
    })
  })

  it('decides only on the unit’s latest response: a round-2 response makes round 1’s stale and the unit responded again', async () => {
    const { id, appraisals, responses, responseId, respond } = await setUp()
    const keep = (response: string) =>
      appraisals.add(id, {
        unit: 'STC',
        question: 'MayTinh',
        value: null,
        reason: 'Giữ kết quả',
        declared: 150,
        response: { responseId: response, decision: 'kept' },
      })
    expect(await keep(responseId)).toMatchObject({ ok: true })
    const second = await respond(2)
    expect(responseSummaries(await responses.list(id), await appraisals.list(id))).toEqual([
      { unit: 'STC', round: 2, items: 3, decided: 1 },
    ])
    expect(await keep(responseId)).toEqual({
      ok: false,
      error: { code: 'round-decision-stale-response', question: 'MayTinh' },
    })
    expect(await keep(second)).toMatchObject({ ok: true, value: { response: { round: 2 } } })
  })
})

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { isResultsVersionIntact } from '@core/assessment/resultsVersion'
import { aUnit, anAssessmentFramework, someAnswers } from '@core/assessment/testing/anAssessmentFramework'
import { decodeAnyBackup as decodeBackup } from '@core/formats/backup/decodeAnyBackup'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createAppraisalRepository } from './appraisalRepository'
import { createAssessmentRepository } from './assessmentRepository'
import { assessmentResultsTable, resultVersionsTable } from './assessmentRows'
import { listAssessmentAudit } from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'
import { exportDatabase, restoreDatabase } from './databaseBackup'
import { schemaHistory } from './schemaHistory'

const framework = anAssessmentFramework()
const units = [aUnit('STC'), aUnit('SYT')]
const freshName = () => `versions-${crypto.randomUUID()}`
const scored = (stcComputers: number) =>
  units.map((unit, index) => ({
    ...unit,
    attributes: { group: unit.group },
    answers: { ...someAnswers(index * 10), ...(unit.code === 'STC' ? { MayTinh: stcComputers } : {}) },
  }))

function clock() {
  let minute = 0
  return () => new Date(Date.UTC(2026, 2, 1, 8, (minute += 1)))
}

async function created(name = freshName()) {
  const database = defineWorkbenchDatabase(name)
  const now = clock()
  const repository = createAssessmentRepository(database, { now })
  const outcome = await repository.create(framework, 2026, units)
  if (!outcome.ok) throw new Error(outcome.error.code)
  return { database, repository, now, id: outcome.value.id }
}

describe('versioned official results', () => {
  it('keeps version 1 through an unlock and freezes version 2 on the next publication', async () => {
    const { database, repository, now, id } = await created()
    const first = scored(60)
    await repository.publish(id, computeAssessment(framework, first), first)
    const v1 = (await repository.versions(id))[0]

    await repository.unlock(id, 'Đơn vị khiếu nại số máy tính')
    expect(await repository.versions(id)).toEqual([v1])
    expect(await repository.officialResult(id)).toBeNull()
    expect(await repository.publishedVersion(id)).toBeNull()
    await createAppraisalRepository(database, { now }).add(id, {
      unit: 'STC',
      question: 'MayTinh',
      value: 90,
      reason: 'Biên bản kiểm kê bổ sung',
      declared: 60,
    })
    const second = scored(90)
    const republished = await repository.publish(id, computeAssessment(framework, second), second)

    expect(republished.ok && republished.value.status).toBe('published')
    const versions = await repository.versions(id)
    expect(versions.map((version) => [version.version, version.origin])).toEqual([
      [1, 'published'],
      [2, 'published'],
    ])
    expect(versions[0]).toEqual(v1)
    expect(versions.every(isResultsVersionIntact)).toBe(true)
    expect(versions[0]?.digest).not.toBe(versions[1]?.digest)
    const v2 = versions[1]
    expect(v2?.finalAnswers?.map((entry) => [entry.unit, entry.answers['MayTinh']])).toEqual([
      ['STC', 90],
      ['SYT', 60],
    ])
    expect(v2?.appraisals).toMatchObject([{ unit: 'STC', question: 'MayTinh', value: 90 }])
    expect(v1?.appraisals).toEqual([])
    expect(v2?.framework).toMatchObject({ id: framework.id, version: framework.version })
    expect(v2?.engineVersion).toBe(1)
    expect(await repository.officialResult(id)).toEqual(v2?.result)
    expect(await repository.publishedVersion(id)).toEqual({
      assessmentId: id,
      version: 2,
      publishedAt: v2?.publishedAt,
      digest: v2?.digest,
      origin: 'published',
    })
    const published = (await listAssessmentAudit(database, id)).filter(
      (entry) => entry.action === 'assessment.published',
    )
    expect(published.map((entry) => [entry.seq, entry.detail])).toEqual([
      [v2?.auditSeq, { unitCount: 2, engineVersion: 1, version: 2, digest: v2?.digest }],
      [v1?.auditSeq, { unitCount: 2, engineVersion: 1, version: 1, digest: v1?.digest }],
    ])
  })

  it('refuses final answers that are not those of the scored units, writing nothing', async () => {
    const { database, repository, id } = await created()
    const answers = scored(60)

    const refused = await repository.publish(
      id,
      computeAssessment(framework, answers),
      [...answers].reverse(),
    )

    expect(refused).toEqual({ ok: false, error: { code: 'results-mismatch' } })
    expect(await repository.versions(id)).toEqual([])
    expect((await listAssessmentAudit(database, id)).map((entry) => entry.action)).toEqual([
      'assessment.created',
    ])
  })

  it('writes no version when the publication transaction fails', async () => {
    const { database, id } = await created()
    const failing = createAssessmentRepository(database, { injectFault: () => 'quota' })
    const answers = scored(60)

    const outcome = await failing.publish(id, computeAssessment(framework, answers), answers)

    expect(outcome.ok ? null : outcome.error.code).toBe('quota')
    expect(await resultVersionsTable(database).count()).toBe(0)
    const reread = await createAssessmentRepository(database).get(id)
    expect(reread.ok && reread.value.assessment.status).toBe('open')
  })

  it('carries every version through a backup and a restore', async () => {
    const { database, repository, id } = await created()
    const answers = scored(60)
    await repository.publish(id, computeAssessment(framework, answers), answers)
    await repository.unlock(id, 'Đơn vị khiếu nại')
    await repository.publish(id, computeAssessment(framework, answers), answers)
    const before = await repository.versions(id)
    const exported = await exportDatabase(database, { appVersion: '0.1.0' })
    const decoded = exported.ok ? await decodeBackup(exported.value.bytes) : null
    if (!decoded?.ok) throw new Error('export failed')
    expect(decoded.value.tables['resultVersions']).toHaveLength(2)
    await repository.unlock(id, 'Thử khôi phục')
    await resultVersionsTable(database).clear()

    const restored = await restoreDatabase(database, decoded.value)

    expect(restored.ok).toBe(true)
    expect(await repository.versions(id)).toEqual(before)
    expect((await repository.publishedVersion(id))?.version).toBe(2)
  })
})

describe('schema step 6', () => {
  const stepFive = schemaHistory.filter((step) => step.version <= 5)

  /** A step-5 database: a published assessment with its official results row, and an open one with a stale row. */
  async function stepFiveDatabase(name: string) {
    const old = defineWorkbenchDatabase(name, stepFive)
    const answers = scored(60)
    const result = computeAssessment(framework, answers)
    const row = (id: string, status: string, year: number) => ({
      id,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      year,
      status,
      source: 'evaluator',
      units,
      approvals: [],
      createdAt: '2025-02-01T08:00:00.000Z',
      updatedAt: '2025-03-01T08:00:00.000Z',
      publishedAt: status === 'published' ? '2025-03-01T08:00:00.000Z' : null,
      rev: 3,
      framework: JSON.parse(JSON.stringify(framework)),
    })
    await old.assessments.bulkPut([row('a-2025', 'published', 2025), row('a-2024', 'open', 2024)])
    await old.table('appraisals').bulkAdd([
      {
        assessmentId: 'a-2025',
        unit: 'STC',
        question: 'MayTinh',
        value: 55,
        reason: 'Lần 1',
        at: '2025-02-10T08:00:00.000Z',
      },
      {
        assessmentId: 'a-2025',
        unit: 'STC',
        question: 'MayTinh',
        value: 60,
        reason: 'Lần 2',
        at: '2025-02-11T08:00:00.000Z',
      },
    ])
    await old.auditLog.add({
      at: '2025-02-20T08:00:00.000Z',
      entityId: 'a-2025',
      action: 'assessment.published',
      detail: { unitCount: 2, engineVersion: 1 },
    })
    await old.auditLog.add({
      at: '2025-02-21T08:00:00.000Z',
      entityId: 'a-2025',
      action: 'assessment.unlocked',
      detail: { reason: 'Sửa' },
    })
    const publishedSeq = await old.auditLog.add({
      at: '2025-03-01T08:00:00.000Z',
      entityId: 'a-2025',
      action: 'assessment.published',
      detail: { unitCount: 2, engineVersion: 1 },
    })
    await old.table('assessmentResults').bulkPut([
      {
        assessmentId: 'a-2025',
        computedAt: '2025-03-01T08:00:00.000Z',
        engineVersion: 1,
        result: JSON.parse(JSON.stringify(result)),
      },
      {
        assessmentId: 'a-2024',
        computedAt: '2024-03-01T08:00:00.000Z',
        engineVersion: 1,
        result: JSON.parse(JSON.stringify(result)),
      },
    ])
    old.close()
    return { result, publishedSeq }
  }

  it('turns a published assessment’s official results into version 1 and empties the old table', async () => {
    const name = freshName()
    const { result, publishedSeq } = await stepFiveDatabase(name)

    const database = defineWorkbenchDatabase(name)
    const repository = createAssessmentRepository(database)

    expect(await repository.versions('a-2024')).toEqual([])
    const [version, ...rest] = await repository.versions('a-2025')
    expect(rest).toEqual([])
    expect(version).toMatchObject({
      assessmentId: 'a-2025',
      version: 1,
      origin: 'upgraded',
      publishedAt: '2025-03-01T08:00:00.000Z',
      engineVersion: 1,
      finalAnswers: null,
      auditSeq: publishedSeq,
      appraisals: [
        { unit: 'STC', question: 'MayTinh', value: 60, reason: 'Lần 2', at: '2025-02-11T08:00:00.000Z' },
      ],
      framework: { id: framework.id },
    })
    expect(version && isResultsVersionIntact(version)).toBe(true)
    expect(await repository.officialResult('a-2025')).toEqual(JSON.parse(JSON.stringify(result)))
    expect(await assessmentResultsTable(database).count()).toBe(0)
  })

  it('publishes version 2 after an unlock of an upgraded assessment', async () => {
    const name = freshName()
    await stepFiveDatabase(name)
    const database = defineWorkbenchDatabase(name)
    const repository = createAssessmentRepository(database)
    const answers = scored(70)

    await repository.unlock('a-2025', 'Đơn vị gửi bổ sung')
    await repository.publish('a-2025', computeAssessment(framework, answers), answers)

    expect((await repository.versions('a-2025')).map((version) => [version.version, version.origin])).toEqual(
      [
        [1, 'upgraded'],
        [2, 'published'],
      ],
    )
  })

  it('upgrades a step-5 backup the same way when it is restored', async () => {
    const oldName = freshName()
    await stepFiveDatabase(oldName)
    const old = defineWorkbenchDatabase(oldName, stepFive)
    const exported = await exportDatabase(old, { appVersion: '0.0.9' })
    old.close()
    const decoded = exported.ok ? await decodeBackup(exported.value.bytes) : null
    if (!decoded?.ok) throw new Error('export failed')
    expect(decoded.value.header.schemaVersion).toBe(5)
    // A current database under the same name as the backup's (restore refuses another database).
    const current = defineWorkbenchDatabase(oldName)
    await current.open()
    await resultVersionsTable(current).clear()

    const restored = await restoreDatabase(current, decoded.value)

    expect(restored.ok).toBe(true)
    expect((await createAssessmentRepository(current).publishedVersion('a-2025'))?.version).toBe(1)
  })
})

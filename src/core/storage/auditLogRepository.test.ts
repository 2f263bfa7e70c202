import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import type { AuditOperator } from '@core/audit/auditOperator'
import { decodeAnyBackup as decodeBackup } from '@core/formats/backup/decodeAnyBackup'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createAppraisalRepository } from './appraisalRepository'
import { createAssessmentRepository } from './assessmentRepository'
import { bindAuditOperator } from './auditLogAppend'
import {
  listAssessmentAudit,
  logDatabaseRestored,
  logOperatorChange,
  verifyAuditLog,
} from './auditLogRepository'
import { defineWorkbenchDatabase } from './database'
import { exportDatabase, restoreDatabase } from './databaseBackup'
import { createSubmissionRepository } from './submissionRepository'

const framework = anAssessmentFramework()
const evaluator: AuditOperator = { mode: 'evaluator', name: 'Nguyễn Văn An', position: 'Chuyên viên' }

async function setUp(name = `audit-${crypto.randomUUID()}`) {
  const database = defineWorkbenchDatabase(name)
  let operator: AuditOperator | null = evaluator
  bindAuditOperator(database, () => operator)
  let tick = Date.parse('2026-03-01T08:00:00.000Z')
  const now = () => new Date((tick += 1000))
  const assessments = createAssessmentRepository(database, { now })
  const created = await assessments.create(framework, 2025, [aUnit('STC'), aUnit('SYT')])
  if (!created.ok) throw new Error(created.error.code)
  const id = created.value.id
  const appraisals = createAppraisalRepository(database, { now })
  const appraised = await appraisals.add(id, {
    unit: 'STC',
    question: 'MayTinh',
    value: 120,
    reason: 'Biên bản kiểm kê',
    declared: 150,
  })
  if (!appraised.ok) throw new Error(appraised.error.code)
  await assessments.approve(id, 'SYT')
  const opened = await assessments.get(id)
  if (!opened.ok) throw new Error(opened.error.code)
  await assessments.publish(id, computeAssessment(opened.value.framework, []), [])
  return { database, assessments, id, setOperator: (next: AuditOperator | null) => (operator = next) }
}

describe('the audit log', () => {
  it('records who acted on every entry and keeps one intact chain across repositories', async () => {
    const { database, id } = await setUp()

    const entries = await listAssessmentAudit(database, id)
    const report = await verifyAuditLog(database)

    expect(entries.map((entry) => [entry.action, entry.operator])).toEqual([
      ['assessment.published', evaluator],
      ['unit.approved', evaluator],
      ['appraisal.added', evaluator],
      ['assessment.created', evaluator],
    ])
    expect(report).toMatchObject({ total: 4, olderEntries: 0, broken: null })
    const rows = await database.auditLog.toArray()
    expect(rows[0]?.prevHash).toBeNull()
    expect(rows.slice(1).map((row) => row.prevHash)).toEqual(rows.slice(0, -1).map((row) => row.hash))
  })

  it('names the first entry someone edited, deleted or wrote around the app, and repairs nothing', async () => {
    const { database } = await setUp()
    const rows = await database.auditLog.toArray()

    await database.auditLog.update(rows[1]!.seq!, { detail: { unit: 'STC', value: 150, reason: 'sửa' } })
    expect((await verifyAuditLog(database)).broken).toEqual({
      seq: rows[1]!.seq,
      index: 1,
      reason: 'hash-mismatch',
    })
    expect((await database.auditLog.get(rows[1]!.seq!))?.detail).toEqual({
      unit: 'STC',
      value: 150,
      reason: 'sửa',
    })

    await database.auditLog.put(rows[1]!)
    expect((await verifyAuditLog(database)).broken).toBeNull()
    await database.auditLog.delete(rows[2]!.seq!)
    expect((await verifyAuditLog(database)).broken).toEqual({
      seq: rows[3]!.seq,
      index: 2,
      reason: 'link-mismatch',
    })

    await database.auditLog.put(rows[2]!)
    await database.auditLog.add({
      at: '2026-03-02T00:00:00.000Z',
      entityId: 'x',
      action: 'unit.approved',
      detail: {},
    })
    expect((await verifyAuditLog(database)).broken).toMatchObject({ index: 4, reason: 'missing-hash' })
  })

  it('starts the chain after entries of an older database and counts them', async () => {
    const database = defineWorkbenchDatabase(`audit-older-${crypto.randomUUID()}`)
    await database.auditLog.bulkAdd([
      { at: '2025-01-01T00:00:00.000Z', entityId: 's0', action: 'submission.created', detail: {} },
      { at: '2025-01-01T00:01:00.000Z', entityId: 's0', action: 'submission.saved', detail: {} },
    ])
    bindAuditOperator(database, () => evaluator)

    await createAssessmentRepository(database).create(framework, 2025, [aUnit('STC')])

    expect(await verifyAuditLog(database)).toMatchObject({ total: 3, olderEntries: 2, broken: null })
  })

  it('only appends: quick saves are summed up by a new entry, the earlier ones stay', async () => {
    const database = defineWorkbenchDatabase(`audit-saves-${crypto.randomUUID()}`)
    bindAuditOperator(database, () => ({ mode: 'unit', name: null }))
    let clock = Date.parse('2025-11-03T08:00:00.000Z')
    const submissions = createSubmissionRepository(database, { now: () => new Date((clock += 1000)) })
    const key = { unitCode: 'SNV', frameworkId: 'dept-ict-readiness', frameworkVersion: '2025.1', year: 2025 }
    const started = await submissions.start(key)
    if (!started.ok) throw new Error(started.error.code)

    for (const [rev, value] of [1, 12, 120].entries())
      await submissions.save(started.value.id, rev + 1, { answers: { MayTinh: value } })

    const rows = await database.auditLog.toArray()
    expect(rows.map((row) => row.action)).toEqual([
      'submission.created',
      'submission.saved',
      'submission.saved',
      'submission.saved',
    ])
    expect(rows.map((row) => row.operator)).toEqual(rows.map(() => ({ mode: 'unit', name: null })))
    const history = (await submissions.history(key)).filter((entry) => entry.action === 'submission.saved')
    expect(history.map((entry) => entry.detail.changes)).toEqual([
      [{ kind: 'answer', field: 'MayTinh', old: null, new: 120 }],
    ])
    expect((await verifyAuditLog(database)).broken).toBeNull()
  })

  it('logs a change of operator with the name before and after, as done by the new operator', async () => {
    const { database, setOperator } = await setUp()
    const next: AuditOperator = { mode: 'evaluator', name: 'Trần Thị Bình' }
    setOperator(next)

    expect((await logOperatorChange(database, 'evaluator', evaluator, next)).ok).toBe(true)

    const newest = await database.auditLog.toCollection().last()
    expect(newest).toMatchObject({
      entityId: 'operator',
      action: 'operator.changed',
      operator: next,
      detail: {
        mode: 'evaluator',
        before: { name: 'Nguyễn Văn An', position: 'Chuyên viên' },
        after: { name: 'Trần Thị Bình' },
      },
    })
    expect((await verifyAuditLog(database)).broken).toBeNull()
  })

  it('carries the chain through a backup and a restore, and goes on from its head', async () => {
    const { database } = await setUp()
    const exported = await exportDatabase(database, { appVersion: '0.1.0' })
    if (!exported.ok) throw new Error(exported.error.code)
    const decoded = await decodeBackup(exported.value.bytes)
    if (!decoded.ok) throw new Error(decoded.error.code)
    const target = defineWorkbenchDatabase(database.name)
    await database.delete()

    const restored = await restoreDatabase(target, decoded.value)
    bindAuditOperator(target, () => evaluator)
    const logged = await logDatabaseRestored(target, { recordCount: 9 }, new Date('2026-03-02T00:00:00Z'))
    await createAssessmentRepository(target).create(framework, 2027, [aUnit('STC')])

    expect(restored.ok && logged.ok).toBe(true)
    expect(await verifyAuditLog(target)).toMatchObject({ total: 6, olderEntries: 0, broken: null })
    expect((await target.auditLog.toArray())[4]).toMatchObject({
      entityId: 'database',
      action: 'database.restored',
      operator: evaluator,
      detail: { recordCount: 9 },
    })
  })
})

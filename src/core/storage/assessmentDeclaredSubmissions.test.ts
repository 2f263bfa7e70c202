import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '@core/assessment/assessment'
import { aDeclared, aUnit } from '@core/assessment/testing/anAssessmentFramework'
import { aBatch, anIncomingSubmission } from '@core/import/testing/anIncomingSubmission'
import {
  loadDeclaredSubmissions,
  receivedWorkbookSubmissions,
  type DeclaredSubmissionSource,
} from './assessmentDeclaredSubmissions'
import { createReceivedSubmissionRepository } from './receivedSubmissionRepository'
import { defineWorkbenchDatabase } from './database'
import { createSubmissionRepository } from './submissionRepository'

const assessment: Assessment = {
  id: 'a1',
  frameworkId: 'test-ict-readiness',
  frameworkVersion: '2025.1',
  year: 2025,
  units: [aUnit('STC'), aUnit('SYT'), aUnit('SXD'), aUnit('SNV')],
  status: 'open',
  approvals: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  publishedAt: null,
  rev: 1,
}
const key = (unitCode: string) => ({
  unitCode,
  frameworkId: 'test-ict-readiness',
  frameworkVersion: '2025.1',
  year: 2025,
})

describe('loadDeclaredSubmissions', () => {
  it('takes the latest submitted revision of each unit filled in unit mode, never a draft', async () => {
    const database = defineWorkbenchDatabase(`declared-${crypto.randomUUID()}`)
    const submissions = createSubmissionRepository(database)
    const first = await submissions.start(key('STC'))
    if (!first.ok) throw new Error('setup')
    await submissions.save(first.value.id, first.value.rev, { answers: { MayTinh: 10 } })
    await submissions.submit(first.value.id)
    const second = await submissions.startRevision(first.value.id)
    if (!second.ok) throw new Error('setup')
    await submissions.save(second.value.id, second.value.rev, { answers: { MayTinh: 12 } })
    await submissions.start(key('SYT'))
    await submissions.start({ ...key('SXD'), year: 2024 })

    const declared = await loadDeclaredSubmissions(database, assessment)

    expect(declared.map((submission) => [submission.unit, submission.answers['MayTinh']])).toEqual([
      ['STC', 10],
    ])
    expect(declared[0]?.history.map((entry) => entry.kind)).toEqual(['revision-started', 'submitted'])
  })

  it('keeps the newest submission of a unit across sources, with the history of both', async () => {
    const database = defineWorkbenchDatabase(`declared-${crypto.randomUUID()}`)
    const older: DeclaredSubmissionSource = () =>
      Promise.resolve([aDeclared('SYT', { MayTinh: 1 }, '2025-03-01T00:00:00.000Z')])
    const newer: DeclaredSubmissionSource = () =>
      Promise.resolve([
        { ...aDeclared('SYT', { MayTinh: 2 }, '2025-03-05T00:00:00.000Z'), source: 'received' as const },
      ])

    const declared = await loadDeclaredSubmissions(database, assessment, [older, newer])

    expect(declared).toHaveLength(1)
    expect(declared[0]).toMatchObject({ unit: 'SYT', answers: { MayTinh: 2 }, source: 'received' })
    expect(declared[0]?.history).toHaveLength(2)
  })
})

describe('receivedWorkbookSubmissions', () => {
  it('takes the version in force of each imported workbook, counting later versions that wait for a choice', async () => {
    const database = defineWorkbenchDatabase(`declared-${crypto.randomUUID()}`)
    const received = createReceivedSubmissionRepository(database)
    for (const version of [1, 2]) {
      const submission = anIncomingSubmission({ version })
      await received.commit({
        batch: aBatch(),
        index: version,
        fileName: `SNV-v${version}.xlsx`,
        fingerprint: submission.source.fingerprint,
        submission,
        at: `2025-03-02T08:0${version}:00.000Z`,
      })
    }

    const declared = await receivedWorkbookSubmissions(database, assessment)

    expect(declared).toHaveLength(1)
    expect(declared[0]).toMatchObject({
      unit: 'SNV',
      source: 'received',
      reference: 'SNV.xlsx',
      receivedAt: '2025-03-02T08:01:00.000Z',
      pendingVersions: 1,
    })
    expect(declared[0]?.history.map((entry) => [entry.at, entry.kind])).toEqual([
      ['2025-03-02T08:02:00.000Z', 'imported'],
      ['2025-03-02T08:01:00.000Z', 'imported'],
    ])
  })
})

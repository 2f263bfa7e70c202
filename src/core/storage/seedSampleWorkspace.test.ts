import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPublishedResults } from '@core/comparison/loadPublishedResults'
import { createAppraisalRepository } from './appraisalRepository'
import { createAssessmentRepository } from './assessmentRepository'
import { loadAssessmentWorkspace } from './assessmentWorkspace'
import { defineWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { createSubmissionRepository } from './submissionRepository'
import { createUnitProfileRepository } from './unitProfileRepository'
import { createUnitLineageRepository } from './unitLineageRepository'
import { restateYear } from '@core/comparison/restateYear'
import {
  isSampleWorkspaceSeeded,
  seedSampleWorkspace,
  type SeededSampleWorkspace,
} from './seedSampleWorkspace'

async function seeded(): Promise<{ database: WorkbenchDatabase; workspace: SeededSampleWorkspace }> {
  const database = defineWorkbenchDatabase(`sample-${crypto.randomUUID()}`)
  const outcome = await seedSampleWorkspace(database)
  if (!outcome.ok) throw new Error(`seeding refused: ${JSON.stringify(outcome.error)}`)
  return { database, workspace: outcome.value }
}

// Seeding writes some 400 transactions; fake-indexeddb takes seconds, so the tests share one.
const SEEDING_TIMEOUT = 60_000

describe('seedSampleWorkspace', () => {
  let database: WorkbenchDatabase
  let workspace: SeededSampleWorkspace
  beforeAll(async () => {
    ;({ database, workspace } = await seeded())
  }, SEEDING_TIMEOUT)

  it('sets unit mode up as Sở Nội vụ with 2024 and 2025 submitted and 2026 a draft', async () => {
    const profile = await createUnitProfileRepository(database).get()
    const submissions = await createSubmissionRepository(database).listForUnit('SNV')

    expect(profile).toEqual({ code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh' })
    expect(submissions.map(({ year, status }) => ({ year, status }))).toEqual([
      { year: 2026, status: 'draft' },
      { year: 2025, status: 'submitted' },
      { year: 2024, status: 'submitted' },
    ])
    const draft = submissions[0]
    expect(Object.keys(draft?.answers ?? {}).length).toBeGreaterThan(20)
    expect(draft?.lastQuestion).not.toBeNull()
  })

  it('gives the evaluator one assessment a year with every unit declared (the 2026 draft is not)', async () => {
    const declaredCounts = await Promise.all(
      workspace.assessments.map(async ({ id }) => {
        const opened = await loadAssessmentWorkspace(database, id)
        return opened.ok
          ? [opened.value.assessment.year, opened.value.assessment.units.length, opened.value.declared.length]
          : null
      }),
    )

    expect(workspace.submissionCount).toBe(84)
    expect(declaredCounts).toEqual([
      [2024, 28, 28],
      [2025, 28, 28],
      [2026, 28, 27],
    ])
  })

  it('holds 2024 with the former units, 2025 and 2026 after the reorganisation, and the Đà Nẵng lineage', async () => {
    const assessments = await createAssessmentRepository(database).list()
    const codesOf = (year: number) =>
      assessments.find((item) => item.year === year)?.units.map((unit) => unit.code) ?? []
    expect(codesOf(2024)).toEqual(expect.arrayContaining(['STTTT', 'SKHCN', 'Q-NHS', 'H-HV']))
    for (const year of [2025, 2026]) {
      expect(codesOf(year)).toEqual(expect.arrayContaining(['SKHCN', 'SVHTTDL', 'P-HAICHAU', 'X-HOAVANG']))
      expect(codesOf(year)).not.toEqual(expect.arrayContaining(['STTTT']))
      expect(codesOf(year).some((code) => code.startsWith('Q-') || code.startsWith('H-'))).toBe(false)
    }
    const lineage = await createUnitLineageRepository(database).current()
    expect(lineage).toMatchObject({ version: 1, origin: 'danang-2025' })
    expect(lineage.rows).toHaveLength(40)
  })

  it('restates 2024 in the 2025 units: Sở Khoa học và Công nghệ against the mean of itself and Sở Thông tin và Truyền thông', async () => {
    const published = await loadPublishedResults(createAssessmentRepository(database))
    const [year2024, year2025] = [2024, 2025].map((year) =>
      published.years.find((item) => item.year === year),
    )
    if (year2024 === undefined || year2025 === undefined) throw new Error('published years missing')
    const lineage = await createUnitLineageRepository(database).current()
    const restated = restateYear(year2024, year2025.result.units, lineage, 2025)
    const composite = (year: typeof year2024, code: string) =>
      year.result.components[year.result.rootCode]?.score[
        year.result.units.findIndex((unit) => unit.code === code)
      ]
    const expected = ((composite(year2024, 'STTTT') ?? NaN) + (composite(year2024, 'SKHCN') ?? NaN)) / 2
    expect(composite(restated.year, 'SKHCN')).toBeCloseTo(expected, 12)
    expect(restated.notes.get('SKHCN')?.predecessors.map((item) => item.code)).toEqual(['STTTT', 'SKHCN'])
    expect(restated.dissolved.map((unit) => unit.code)).toEqual(['Q-NHS', 'BQL-ATTP'])
  })

  it('gives the 2025 evaluator last year restated in the 2025 units: answers for year-on-year checks, results', async () => {
    const id2025 = workspace.assessments.find((item) => item.year === 2025)?.id ?? ''
    const opened = await loadAssessmentWorkspace(database, id2025)
    if (!opened.ok) throw new Error('2025 assessment unreadable')
    const previous = opened.value.previous
    expect(previous?.assessment.year).toBe(2024)
    expect(previous?.restated.get('SKHCN')?.predecessors.map((item) => item.code)).toEqual(['STTTT', 'SKHCN'])
    // the 2024 answers as declared, for the mean the restatement takes
    const declared2024 = await createSubmissionRepository(database).listForUnit('STTTT')
    const sttt = declared2024.find((item) => item.year === 2024)?.answers['SoCBCC']
    const skhcn = (await createSubmissionRepository(database).listForUnit('SKHCN')).find(
      (item) => item.year === 2024,
    )?.answers['SoCBCC']
    if (typeof sttt !== 'number' || typeof skhcn !== 'number') throw new Error('SoCBCC not declared in 2024')
    expect(previous?.finalAnswers.get('SKHCN')?.['SoCBCC']).toBeCloseTo((sttt + skhcn) / 2, 9)
    expect(previous?.finalAnswers.has('STTTT')).toBe(false)
    expect(previous?.result?.units.map((unit) => unit.code)).toEqual(
      opened.value.assessment.units.map((unit) => unit.code),
    )
    // 2026 follows 2025 with no unit change: nothing restated
    const id2026 = workspace.assessments.find((item) => item.year === 2026)?.id ?? ''
    const open2026 = await loadAssessmentWorkspace(database, id2026)
    expect(open2026.ok && open2026.value.previous?.restated.size).toBe(0)
  })

  it('publishes 2024 and 2025 with their results frozen and leaves 2026 open', async () => {
    const assessments = await createAssessmentRepository(database).list()
    const published = await loadPublishedResults(createAssessmentRepository(database))

    expect(assessments.map(({ year, status }) => ({ year, status }))).toEqual([
      { year: 2026, status: 'open' },
      { year: 2025, status: 'published' },
      { year: 2024, status: 'published' },
    ])
    expect(published.years.map((year) => [year.year, year.result.units.length]).sort()).toEqual([
      [2024, 28],
      [2025, 28],
    ])
    expect(workspace.assessments.map((assessment) => assessment.status)).toEqual([
      'published',
      'published',
      'open',
    ])
    expect(assessments[0]?.approvals).toHaveLength(6)
  })

  it('records one appraisal with its reason in 2025', async () => {
    const appraisals = await createAppraisalRepository(database).list(workspace.appraisal.assessmentId)

    expect(appraisals).toHaveLength(1)
    expect(appraisals[0]).toMatchObject({
      unit: workspace.appraisal.unit,
      question: workspace.appraisal.question,
    })
    expect(appraisals[0]?.reason.length).toBeGreaterThan(20)
    expect(
      workspace.assessments.find((assessment) => assessment.id === workspace.appraisal.assessmentId)?.year,
    ).toBe(2025)
  })

  it(
    'marks the database as seeded only at the end, and seeds the same workspace from the same seed',
    async () => {
      const fresh = defineWorkbenchDatabase(`sample-${crypto.randomUUID()}`)
      expect(await isSampleWorkspaceSeeded(fresh)).toBe(false)

      const second = await seeded()

      expect(await isSampleWorkspaceSeeded(database)).toBe(true)
      expect(second.workspace).toEqual(workspace)
      expect(await second.database.submissions.toArray()).toEqual(await database.submissions.toArray())
    },
    SEEDING_TIMEOUT,
  )
})

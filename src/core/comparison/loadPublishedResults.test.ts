import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { aUnit, anAssessmentFramework, someAnswers } from '@core/assessment/testing/anAssessmentFramework'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { defineWorkbenchDatabase } from '@core/storage/database'
import { loadPublishedResults } from './loadPublishedResults'

const framework = anAssessmentFramework()
const units = [aUnit('STC'), aUnit('SYT')]
const scored = units.map((unit, index) => ({ ...unit, answers: someAnswers(index * 10) }))
const result = computeAssessment(framework, scored)

describe('loadPublishedResults', () => {
  it('reads published assessments with their official results and framework, leaving open ones out', async () => {
    const repository = createAssessmentRepository(
      defineWorkbenchDatabase(`comparison-${crypto.randomUUID()}`),
    )
    const published = await repository.create(framework, 2024, units)
    await repository.create(framework, 2025, units)
    if (!published.ok) throw new Error(published.error.code)
    await repository.publish(published.value.id, result, scored)

    const loaded = await loadPublishedResults(repository)

    expect(loaded.skipped).toEqual([])
    expect(loaded.years).toHaveLength(1)
    expect(loaded.years[0]).toMatchObject({
      year: 2024,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      source: { kind: 'assessment', assessmentId: published.value.id },
    })
    expect(loaded.years[0]?.result).toEqual(result)
    expect(loaded.years[0]?.structure.nodes.map((node) => node.code).slice(0, 4)).toEqual([
      'ICT',
      'HTKT',
      'HTNL',
      'UD',
    ])
  })
})

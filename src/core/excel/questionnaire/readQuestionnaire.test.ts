import { describe, expect, it } from 'vitest'
import { normaliseContent } from './normaliseContent'
import { readQuestionnaire } from './readQuestionnaire'
import { everyTypeFramework, FILLED_OPTIONS, writtenAndRead } from './testing/questionnaireFixtures'

describe('readQuestionnaire', () => {
  it('reads back every question type written by writeQuestionnaireWorkbook', async () => {
    const framework = everyTypeFramework()
    const { workbook } = await writtenAndRead(framework, FILLED_OPTIONS)

    const read = readQuestionnaire(workbook, framework)

    expect(read.ok ? [] : read.error).toEqual([])
    if (!read.ok) return
    expect(read.value.content).toEqual(normaliseContent(framework, { answers: FILLED_OPTIONS.content?.answers ?? {}, comments: FILLED_OPTIONS.content?.comments ?? {} }))
    expect(read.value.unit).toEqual({ code: 'SNV', name: 'Sở Nội vụ' })
    expect(read.value.isUnchangedSinceExport).toBe(true)
  })
})

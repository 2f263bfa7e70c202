import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { anAssessmentFramework } from '@core/assessment/testing/anAssessmentFramework'
import { FEEDBACK_CONTENT } from '@core/formats/feedback/testing/roundFixtures'
import { writeFeedbackPackage } from '@core/formats/feedback/writeFeedbackPackage'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { writeResponsePackage } from '@core/formats/response/writeResponsePackage'
import { parseWorkbookFile } from './parseWorkbookFile'

const framework = anAssessmentFramework()
const identity = {
  assessmentId: 'a-1',
  frameworkId: framework.id,
  frameworkVersion: framework.version,
  year: 2025,
  unitCode: 'STC',
  unitName: 'Sở Tài chính',
  round: 1,
  deadline: '2026-04-15',
  writtenAt: '2026-04-01T08:00:00.000Z',
  appVersion: '0.1.0',
}
const items = FEEDBACK_CONTENT.items.map((item) => ({
  ...item,
  decision: 'agree' as const,
  explanation: '',
}))

async function written(result: Promise<{ ok: boolean; value?: { bytes: Uint8Array } }>): Promise<Uint8Array> {
  const file = await result
  if (!file.ok || file.value === undefined) throw new Error('not written')
  return file.value.bytes
}

const parse = (fileName: string, bytes: Uint8Array) => parseWorkbookFile({ fileName, bytes }, framework)
const statusOf = async (fileName: string, bytes: Uint8Array) => {
  const parsed = await parse(fileName, bytes)
  return parsed.status === 'round-file' ? `round-file:${parsed.kind}` : parsed.status
}

describe('parseWorkbookFile with round files', () => {
  it('hands back a response (bare workbook or package) and a feedback package as round files, with their bytes', async () => {
    const bare = await written(
      writeResponsePackage(identity, { frameworkName: 'x', feedbackHash: 'f'.repeat(64), items }, []),
    )
    const explained = items.map((item, index) =>
      index === 0 ? { ...item, decision: 'explain' as const, explanation: 'Có quyết định' } : item,
    )
    const packed = await written(
      writeResponsePackage(identity, { frameworkName: 'x', feedbackHash: 'f'.repeat(64), items: explained }, [
        { question: explained[0]?.question ?? '', fileName: 'QĐ.pdf', bytes: Uint8Array.of(37, 80, 68, 70) },
      ]),
    )
    const feedback = await written(writeFeedbackPackage(identity, FEEDBACK_CONTENT, []))

    const parsed = await parse('STC-giai-trinh.xlsx', bare)
    expect(parsed).toMatchObject({ status: 'round-file', kind: 'response', fileName: 'STC-giai-trinh.xlsx' })
    expect(parsed.status === 'round-file' && parsed.bytes).toEqual(bare)
    expect(await statusOf('STC-giai-trinh.zip', packed)).toBe('round-file:response')
    expect(await statusOf('STC-vong1.xlsx', feedback)).toBe('round-file:feedback')
    // A package whose entries name a response workbook is one, whatever else is damaged in it.
    const entries = unzipSync(packed)
    expect(await statusOf('x.zip', zipSync({ ...entries, 'stray.txt': Uint8Array.of(1) }))).toBe(
      'round-file:response',
    )
  })

  it('parses a questionnaire as before, and a round workbook inside a questionnaire package is not taken for a response', async () => {
    const questionnaire = await writeQuestionnaireWorkbook(framework, {
      unit: { code: 'STC', name: 'Sở Tài chính' },
      year: 2025,
      appVersion: '0.1.0',
      exportedAt: '2026-03-01T08:00:00.000Z',
    })
    if (!questionnaire.ok) throw new Error('questionnaire')
    expect(await statusOf('STC.xlsx', new Uint8Array(questionnaire.value))).toBe('parsed')
    const bare = await written(
      writeResponsePackage(identity, { frameworkName: 'x', feedbackHash: 'f'.repeat(64), items }, []),
    )
    expect(await parse('STC.zip', zipSync({ 'STC.xlsx': bare }))).toMatchObject({ status: 'rejected' })
  })
})

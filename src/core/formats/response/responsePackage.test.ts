import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { FEEDBACK_CONTENT, FEEDBACK_IDENTITY } from '@core/formats/feedback/testing/roundFixtures'
import { readResponsePackage } from './readResponsePackage'
import type { ResponseItem } from './responseContent'
import { RESPONSE_WORKBOOK_NAME, writeResponsePackage } from './writeResponsePackage'

const pdf = new TextEncoder().encode('%PDF-1.4 quyết định')
const [first, second, third] = FEEDBACK_CONTENT.items
if (first === undefined || second === undefined || third === undefined) throw new Error('fixture')
const items: Omit<ResponseItem, 'evidence'>[] = [
  { ...first, decision: 'explain', explanation: 'Đã mua thêm 30 máy theo Quyết định 12/QĐ-SNV' },
  { ...second, decision: 'explain', explanation: 'Kế hoạch ban hành ngày 15/01, kèm văn bản' },
  { ...third, decision: 'agree', explanation: '' },
]
const content = { frameworkName: FEEDBACK_CONTENT.frameworkName, feedbackHash: 'a'.repeat(64), items }
const files = [
  { question: 'MayTinh', fileName: 'QĐ 12.pdf', bytes: pdf },
  { question: 'CDS_1_1', fileName: 'KH.pdf', bytes: pdf },
]

const written = async (evidence = files) => {
  const result = await writeResponsePackage(FEEDBACK_IDENTITY, content, evidence)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

describe('response package', { timeout: 60_000 }, () => {
  it('round-trips a package: decisions, explanations and evidence per item', async () => {
    const file = await written()
    expect(file.extension).toBe('zip')
    expect(file.manifest.kind).toBe('response')
    expect(Object.keys(unzipSync(file.bytes)).sort()).toEqual([
      'evidence/CDS_1_1/KH.pdf',
      'evidence/MayTinh/QĐ 12.pdf',
      RESPONSE_WORKBOOK_NAME,
    ])
    const read = await readResponsePackage(file.bytes, {
      unitCode: 'SNV',
      year: 2026,
      assessmentId: 'a-2026',
    })
    if (!read.ok) throw new Error(JSON.stringify(read.error))
    expect(read.value.content.items.map((item) => [item.question, item.decision, item.evidence])).toEqual([
      ['MayTinh', 'explain', ['QĐ 12.pdf']],
      ['CDS_1_1', 'explain', ['KH.pdf']],
      ['ATTT', 'agree', []],
    ])
    expect(read.value.evidence.map((entry) => entry.question)).toEqual(['MayTinh', 'CDS_1_1'])
    expect(read.value.manifest).toEqual(file.manifest)
  })

  it('writes a bare workbook without evidence, and it reads back', async () => {
    const file = await written([])
    expect(file.extension).toBe('xlsx')
    expect(await readResponsePackage(file.bytes)).toMatchObject({ ok: true })
  })

  it('refuses to write an explanation missing or evidence of a type not accepted', async () => {
    const result = await writeResponsePackage(
      FEEDBACK_IDENTITY,
      { ...content, items: [{ ...first, decision: 'explain', explanation: ' ' }] },
      [{ question: 'MayTinh', fileName: 'virus.exe', bytes: pdf }],
    )
    expect(result.ok ? [] : result.error.map((issue) => issue.code)).toEqual([
      'round-explanation-required',
      'round-evidence-not-accepted',
    ])
  })

  it('refuses a feedback package, evidence missing or not listed, and another assessment', async () => {
    const file = await written()
    const parts = unzipSync(file.bytes)
    delete parts['evidence/CDS_1_1/KH.pdf']
    parts['evidence/ATTT/thêm.pdf'] = pdf
    const read = await readResponsePackage(zipSync(parts), { assessmentId: 'other' })
    expect(read.ok ? [] : read.error).toEqual([
      { code: 'round-assessment-mismatch' },
      { code: 'round-evidence-missing', question: 'CDS_1_1', fileName: 'KH.pdf' },
      { code: 'round-evidence-unlisted', part: 'evidence/ATTT/thêm.pdf' },
    ])
    const { writeFeedbackPackage } = await import('@core/formats/feedback/writeFeedbackPackage')
    const feedback = await writeFeedbackPackage(FEEDBACK_IDENTITY, FEEDBACK_CONTENT, [])
    if (!feedback.ok) throw new Error('write')
    expect(await readResponsePackage(feedback.value.bytes)).toMatchObject({
      ok: false,
      error: [{ code: 'round-not-response', found: 'feedback' }],
    })
  })
})

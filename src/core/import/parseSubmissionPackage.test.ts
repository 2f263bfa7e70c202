import 'fake-indexeddb/auto'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import goldenFramework from '@core/formats/questionnaire/testing/goldenFrameworkV1.json'
import { FILLED_OPTIONS } from '@core/formats/questionnaire/testing/questionnaireFixtures'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { loadFramework } from '@core/framework/loadFramework'
import { openWorkbenchDatabase } from '@core/storage/database'
import {
  createReceivedSubmissionRepository,
  receivedEvidenceId,
} from '@core/storage/receivedSubmissionRepository'
import { parseWorkbookFile } from './parseWorkbookFile'
import { runImportBatch } from './runImportBatch'
import { aBatch } from './testing/anIncomingSubmission'
import { unpackSubmissionZip } from './unpackSubmissionZip'

const loaded = loadFramework(goldenFramework)
if (!loaded.ok) throw new Error('golden framework')
const framework = loaded.value
const written = await writeQuestionnaireWorkbook(framework, FILLED_OPTIONS)
if (!written.ok) throw new Error('workbook')
const workbook = written.value
const pdf = (text: string) => strToU8(`%PDF-1.4\n${text}\n%%EOF`)
const zip = (files: Record<string, Uint8Array>) => zipSync(files)

describe('submission packages (.zip with evidence)', () => {
  it('opens the workbook and the evidence files, refusing anything else inside', () => {
    expect(
      unpackSubmissionZip(zip({ 'SNV.xlsx': workbook, 'evidence/KiemChung/QD-12.pdf': pdf('a') })),
    ).toMatchObject({
      ok: true,
      value: { workbookName: 'SNV.xlsx', evidence: [{ question: 'KiemChung', fileName: 'QD-12.pdf' }] },
    })
    expect(unpackSubmissionZip(zip({ 'evidence/KiemChung/QD-12.pdf': pdf('a') }))).toEqual({
      ok: false,
      error: [{ code: 'package-without-workbook' }],
    })
    expect(unpackSubmissionZip(zip({ 'a.xlsx': workbook, 'b.xlsx': workbook }))).toEqual({
      ok: false,
      error: [{ code: 'package-with-several-workbooks', count: 2 }],
    })
    expect(
      unpackSubmissionZip(
        zip({ 'SNV.xlsx': workbook, 'evidence/KiemChung/sub/x.pdf': pdf('a'), 'readme.txt': strToU8('hi') }),
      ),
    ).toEqual({
      ok: false,
      error: [
        { code: 'package-unexpected-entry', part: 'evidence/KiemChung/sub/x.pdf' },
        { code: 'package-unexpected-entry', part: 'readme.txt' },
      ],
    })
    expect(unpackSubmissionZip(strToU8('not a zip'))).toEqual({ ok: false, error: [{ code: 'not-a-zip' }] })
  })

  it('imports the answers with the evidence listed, and stores the files with the submission in one transaction', async () => {
    const opened = await openWorkbenchDatabase(`package-${crypto.randomUUID()}`)
    if (!opened.ok) throw new Error(opened.error.code)
    const store = createReceivedSubmissionRepository(opened.value)
    const bytes = zip({
      'SNV.xlsx': workbook,
      'evidence/KiemChung/QD-12.pdf': pdf('quyết định'),
      'evidence/KiemChung/Bien ban.pdf': pdf('biên bản'),
    })

    const result = await runImportBatch({
      batch: aBatch(),
      files: [{ fileName: 'SNV.zip', bytes }],
      parse: (file) => parseWorkbookFile(file, framework),
      store,
      now: () => new Date('2026-03-02T08:00:00.000Z'),
    })

    expect(result.outcomes.map((outcome) => outcome.kind)).toEqual(['imported'])
    const [row] = await store.listCurrent({
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      year: 2025,
    })
    expect(row?.content.answers['KiemChung']).toEqual([
      { id: 'KiemChung/1', fileName: 'QD-12.pdf', size: pdf('quyết định').length },
      { id: 'KiemChung/2', fileName: 'Bien ban.pdf', size: pdf('biên bản').length },
    ])
    const stored = await opened.value.evidence
      .where('submissionId')
      .equals(row?.id ?? '')
      .toArray()
    expect(
      stored.map((file) => [file.id, file.fileName, new TextDecoder().decode(file.bytes)]).sort(),
    ).toEqual(
      [
        [receivedEvidenceId(row?.id ?? '', 'KiemChung/1'), 'QD-12.pdf', '%PDF-1.4\nquyết định\n%%EOF'],
        [receivedEvidenceId(row?.id ?? '', 'KiemChung/2'), 'Bien ban.pdf', '%PDF-1.4\nbiên bản\n%%EOF'],
      ].sort(),
    )
  })

  it('makes the same answers with other evidence another version (a conflict), and the same package a duplicate', async () => {
    const plain = await parseWorkbookFile({ fileName: 'SNV.xlsx', bytes: workbook }, framework)
    const packed = await parseWorkbookFile(
      { fileName: 'SNV.zip', bytes: zip({ 'SNV.xlsx': workbook, 'evidence/KiemChung/QD-12.pdf': pdf('a') }) },
      framework,
    )
    const other = await parseWorkbookFile(
      { fileName: 'SNV.zip', bytes: zip({ 'SNV.xlsx': workbook, 'evidence/KiemChung/QD-12.pdf': pdf('b') }) },
      framework,
    )
    const again = await parseWorkbookFile(
      {
        fileName: 'SNV-lan-2.zip',
        bytes: zip({ 'SNV.xlsx': workbook, 'evidence/KiemChung/QD-12.pdf': pdf('a') }),
      },
      framework,
    )

    const hash = (parsed: typeof plain) =>
      parsed.status === 'parsed' ? parsed.submission.contentHash : parsed.status
    expect(new Set([hash(plain), hash(packed), hash(other)]).size).toBe(3)
    expect(hash(again)).toBe(hash(packed))
  })

  it('refuses evidence for a question that is not an evidence question, of a type it does not accept, or too many files', async () => {
    const parse = (files: Record<string, Uint8Array>) =>
      parseWorkbookFile({ fileName: 'SNV.zip', bytes: zip({ 'SNV.xlsx': workbook, ...files }) }, framework)

    expect(await parse({ 'evidence/MayTinh/a.pdf': pdf('a') })).toMatchObject({
      status: 'rejected',
      issues: [{ code: 'evidence-unknown-question', question: 'MayTinh' }],
    })
    expect(await parse({ 'evidence/KiemChung/a.exe': pdf('a') })).toMatchObject({
      status: 'rejected',
      issues: [{ code: 'evidence-not-accepted', question: 'KiemChung', fileName: 'a.exe', accept: ['pdf'] }],
    })
    const four = Object.fromEntries(['1', '2', '3', '4'].map((n) => [`evidence/KiemChung/${n}.pdf`, pdf(n)]))
    expect(await parse(four)).toMatchObject({
      status: 'rejected',
      issues: [{ code: 'evidence-too-many-files', question: 'KiemChung', maxFiles: 3 }],
    })
    expect(await parseWorkbookFile({ fileName: 'SNV.zip', bytes: workbook }, framework)).toMatchObject({
      status: 'rejected',
      issues: [{ code: 'package-without-workbook' }],
    })
  })
})

import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { packSubmissionZip } from './packSubmissionZip'
import { submissionPackageLimits, unpackSubmissionZip } from './unpackSubmissionZip'

// the unpacker does not open the workbook; any bytes stand for it here
const workbook = strToU8('PK workbook bytes')
const pdf = (text: string) => strToU8(`%PDF-1.4\n${text}\n%%EOF`)
const small = { ...submissionPackageLimits, maxEntries: 4, maxPartBytes: 100, maxTotalBytes: 150 }

describe('packSubmissionZip', () => {
  it('writes what unpackSubmissionZip opens, Vietnamese names included, the same bytes every time', () => {
    const submission = {
      workbookName: 'dept-ict-readiness-2025-SNV.xlsx',
      workbook,
      evidence: [
        { question: 'KiemChung', fileName: 'Quyết định số 12 – Sở Nội vụ.pdf', bytes: pdf('a') },
        { question: 'KiemChung', fileName: 'Ảnh chụp màn hình.png', bytes: strToU8('png') },
        { question: 'HTKT_VanBan', fileName: 'Báo cáo đánh giá.docx', bytes: strToU8('docx') },
      ],
    }
    const packed = packSubmissionZip(submission)
    if (!packed.ok) throw new Error(JSON.stringify(packed.error))

    expect(unpackSubmissionZip(packed.value)).toEqual({ ok: true, value: submission })
    expect(packSubmissionZip(submission)).toEqual(packed)
  })

  it('keeps both of two files whose names collide in the package (the unpacker refuses duplicates, case ignored)', () => {
    const packed = packSubmissionZip({
      workbookName: 'SNV.xlsx',
      workbook,
      evidence: [
        { question: 'KiemChung', fileName: 'QĐ.pdf', bytes: pdf('1') },
        { question: 'KiemChung', fileName: 'qđ.PDF', bytes: pdf('2') },
        { question: 'KiemChung', fileName: 'QĐ.pdf', bytes: pdf('3') },
        { question: 'Khac', fileName: 'QĐ.pdf', bytes: pdf('4') },
      ],
    })
    if (!packed.ok) throw new Error(JSON.stringify(packed.error))
    const opened = unpackSubmissionZip(packed.value)
    expect(opened.ok && opened.value.evidence.map((file) => `${file.question}/${file.fileName}`)).toEqual([
      'KiemChung/QĐ.pdf',
      'KiemChung/qđ (2).PDF',
      'KiemChung/QĐ (3).pdf',
      'Khac/QĐ.pdf',
    ])
  })

  it('refuses what the unpacker would refuse: names that are not one folder or file, too many entries, parts or packages too large', () => {
    expect(
      packSubmissionZip({
        workbookName: 'SNV.xlsx',
        workbook,
        evidence: [
          { question: '..', fileName: 'a.pdf', bytes: pdf('a') },
          { question: 'KiemChung', fileName: 'thư mục/a.pdf', bytes: pdf('a') },
        ],
      }),
    ).toEqual({
      ok: false,
      error: [
        { code: 'package-unsafe-name', part: 'evidence/../a.pdf' },
        { code: 'package-unsafe-name', part: 'evidence/KiemChung/thư mục/a.pdf' },
      ],
    })
    expect(packSubmissionZip({ workbookName: 'SNV.zip', workbook, evidence: [] })).toMatchObject({
      ok: false,
      error: [{ code: 'package-unsafe-name', part: 'SNV.zip' }],
    })
    const files = (count: number, size: number) =>
      Array.from({ length: count }, (_, index) => ({
        question: 'KiemChung',
        fileName: `${index}.pdf`,
        bytes: new Uint8Array(size),
      }))
    expect(packSubmissionZip({ workbookName: 'SNV.xlsx', workbook, evidence: files(4, 1) }, small)).toEqual({
      ok: false,
      error: [{ code: 'package-too-many-entries', count: 5, limit: 4 }],
    })
    expect(packSubmissionZip({ workbookName: 'SNV.xlsx', workbook, evidence: files(1, 101) }, small)).toEqual(
      {
        ok: false,
        error: [{ code: 'package-part-too-large', part: 'evidence/KiemChung/0.pdf', size: 101, limit: 100 }],
      },
    )
    expect(packSubmissionZip({ workbookName: 'SNV.xlsx', workbook, evidence: files(2, 70) }, small)).toEqual({
      ok: false,
      error: [{ code: 'package-too-large', size: 140 + workbook.length, limit: 150 }],
    })
  })

  it('packs up to the limits, and the unpacker opens it under the same limits', () => {
    const evidence = Array.from({ length: 3 }, (_, index) => ({
      question: 'KiemChung',
      fileName: `tệp ${index}.pdf`,
      bytes: new Uint8Array(40).fill(index),
    }))
    const packed = packSubmissionZip({ workbookName: 'SNV.xlsx', workbook, evidence }, small)
    if (!packed.ok) throw new Error(JSON.stringify(packed.error))
    expect(unpackSubmissionZip(packed.value, small)).toMatchObject({ ok: true, value: { evidence } })
  })
})

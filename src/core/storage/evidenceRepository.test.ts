import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openWorkbenchDatabase } from './database'
import { createEvidenceRepository, EVIDENCE_LIMITS } from './evidenceRepository'
import type { WriteFault } from './storageError'
import { createSubmissionRepository } from './submissionRepository'

const key = { unitCode: 'SNV', frameworkId: 'dept-ict-readiness', frameworkVersion: '2025.1', year: 2025 }

const setUp = async () => {
  const opened = await openWorkbenchDatabase(`evidence-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  const faults: WriteFault[] = []
  let id = 0
  const submissions = createSubmissionRepository(opened.value)
  const evidence = createEvidenceRepository(opened.value, {
    injectFault: () => faults.shift() ?? null,
    newId: () => `e${(id += 1)}`,
  })
  const draft = await submissions.start(key)
  if (!draft.ok) throw new Error('start failed')
  return { database: opened.value, submissions, evidence, faults, draft: draft.value }
}

const pdf = (fileName: string, size = 4) => ({ fileName, bytes: new Uint8Array(size).fill(37) })

describe('evidenceRepository', () => {
  it('stores the bytes and the reference in the answer together', async () => {
    const { evidence, submissions, draft } = await setUp()

    const added = await evidence.add(draft.id, 'KiemChung', [pdf('QĐ-123.pdf'), pdf('Báo cáo.pdf', 10)])

    expect(added.ok && added.value.answers['KiemChung']).toEqual([
      { id: 'e1', fileName: 'QĐ-123.pdf', size: 4 },
      { id: 'e2', fileName: 'Báo cáo.pdf', size: 10 },
    ])
    expect((await submissions.get(draft.id))?.answers['KiemChung']).toHaveLength(2)
    expect(await evidence.read('e2')).toEqual({
      id: 'e2',
      fileName: 'Báo cáo.pdf',
      bytes: new Uint8Array(10).fill(37),
    })
  })

  it('stores neither the bytes nor the reference when the transaction fails', async () => {
    const { evidence, submissions, faults, draft, database } = await setUp()
    faults.push('quota')

    const added = await evidence.add(draft.id, 'KiemChung', [pdf('a.pdf')])

    expect(added.ok === false && added.error.code).toBe('quota')
    expect(await database.evidence.count()).toBe(0)
    expect((await submissions.get(draft.id))?.answers).toEqual({})
  })

  it('refuses a file above the size bound before writing anything', async () => {
    const { evidence, draft } = await setUp()
    const huge = { fileName: 'video.zip', bytes: new Uint8Array(EVIDENCE_LIMITS.fileBytes + 1) }

    expect(await evidence.add(draft.id, 'KiemChung', [huge])).toEqual({
      ok: false,
      error: { code: 'file-too-large', fileName: 'video.zip', maxBytes: EVIDENCE_LIMITS.fileBytes },
    })
  })

  it('removes a file and its bytes', async () => {
    const { evidence, draft, database } = await setUp()
    await evidence.add(draft.id, 'KiemChung', [pdf('a.pdf')])

    const removed = await evidence.remove(draft.id, 'KiemChung', 'e1')

    expect(removed.ok && removed.value.answers).toEqual({})
    expect(await database.evidence.count()).toBe(0)
  })

  it('keeps the bytes a submitted revision still refers to when a later revision drops the file', async () => {
    const { evidence, submissions, draft, database } = await setUp()
    await evidence.add(draft.id, 'KiemChung', [pdf('a.pdf')])
    await submissions.submit(draft.id)
    const next = await submissions.startRevision(draft.id)
    if (!next.ok) throw new Error('revision failed')

    await evidence.remove(next.value.id, 'KiemChung', 'e1')

    expect(await database.evidence.count()).toBe(1)
    expect((await submissions.get(draft.id))?.answers['KiemChung']).toHaveLength(1)
  })

  it('cleans file names: NFC, no path separators or control characters', async () => {
    const { evidence, draft } = await setUp()

    const added = await evidence.add(draft.id, 'KiemChung', [pdf('..\\thu\u0300 mu\u0323c/QĐ\u0000.pdf')])

    expect(added.ok && added.value.answers['KiemChung']).toEqual([
      { id: 'e1', fileName: '.._thù mục_QĐ.pdf', size: 4 },
    ])
  })
})

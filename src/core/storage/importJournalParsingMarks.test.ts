// The import journal's parsing marks (issue #15 item 3, the app): a file is marked before a worker
// parses it, so a batch the page lost while parsing resumes without parsing that file again.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { ParsedFile } from '@core/import/importTypes'
import { aBatch, anIncomingSubmission } from '@core/import/testing/anIncomingSubmission'
import { runImportBatch, type FileParser } from '@core/import/runImportBatch'
import { sha256Hex } from '@core/sha256'
import { openWorkbenchDatabase } from './database'
import { createImportJournalRepository } from './importJournalRepository'
import { createReceivedSubmissionRepository } from './receivedSubmissionRepository'

const setUp = async () => {
  const opened = await openWorkbenchDatabase(`marks-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  return {
    repository: createReceivedSubmissionRepository(opened.value),
    journal: createImportJournalRepository(opened.value),
  }
}
const mark = (fingerprint: string, index: number) => ({
  fingerprint,
  fileName: `${fingerprint}.xlsx`,
  index,
  at: '2025-03-02T08:00:00.000Z',
})

describe('import journal parsing marks', () => {
  it('records the batch with its first mark, so a batch lost before any commit is interrupted', async () => {
    const { repository, journal } = await setUp()

    expect(await repository.markParsing?.(aBatch(), mark('f1', 0))).toEqual({ ok: true, value: null })

    expect(await journal.interruptedBatches()).toEqual([aBatch()])
    expect(await journal.parsingMarks('batch-1')).toEqual([mark('f1', 0)])
    expect(await journal.journal('batch-1')).toEqual([])
  })

  it('keeps one mark per file, clears it by fingerprint, and keeps the batch record through commits', async () => {
    const { repository, journal } = await setUp()
    await journal.markParsing(aBatch(), mark('f1', 0))
    await journal.markParsing(aBatch(), mark('f2', 1))
    await journal.markParsing(aBatch(), mark('f1', 0))
    const submission = anIncomingSubmission({ version: 1 })
    await repository.commit({
      batch: aBatch(),
      index: 2,
      fileName: 'SNV.xlsx',
      fingerprint: submission.source.fingerprint,
      submission,
      at: '2025-03-02T08:01:00.000Z',
    })

    expect((await journal.parsingMarks('batch-1')).map((entry) => entry.fingerprint)).toEqual(['f2', 'f1'])
    await journal.clearParsing('batch-1', 'f1')
    await journal.clearParsing('batch-1', 'unknown')
    await journal.clearParsing('no-such-batch', 'f2')

    expect(await journal.parsingMarks('batch-1')).toEqual([mark('f2', 1)])
    await journal.clearParsing('batch-1', 'f2')
    expect(await journal.parsingMarks('batch-1')).toEqual([])
    expect(await journal.journal('batch-1')).toHaveLength(1)
    expect((await journal.batches())[0]).not.toHaveProperty('parsing')
  })

  it('a batch lost while parsing a file resumes reporting it parse-interrupted, and parses the others', async () => {
    const { repository, journal } = await setUp()
    const encoder = new TextEncoder()
    const files = ['SNV', 'POISON', 'STC'].map((unitCode) => ({
      fileName: `${unitCode}.xlsx`,
      bytes: encoder.encode(unitCode),
    }))
    const parsedBy =
      (hangOn: string | null, log: string[]): FileParser =>
      async (file) => {
        await file.beforeStart?.()
        const unitCode = new TextDecoder().decode(file.bytes)
        log.push(unitCode)
        if (unitCode === hangOn) return new Promise<ParsedFile>(() => undefined) // the page dies here
        const base = anIncomingSubmission({ unitCode })
        return {
          status: 'parsed',
          fileName: file.fileName,
          fingerprint: sha256Hex(file.bytes),
          submission: { ...base, source: { ...base.source, fileName: file.fileName } },
        }
      }
    const firstLog: string[] = []
    void runImportBatch({
      batch: aBatch({ total: 3 }),
      files,
      parse: parsedBy('POISON', firstLog),
      parseAhead: 1,
      store: repository,
      now: () => new Date('2025-03-02T08:00:00.000Z'),
    })
    await expect.poll(() => firstLog).toEqual(['SNV', 'POISON'])
    await expect
      .poll(async () => (await journal.parsingMarks('batch-1')).map((entry) => entry.fileName))
      .toEqual(['POISON.xlsx'])

    const [interrupted] = await journal.interruptedBatches()
    const secondLog: string[] = []
    const resumed = await runImportBatch({
      batch: interrupted ?? aBatch(),
      files,
      parse: parsedBy(null, secondLog),
      store: repository,
      now: () => new Date('2025-03-02T09:00:00.000Z'),
    })

    expect(resumed.outcomes.map((outcome) => `${outcome.fileName}:${outcome.kind}`)).toEqual([
      'SNV.xlsx:imported',
      'POISON.xlsx:rejected',
      'STC.xlsx:imported',
    ])
    expect(resumed.outcomes[0]).toMatchObject({ resumed: true })
    expect(resumed.outcomes[1]).toMatchObject({ issues: [{ code: 'parse-interrupted' }] })
    expect(secondLog).toEqual(['STC'])
    expect(await journal.interruptedBatches()).toEqual([])
  })
})

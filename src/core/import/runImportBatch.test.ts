import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@core/sha256'
import { err, ok } from '@core/result'
import type { ImportStore } from './importStore'
import type { FileOutcome, IncomingSubmission, ParsedFile, ParsingMark } from './importTypes'
import { createMemoryImportStore } from './memoryImportStore'
import { runImportBatch, type BatchFile, type FileParser } from './runImportBatch'
import { aBatch, anIncomingSubmission } from './testing/anIncomingSubmission'

/** Files whose bytes name a submission: `SNV:1` is unit SNV, version 1; `bad` is refused. */
const fileOf = (name: string, body: string): BatchFile => ({
  fileName: name,
  bytes: new TextEncoder().encode(body),
})

const parser =
  (delays: Readonly<Record<string, number>> = {}): FileParser =>
  async ({ fileName, bytes }) => {
    const body = new TextDecoder().decode(bytes)
    await new Promise((resolve) => setTimeout(resolve, delays[body] ?? 0))
    const fingerprint = sha256Hex(bytes)
    if (body === 'bad')
      return {
        status: 'rejected',
        fileName,
        fingerprint,
        issues: [{ code: 'macros-present', part: 'xl/vbaProject.bin' }],
      }
    const [unitCode = '', version = '1'] = body.split(':')
    const base = anIncomingSubmission({ unitCode, version: Number(version) })
    const submission: IncomingSubmission = { ...base, source: { ...base.source, fileName, fingerprint } }
    return { status: 'parsed', fileName, fingerprint, submission } satisfies ParsedFile
  }

const run = (
  files: readonly BatchFile[],
  store: ImportStore,
  extra: Partial<Parameters<typeof runImportBatch>[0]> = {},
) =>
  runImportBatch({
    batch: aBatch({ total: files.length }),
    files,
    parse: parser(),
    store,
    now: () => new Date('2025-03-02T08:00:00.000Z'),
    ...extra,
  })

const kinds = (outcomes: readonly FileOutcome[]) =>
  outcomes.map((outcome) => `${outcome.fileName}:${outcome.kind}`)

describe('runImportBatch', () => {
  it('imports new units, reports identical content as duplicate and another version as a conflict', async () => {
    const store = createMemoryImportStore()
    const files = [
      fileOf('a.xlsx', 'SNV:1'),
      fileOf('b.xlsx', 'STC:1'),
      fileOf('c.xlsx', 'SNV:1'),
      fileOf('d.xlsx', 'SNV:2'),
      fileOf('e.xlsx', 'bad'),
    ]

    const result = await run(files, store)

    expect(kinds(result.outcomes)).toEqual([
      'a.xlsx:imported',
      'b.xlsx:imported',
      'c.xlsx:duplicate',
      'd.xlsx:conflict',
      'e.xlsx:rejected',
    ])
    expect(
      store
        .snapshot()
        .submissions.map((row) => row.status)
        .sort(),
    ).toEqual(['current', 'current', 'pending'])
  })

  it('commits in file order whatever order the parses finish in', async () => {
    const store = createMemoryImportStore()
    const files = [fileOf('slow.xlsx', 'SNV:1'), fileOf('fast.xlsx', 'SNV:2')]

    const result = await run(files, store, { parse: parser({ 'SNV:1': 30 }) })

    expect(kinds(result.outcomes)).toEqual(['slow.xlsx:imported', 'fast.xlsx:conflict'])
  })

  it('reports the whole batch as already imported the second time and stores nothing more', async () => {
    const store = createMemoryImportStore()
    const files = Array.from({ length: 20 }, (_, index) => fileOf(`u${index}.xlsx`, `U${index}:1`))
    await run(files, store)
    const before = store.snapshot()

    const again = await run(files, store, { batch: aBatch({ id: 'batch-2', total: 20 }) })

    expect(again.outcomes.every((outcome) => outcome.kind === 'duplicate')).toBe(true)
    expect(store.snapshot().submissions).toEqual(before.submissions)
  })

  it('reports files whose exact bytes were imported before as already imported, without parsing them', async () => {
    const store = createMemoryImportStore()
    const files = [fileOf('a.xlsx', 'SNV:1'), fileOf('b.xlsx', 'SNV:2')]
    await run(files, store)
    const parsed: string[] = []

    const again = await run(
      [fileOf('a-copy.xlsx', 'SNV:1'), fileOf('b-copy.xlsx', 'SNV:2'), fileOf('c.xlsx', 'STC:1')],
      store,
      {
        batch: aBatch({ id: 'batch-2' }),
        parse: async (file) => (parsed.push(file.fileName), parser()(file)),
      },
    )

    expect(kinds(again.outcomes)).toEqual([
      'a-copy.xlsx:duplicate',
      'b-copy.xlsx:conflict',
      'c.xlsx:imported',
    ])
    expect(parsed).toEqual(['c.xlsx'])
  })

  it('resumes an interrupted batch from its journal without parsing or storing the done files again', async () => {
    const store = createMemoryImportStore()
    const files = Array.from({ length: 10 }, (_, index) => fileOf(`u${index}.xlsx`, `U${index}:1`))
    const signal = { aborted: false }
    const first = await run(files, store, {
      signal,
      onOutcome: (_, progress) => void (signal.aborted = progress.done === 4),
    })
    const parsed: string[] = []
    const counting: FileParser = async (file) => {
      parsed.push(file.fileName)
      return parser()(file)
    }

    const resumed = await run([...files].reverse(), store, { parse: counting })

    expect(first.cancelled).toBe(true)
    expect((await store.interruptedBatches()).map((batch) => batch.id)).toEqual([])
    expect(resumed.outcomes.filter((outcome) => outcome.resumed === true)).toHaveLength(4)
    expect(parsed).toHaveLength(6)
    expect(store.snapshot().submissions).toHaveLength(10)
  })

  it('rejects a unit the evaluator does not know', async () => {
    const result = await run([fileOf('x.xlsx', 'XYZ:1')], createMemoryImportStore(), {
      knownUnits: new Set(['SNV']),
    })

    expect(result.outcomes).toMatchObject([
      { kind: 'rejected', issues: [{ code: 'unknown-unit', unitCode: 'XYZ' }] },
    ])
  })

  it('rejects a look-alike of a known unit (case, Greek or Cyrillic letters), naming the unit', async () => {
    const store = createMemoryImportStore()
    const files = [fileOf('a.xlsx', 'SNV:1'), fileOf('b.xlsx', 'SΝV:2'), fileOf('c.xlsx', 'snv:3')]
    const result = await run(files, store, { knownUnits: new Set(['SNV', 'STC']) })

    expect(result.outcomes).toMatchObject([
      { kind: 'imported', unitCode: 'SNV' },
      { kind: 'rejected', issues: [{ code: 'unit-code-lookalike', found: 'SΝV', known: 'SNV' }] },
      { kind: 'rejected', issues: [{ code: 'unit-code-lookalike', found: 'snv', known: 'SNV' }] },
    ])
    expect(store.snapshot().submissions).toHaveLength(1)
  })

  it('rejects an invalid unit code, with or without a list of known units', async () => {
    const withList = await run([fileOf('a.xlsx', 'S N V:1')], createMemoryImportStore(), {
      knownUnits: new Set(['SNV']),
    })
    const withoutList = await run([fileOf('b.xlsx', 'SΝV:1')], createMemoryImportStore())

    expect(withList.outcomes).toMatchObject([
      { kind: 'rejected', issues: [{ code: 'unit-code-invalid', found: 'S N V' }] },
    ])
    expect(withoutList.outcomes).toMatchObject([
      { kind: 'rejected', issues: [{ code: 'unit-code-invalid', found: 'SΝV' }] },
    ])
  })

  it('reports a failed commit as failed and goes on with the next file', async () => {
    const memory = createMemoryImportStore()
    let calls = 0
    const flaky: ImportStore = {
      ...memory,
      commit: async (request) =>
        ++calls === 1 ? err({ code: 'quota', message: 'full' }) : memory.commit(request),
    }

    const result = await run([fileOf('a.xlsx', 'SNV:1'), fileOf('b.xlsx', 'STC:1')], flaky)

    expect(kinds(result.outcomes)).toEqual(['a.xlsx:failed', 'b.xlsx:imported'])
  })

  it('turns a parser that throws into a rejected file', async () => {
    const result = await run([fileOf('a.xlsx', 'SNV:1')], createMemoryImportStore(), {
      parse: async () => Promise.reject(new Error('worker died')),
    })

    expect(result.outcomes).toMatchObject([
      { kind: 'rejected', issues: [{ code: 'parse-crashed', message: 'worker died' }] },
    ])
  })

  it('estimates the time left from the time per file so far', async () => {
    let now = 0
    const remaining: (number | null)[] = []

    await run(
      [fileOf('a.xlsx', 'A:1'), fileOf('b.xlsx', 'B:1'), fileOf('c.xlsx', 'C:1')],
      createMemoryImportStore(),
      {
        clock: () => (now += 500),
        onOutcome: (_, progress) => void remaining.push(progress.remainingMs),
      },
    )

    expect(remaining[0]).toBeGreaterThan(0)
    expect(remaining.at(-1)).toBe(0)
  })
})

/** A memory store that also keeps parsing marks, logging every mark and clear in order. */
function storeWithMarks(initialMarks: readonly ParsingMark[] = []) {
  const inner = createMemoryImportStore()
  const marks = new Map<string, ParsingMark[]>([[aBatch().id, [...initialMarks]]])
  const log: string[] = []
  const store: ImportStore = {
    ...inner,
    markParsing: async (batch, mark) => {
      log.push(`mark ${mark.fileName}#${mark.index}`)
      marks.set(batch.id, [...(marks.get(batch.id) ?? []), mark])
      return ok(null)
    },
    clearParsing: async (batchId, fingerprint) => {
      const left = (marks.get(batchId) ?? []).filter((mark) => mark.fingerprint !== fingerprint)
      log.push(`clear ${fingerprint.slice(0, 6)}`)
      marks.set(batchId, left)
      return ok(null)
    },
    parsingMarks: async (batchId) => marks.get(batchId) ?? [],
  }
  return { store, marks, log, inner }
}

/** A parser that honours `beforeStart` as a worker pool does, logging when each parse begins and ends. */
const markingParser =
  (log: string[]): FileParser =>
  async (file) => {
    await file.beforeStart?.()
    log.push(`parse ${file.fileName}`)
    return parser()(file)
  }

describe('runImportBatch with parsing marks', () => {
  it('marks each file before its parse begins and clears the mark when the parse returns', async () => {
    const { store, marks, log } = storeWithMarks()
    const files = [fileOf('a.xlsx', 'SNV:1'), fileOf('b.xlsx', 'bad')]

    const result = await run(files, store, { parse: markingParser([]), parseAhead: 1 })

    expect(kinds(result.outcomes)).toEqual(['a.xlsx:imported', 'b.xlsx:rejected'])
    const fingerprint = (body: string) => sha256Hex(new TextEncoder().encode(body)).slice(0, 6)
    expect(log).toEqual([
      'mark a.xlsx#0',
      `clear ${fingerprint('SNV:1')}`,
      'mark b.xlsx#1',
      `clear ${fingerprint('bad')}`,
    ])
    expect(marks.get(aBatch().id)).toEqual([])
  })

  it('writes the mark before the parser starts the file, not when the file is queued', async () => {
    const { store, log } = storeWithMarks()
    const parseLog: string[] = []
    const parse: FileParser = async (file) => {
      parseLog.push(`queued ${file.fileName} (marks so far: ${log.length})`)
      await file.beforeStart?.()
      parseLog.push(
        `started ${file.fileName} (marks so far: ${log.filter((line) => line.startsWith('mark')).length})`,
      )
      return parser()(file)
    }

    await run([fileOf('a.xlsx', 'SNV:1')], store, { parse })

    expect(parseLog).toEqual(['queued a.xlsx (marks so far: 0)', 'started a.xlsx (marks so far: 1)'])
  })

  it('resuming a batch reports the file an earlier run left marked as parse-interrupted, without parsing it', async () => {
    const poison = fileOf('poison.xlsx', 'SNV:9')
    const { store, log } = storeWithMarks([
      {
        fingerprint: sha256Hex(poison.bytes as Uint8Array),
        fileName: 'poison.xlsx',
        index: 1,
        at: '2025-03-02T07:59:00.000Z',
      },
    ])
    const parsed: string[] = []

    const result = await run([fileOf('a.xlsx', 'SNV:1'), poison, fileOf('c.xlsx', 'STC:1')], store, {
      parse: markingParser(parsed),
    })

    expect(kinds(result.outcomes)).toEqual(['a.xlsx:imported', 'poison.xlsx:rejected', 'c.xlsx:imported'])
    expect(result.outcomes[1]).toMatchObject({ issues: [{ code: 'parse-interrupted' }] })
    expect(parsed).toEqual(['parse a.xlsx', 'parse c.xlsx'])
    expect(log.filter((line) => line.includes('poison'))).toEqual([])
  })

  it('parses on when a mark cannot be written', async () => {
    const { store } = storeWithMarks()
    const failing: ImportStore = {
      ...store,
      markParsing: async () => err({ code: 'quota', message: 'QuotaExceededError' }),
    }

    const result = await run([fileOf('a.xlsx', 'SNV:1')], failing, { parse: markingParser([]) })

    expect(kinds(result.outcomes)).toEqual(['a.xlsx:imported'])
  })

  describe('round files', () => {
    /** `resp:<unit>` is a response package, `fb:<unit>` a feedback package; anything else as `parser`. */
    const roundParser: FileParser = async (file) => {
      const body = new TextDecoder().decode(file.bytes)
      const [prefix] = body.split(':')
      if (prefix === 'resp' || prefix === 'fb')
        return {
          status: 'round-file',
          fileName: file.fileName,
          fingerprint: sha256Hex(file.bytes),
          kind: prefix === 'resp' ? 'response' : 'feedback',
          bytes: file.bytes,
        }
      return parser()(file)
    }

    it('hands responses to the response import in file order, with the batch and fingerprint, between questionnaires', async () => {
      const store = createMemoryImportStore()
      const seen: string[] = []
      const result = await run(
        [fileOf('a.xlsx', 'SNV:1'), fileOf('b.zip', 'resp:STC'), fileOf('c.zip', 'resp:SYT')],
        store,
        {
          parse: roundParser,
          responses: async (request) => {
            seen.push(`${request.batch.id}#${request.index}:${request.fileName}:${request.fingerprint}`)
            const unitCode = new TextDecoder().decode(request.bytes).split(':')[1] ?? ''
            return unitCode === 'STC'
              ? { kind: 'imported', responseId: 'r-1', unitCode, unitName: 'Sở Tài chính', round: 2 }
              : {
                  kind: 'rejected',
                  issues: [{ code: 'round-response-unknown-feedback', unit: unitCode, round: 1 }],
                }
          },
        },
      )

      expect(seen).toEqual([
        `batch-1#1:b.zip:${sha256Hex(new TextEncoder().encode('resp:STC'))}`,
        `batch-1#2:c.zip:${sha256Hex(new TextEncoder().encode('resp:SYT'))}`,
      ])
      expect(result.outcomes).toEqual([
        expect.objectContaining({ kind: 'imported', fileName: 'a.xlsx' }),
        {
          kind: 'imported',
          index: 1,
          fileName: 'b.zip',
          unitCode: 'STC',
          unitName: 'Sở Tài chính',
          submissionId: 'r-1',
          warnings: [],
          response: { round: 2 },
        },
        {
          kind: 'rejected',
          index: 2,
          fileName: 'c.zip',
          issues: [{ code: 'round-response-unknown-feedback', unit: 'SYT', round: 1 }],
        },
      ])
      expect(store.snapshot().submissions).toHaveLength(1)
    })

    it('refuses a feedback package, and a response when the batch has no response import', async () => {
      const result = await run(
        [fileOf('a.zip', 'fb:STC'), fileOf('b.zip', 'resp:STC')],
        createMemoryImportStore(),
        {
          parse: roundParser,
        },
      )

      expect(
        result.outcomes.map((outcome) => (outcome.kind === 'rejected' ? outcome.issues : outcome.kind)),
      ).toEqual([
        [{ code: 'round-not-response', found: 'feedback' }],
        [{ code: 'round-response-needs-assessment' }],
      ])
    })

    it('reports a storage failure of the response import as the file failing', async () => {
      const result = await run([fileOf('a.zip', 'resp:STC')], createMemoryImportStore(), {
        parse: roundParser,
        responses: async () => ({ kind: 'failed', reason: { code: 'quota', message: 'QuotaExceededError' } }),
      })

      expect(result.outcomes).toEqual([
        {
          kind: 'failed',
          index: 0,
          fileName: 'a.zip',
          reason: { code: 'quota', message: 'QuotaExceededError' },
        },
      ])
    })
  })
})

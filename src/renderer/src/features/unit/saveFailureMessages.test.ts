import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import type { EvidenceFailure } from '@core/storage/evidenceRepository'
import type { SubmissionWriteFailure } from '@core/storage/submissionRepository'
import { en, vi } from '../../i18n/resources'
import { evidenceFailureMessage, writeFailureMessage } from './saveFailureMessages'

type Call = { readonly key: string; readonly options?: Record<string, unknown> }

// A fake t that writes down what it was asked for: the key and the interpolation options.
const t = ((key: string, options?: Record<string, unknown>) =>
  JSON.stringify(options === undefined ? { key } : { key, options })) as unknown as TFunction
const asked = (text: string): Call => JSON.parse(text) as Call

const exists = (root: unknown, key: string): boolean =>
  typeof key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined,
      root,
    ) === 'string'

const storage = (code: 'quota' | 'aborted' | 'closed' | 'corrupted' | 'unknown'): SubmissionWriteFailure => ({
  code,
  message: 'DOMException: technical detail',
})

describe('writeFailureMessage', () => {
  it.each([
    [storage('quota'), 'unit.save.failed.quota'],
    [storage('aborted'), 'unit.save.failed.aborted'],
    [storage('closed'), 'unit.save.failed.closed'],
    [storage('unknown'), 'unit.save.failed.other'],
    [{ code: 'read-only' } as const, 'unit.save.failed.readOnly'],
    [{ code: 'not-latest' } as const, 'unit.save.failed.readOnly'],
    [{ code: 'not-found' } as const, 'unit.save.failed.notFound'],
  ])('says %j as %s, without the technical message', (failure, key) => {
    expect(asked(writeFailureMessage(t, failure))).toEqual({ key })
  })
})

describe('evidenceFailureMessage', () => {
  it('names the file and writes the limit in the interface language', () => {
    const failure: EvidenceFailure = {
      code: 'file-too-large',
      fileName: 'báo cáo.pdf',
      maxBytes: 1536 * 1024,
    }

    expect(asked(evidenceFailureMessage(t, failure, 'vi'))).toEqual({
      key: 'unit.evidence.errors.fileTooLarge',
      options: { fileName: 'báo cáo.pdf', size: '1,5 MB' },
    })
    expect(asked(evidenceFailureMessage(t, failure, 'en')).options).toEqual({
      fileName: 'báo cáo.pdf',
      size: '1.5 MB',
    })
  })

  it('writes the limit of all the files of a questionnaire', () => {
    const failure: EvidenceFailure = { code: 'submission-too-large', maxBytes: 200 * 1024 * 1024 }

    expect(asked(evidenceFailureMessage(t, failure, 'vi'))).toEqual({
      key: 'unit.evidence.errors.submissionTooLarge',
      options: { size: '200 MB' },
    })
  })

  it('names an empty file', () => {
    expect(asked(evidenceFailureMessage(t, { code: 'empty-file', fileName: 'trống.docx' }, 'en'))).toEqual({
      key: 'unit.evidence.errors.emptyFile',
      options: { fileName: 'trống.docx' },
    })
  })

  it('says storage failures as a save does', () => {
    expect(asked(evidenceFailureMessage(t, storage('quota'), 'vi'))).toEqual({
      key: 'unit.save.failed.quota',
    })
    expect(asked(evidenceFailureMessage(t, { code: 'read-only' }, 'vi'))).toEqual({
      key: 'unit.save.failed.readOnly',
    })
  })

  it('asks only for keys that exist in both languages', () => {
    const failures: EvidenceFailure[] = [
      storage('quota'),
      storage('aborted'),
      storage('closed'),
      storage('unknown'),
      { code: 'read-only' },
      { code: 'not-latest' },
      { code: 'not-found' },
      { code: 'file-too-large', fileName: 'a.pdf', maxBytes: 1 },
      { code: 'submission-too-large', maxBytes: 1 },
      { code: 'empty-file', fileName: 'a.pdf' },
    ]
    for (const failure of failures) {
      const { key } = asked(evidenceFailureMessage(t, failure, 'vi'))
      expect(exists(en, key) && exists(vi, key), key).toBe(true)
    }
  })
})

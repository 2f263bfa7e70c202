// Builders for import tests.
import { sha256OfText } from '@core/sha256'
import type { ImportBatch, IncomingSubmission, ParsedFile } from '@core/import/importTypes'

/** An incoming submission for unit `SNV`; `version` changes its content (and so its hash). */
export function anIncomingSubmission(
  overrides: Partial<IncomingSubmission> & { readonly version?: number } = {},
): IncomingSubmission {
  const { version = 1, ...rest } = overrides
  const unitCode = rest.unitCode ?? 'SNV'
  return {
    unitCode,
    unitName: `Đơn vị ${unitCode}`,
    frameworkId: 'test-ict-readiness',
    frameworkVersion: '2025.1',
    year: 2025,
    contentHash: sha256OfText(`${unitCode}|${version}`),
    content: { answers: { MayTinh: 100 + version }, comments: {} },
    warnings: [],
    source: {
      fileName: `${unitCode}.xlsx`,
      fingerprint: sha256OfText(`file|${unitCode}|${version}`),
      templateVersion: 1,
      upgradedFrom: null,
      appVersion: '0.1.0',
      exportedAt: '2025-03-01T08:00:00.000Z',
      isUnchangedSinceExport: true,
    },
    ...rest,
  }
}

/** A parsed file carrying `submission`. */
export function aParsedFile(
  submission: IncomingSubmission,
  fileName = submission.source.fileName,
): ParsedFile {
  return { status: 'parsed', fileName, fingerprint: submission.source.fingerprint, submission }
}

/** A batch record. */
export function aBatch(overrides: Partial<ImportBatch> = {}): ImportBatch {
  return {
    id: 'batch-1',
    frameworkId: 'test-ict-readiness',
    frameworkVersion: '2025.1',
    year: 2025,
    startedAt: '2025-03-02T08:00:00.000Z',
    finishedAt: null,
    total: 1,
    ...overrides,
  }
}

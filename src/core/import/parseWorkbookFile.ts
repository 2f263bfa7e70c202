import { readQuestionnaire } from '@core/formats/questionnaire/readQuestionnaire'
import { digestSha256Hex, sha256Hex, sha256OfText } from '@core/sha256'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { readWorkbook, type WorkbookReadHost } from '@core/excel/xlsx/readWorkbook'
import { readZipEntryNames } from '@core/excel/xlsx/readZipEntries'
import { roundPackageKind, roundWorkbookKind } from '@core/formats/feedback/roundFileKind'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { EvidenceReference } from '@core/responses/answer'
import { checkEvidenceFiles } from '@core/responses/checkEvidenceFiles'
import type { FileIssue, IncomingEvidence, ParsedFile } from './importTypes'
import { submissionPackageLimits, unpackSubmissionZip, type PackedEvidence } from './unpackSubmissionZip'

/** Options of `parseWorkbookFile`: the year imported for, and stricter read limits if wanted. */
export type ParseOptions = { readonly year?: number; readonly limits?: Partial<WorkbookReadLimits> }

/**
 * Parses one submitted file end to end, as a worker does: the guarded xlsx read (`readWorkbook`:
 * zip, package, XML and size checks before exceljs), then the questionnaire codec
 * (`readQuestionnaire`). A `.zip` is a submission package (the workbook and its evidence files,
 * `unpackSubmissionZip`): the evidence is checked against the framework's evidence questions
 * (accepted types, number of files), listed in the answers, carried with its bytes, and counted in
 * the content hash, so the same answers with other evidence are another version. Returns the
 * submission ready to commit, or every issue (`host` may lend a native inflater and hash); the file's SHA-256 fingerprint either way (the
 * import journal recognises files by it). An appraisal-round file (a response or feedback package,
 * told as `ictwb inspect` tells it: `roundPackageKind` by the entries' names, `roundWorkbookKind`
 * by the `_round` sheet) is not parsed as a questionnaire: it comes back as `round-file` with its
 * bytes, for the response import. Never throws.
 *
 * @example
 *   const parsed = await parseWorkbookFile({ fileName: 'SNV.xlsx', bytes }, framework, { year: 2025 })
 *   parsed.status // => 'parsed'
 */
export async function parseWorkbookFile(
  file: { readonly fileName: string; readonly bytes: Uint8Array },
  framework: ValidFramework,
  options: ParseOptions = {},
  host: WorkbookReadHost = {},
): Promise<ParsedFile> {
  const { fileName, bytes } = file
  const fingerprint = host.sha256Hex?.(bytes) ?? (await digestSha256Hex(bytes))
  const rejected = (issues: readonly FileIssue[]): ParsedFile => ({
    status: 'rejected',
    fileName,
    fingerprint,
    issues,
  })
  if (/\.zip$/i.test(fileName)) {
    const names = readZipEntryNames(bytes, submissionPackageLimits)
    const kind = names.ok ? roundPackageKind(names.value) : null
    if (kind !== null) return { status: 'round-file', fileName, fingerprint, kind, bytes }
    const opened = unpackSubmissionZip(bytes)
    if (!opened.ok) return rejected(opened.error)
    const evidence = checkEvidence(opened.value.evidence, framework)
    if (!evidence.ok) return rejected(evidence.issues)
    return parseWorkbookBytes(
      fileName,
      fingerprint,
      opened.value.workbook,
      framework,
      options,
      evidence.files,
      host,
    )
  }
  if (!/\.xlsx$/i.test(fileName)) return rejected([{ code: 'not-an-xlsx-file', fileName }])
  return parseWorkbookBytes(fileName, fingerprint, bytes, framework, options, [], host)
}

async function parseWorkbookBytes(
  fileName: string,
  fingerprint: string,
  bytes: Uint8Array,
  framework: ValidFramework,
  options: ParseOptions,
  evidence: readonly IncomingEvidence[],
  host: WorkbookReadHost,
): Promise<ParsedFile> {
  const workbook = await readWorkbook(bytes, options.limits, host)
  if (!workbook.ok) return { status: 'rejected', fileName, fingerprint, issues: workbook.error }
  // A bare workbook only: inside a questionnaire package the bytes are not the file's.
  const roundKind = /\.zip$/i.test(fileName) ? null : roundWorkbookKind(workbook.value)
  if (roundKind !== null) return { status: 'round-file', fileName, fingerprint, kind: roundKind, bytes }
  try {
    const read = readQuestionnaire(
      workbook.value,
      framework,
      options.year === undefined ? {} : { year: options.year },
    )
    if (!read.ok) return { status: 'rejected', fileName, fingerprint, issues: read.error }
    const decoded = read.value
    const content =
      evidence.length === 0
        ? decoded.content
        : { ...decoded.content, answers: { ...decoded.content.answers, ...evidenceAnswers(evidence) } }
    return {
      status: 'parsed',
      fileName,
      fingerprint,
      submission: {
        unitCode: decoded.unit.code,
        unitName: decoded.unit.name,
        frameworkId: decoded.frameworkId,
        frameworkVersion: decoded.frameworkVersion,
        year: decoded.year,
        contentHash:
          evidence.length === 0 ? decoded.contentHash : withEvidenceHash(decoded.contentHash, evidence),
        content,
        warnings: decoded.warnings,
        source: {
          fileName,
          fingerprint,
          templateVersion: decoded.meta.templateVersion,
          upgradedFrom: decoded.upgradedFrom,
          appVersion: decoded.meta.appVersion,
          exportedAt: decoded.meta.exportedAt,
          isUnchangedSinceExport: decoded.isUnchangedSinceExport,
        },
        ...(evidence.length === 0 ? {} : { evidence }),
      },
    }
  } catch (error) {
    // A bug in the codec must not take the batch down: the file is reported, the rest go on.
    return {
      status: 'rejected',
      fileName,
      fingerprint,
      issues: [
        {
          code: 'parse-crashed',
          message: error instanceof Error ? error.message.slice(0, 300) : String(error),
        },
      ],
    }
  }
}

/**
 * Every packed file must belong to an evidence question and pass its rule (`checkEvidenceFiles`:
 * a type it accepts, not more than its number of files). Issues come in the order of the files.
 */
function checkEvidence(
  packed: readonly PackedEvidence[],
  framework: ValidFramework,
):
  | { readonly ok: true; readonly files: readonly IncomingEvidence[] }
  | { readonly ok: false; readonly issues: readonly FileIssue[] } {
  const positions = new Map<string, number[]>()
  packed.forEach((item, position) =>
    positions.set(item.question, [...(positions.get(item.question) ?? []), position]),
  )
  const located: { readonly position: number; readonly issue: FileIssue }[] = []
  for (const [code, at] of positions) {
    const question = framework.questions.find((candidate) => candidate.code === code)
    if (question === undefined || question.type !== 'evidence') {
      for (const position of at)
        located.push({ position, issue: { code: 'evidence-unknown-question', question: code } })
      continue
    }
    const files = at.map((position) => ({ fileName: packed[position]?.fileName ?? '' }))
    for (const problem of checkEvidenceFiles(question, files))
      located.push({
        position: at[problem.index] ?? 0,
        issue:
          problem.code === 'file-not-accepted'
            ? {
                code: 'evidence-not-accepted',
                question: code,
                fileName: problem.fileName,
                accept: problem.accept,
              }
            : { code: 'evidence-too-many-files', question: code, maxFiles: problem.maxFiles },
      })
  }
  if (located.length > 0)
    return { ok: false, issues: located.sort((a, b) => a.position - b.position).map(({ issue }) => issue) }
  return {
    ok: true,
    files: packed.map((item) => ({
      question: item.question,
      fileName: item.fileName,
      size: item.bytes.length,
      sha256: sha256Hex(item.bytes),
      bytes: item.bytes,
    })),
  }
}

/** The evidence answers: per question, its files as references (`<question>/<n>`, unique within the submission). */
function evidenceAnswers(
  evidence: readonly IncomingEvidence[],
): Record<string, readonly EvidenceReference[]> {
  const answers: Record<string, EvidenceReference[]> = {}
  for (const file of evidence) {
    const list = (answers[file.question] ??= [])
    list.push({ id: `${file.question}/${list.length + 1}`, fileName: file.fileName, size: file.size })
  }
  return answers
}

/** The content hash with the evidence in it (question, name and SHA-256 of each file, in a fixed order). */
function withEvidenceHash(contentHash: string, evidence: readonly IncomingEvidence[]): string {
  const lines = evidence.map((file) => `${file.question}\t${file.fileName}\t${file.sha256}`).sort()
  return sha256OfText([contentHash, ...lines].join('\n'))
}

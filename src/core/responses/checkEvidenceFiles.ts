import type { Question } from '@core/framework/framework'

/** What an evidence question allows: its accepted file types (extensions) and its number of files. */
export type EvidenceRules = Pick<Extract<Question, { type: 'evidence' }>, 'accept' | 'maxFiles'>

/**
 * A file an evidence question refuses. `index` is the file's position in the files checked: the
 * refused file, or for `too-many-files` the first file beyond the question's number of files.
 */
export type EvidenceFileProblem =
  | {
      readonly code: 'file-not-accepted'
      readonly index: number
      readonly fileName: string
      readonly accept: readonly string[]
    }
  | { readonly code: 'too-many-files'; readonly index: number; readonly maxFiles: number }

/**
 * The one rule for evidence files (tài liệu kiểm chứng), used where they are attached, imported in
 * a package and validated in the answers: each file must be of a type the question accepts (by
 * extension, case ignored; any type when `accept` is empty), and the question takes at most
 * `maxFiles` files, counting `attached` files it already has. Problems come in the order of the
 * files (a file's type before the count it exceeds); `too-many-files` comes once.
 *
 * @example
 *   checkEvidenceFiles({ accept: ['pdf'], maxFiles: 1 }, [{ fileName: 'QĐ.PDF' }, { fileName: 'anh.png' }])
 *   // => [{ code: 'file-not-accepted', index: 1, fileName: 'anh.png', accept: ['pdf'] },
 *   //     { code: 'too-many-files', index: 1, maxFiles: 1 }]
 */
export function checkEvidenceFiles(
  rules: EvidenceRules,
  files: readonly { readonly fileName: string }[],
  options: { readonly attached?: number } = {},
): EvidenceFileProblem[] {
  const accept = rules.accept ?? []
  const attached = options.attached ?? 0
  // the first file beyond the number of files (the question may already be over it)
  const firstOver = rules.maxFiles === undefined ? -1 : Math.max(0, rules.maxFiles - attached)
  const problems: EvidenceFileProblem[] = []
  files.forEach((file, index) => {
    if (accept.length > 0 && !accept.includes(fileExtension(file.fileName)))
      problems.push({ code: 'file-not-accepted', index, fileName: file.fileName, accept })
    if (rules.maxFiles !== undefined && index === firstOver)
      problems.push({ code: 'too-many-files', index, maxFiles: rules.maxFiles })
  })
  return problems
}

/**
 * The lower-case extension of a file name, without the dot (`''` when there is none).
 *
 * @example
 *   fileExtension('Quyet dinh.PDF') // => 'pdf'
 */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

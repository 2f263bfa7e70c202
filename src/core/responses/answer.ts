/**
 * One unit's answers to a framework, keyed by question code. The framework's question type says
 * how to read each value:
 *
 * - `integer` / `decimal` / `percent`: a finite number (a percent is stored as typed: 45 = 45 %)
 * - `yes-no`: a boolean
 * - `single-choice`: the chosen choice value; `multi-choice`: the chosen values
 * - `text`: a string (NFC, bounded); `date`: an ISO calendar date `YYYY-MM-DD`
 * - `table`: the rows, each keyed by column code
 * - `evidence`: references to the attached files (the bytes live in the evidence store)
 *
 * A missing key or `null` means "not answered".
 *
 * @example
 *   const answers: Answers = { SoCBCC: 120, HasPhongCNTT: true, PhanMem: [{ Ten: 'eOffice', NamTrienKhai: 2021 }] }
 */
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>

export type TableCell = number | boolean | string | null
export type TableRow = Readonly<Record<string, TableCell>>
export type EvidenceReference = { readonly id: string; readonly fileName: string; readonly size: number }

export type AnswerValue =
  number | boolean | string | readonly string[] | readonly TableRow[] | readonly EvidenceReference[]

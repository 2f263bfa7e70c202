import { checkEvidenceFiles, type EvidenceRules } from '@core/responses/checkEvidenceFiles'
import type { RoundIssue } from '@core/formats/feedback/roundIssue'
import { ROUND_EVIDENCE_RULES, type ResponseItem } from './responseContent'

/**
 * What is wrong with the unit's answers before a response is written or after it is read: an
 * explanation is required to explain (trimmed, at least 3 characters, as an appraisal's reason),
 * and each item's evidence files follow the questionnaire's evidence rule (`checkEvidenceFiles`:
 * accepted types, number of files) with the item's own rules (`rulesFor`) or `ROUND_EVIDENCE_RULES`.
 *
 * @example
 *   checkResponseItems([{ ...item, decision: 'explain', explanation: '', evidence: [] }])
 *   // => [{ code: 'round-explanation-required', question: 'MayTinh' }]
 */
export function checkResponseItems(
  items: readonly ResponseItem[],
  rulesFor: (question: string) => EvidenceRules | undefined = () => undefined,
): RoundIssue[] {
  const issues: RoundIssue[] = []
  for (const item of items) {
    if (item.decision === 'explain' && item.explanation.trim().length < 3)
      issues.push({ code: 'round-explanation-required', question: item.question })
    const rules = rulesFor(item.question) ?? ROUND_EVIDENCE_RULES
    const files = item.evidence.map((fileName) => ({ fileName }))
    for (const problem of checkEvidenceFiles(rules, files))
      issues.push(
        problem.code === 'file-not-accepted'
          ? {
              code: 'round-evidence-not-accepted',
              question: item.question,
              fileName: problem.fileName,
              accept: problem.accept.join(', '),
            }
          : { code: 'round-evidence-too-many', question: item.question, maxFiles: problem.maxFiles },
      )
  }
  return issues
}

import type { TFunction } from 'i18next'
import type { AssessmentAuditEntry } from '@core/assessment/assessmentAudit'
import { shortDigest } from '@core/assessment/resultsVersion'
import type { AnswerValue } from '@core/responses/answer'
import { formatIsoDay, formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'

/** An answer value as the audit log and the versions' reasons show it. */
export function describeAnswerValue(t: TFunction, answer: AnswerValue | null, language: Language): string {
  return answer === null
    ? t('evaluator.answer.empty')
    : typeof answer === 'number'
      ? formatNumber(answer, language, 6)
      : typeof answer === 'boolean'
        ? t(answer ? 'evaluator.answer.yes' : 'evaluator.answer.no')
        : typeof answer === 'string'
          ? answer
          : JSON.stringify(answer)
}

/** One audit entry in words. */
export function describeAuditEntry(t: TFunction, entry: AssessmentAuditEntry, language: Language): string {
  const value = (answer: AnswerValue | null) => describeAnswerValue(t, answer, language)
  switch (entry.action) {
    case 'assessment.created':
      return t('evaluator.audit.created', {
        count: entry.detail.unitCount,
        frameworkId: entry.detail.frameworkId,
        version: entry.detail.frameworkVersion,
        year: entry.detail.year,
      })
    case 'assessment.units-changed':
      return t('evaluator.audit.unitsChanged', {
        added: entry.detail.added.length,
        removed: entry.detail.removed.length,
        renamed: entry.detail.renamed.length,
      })
    case 'appraisal.added':
      return t('evaluator.audit.appraised', {
        unit: entry.detail.unit,
        question: entry.detail.question,
        declared: value(entry.detail.declared),
        previous: value(entry.detail.previous),
        value: value(entry.detail.value),
        reason: entry.detail.reason,
      })
    case 'round.item-kept':
    case 'round.item-revised':
      return t(
        entry.action === 'round.item-kept' ? 'evaluator.audit.itemKept' : 'evaluator.audit.itemRevised',
        {
          unit: entry.detail.unit,
          question: entry.detail.question,
          round: entry.detail.round,
          previous: value(entry.detail.previous),
          value: value(entry.detail.value),
          reason: entry.detail.reason,
        },
      )
    case 'unit.approved':
      return t('evaluator.audit.approved', { unit: entry.detail.unit })
    case 'unit.approval-withdrawn':
      return t('evaluator.audit.approvalWithdrawn', { unit: entry.detail.unit })
    case 'assessment.published':
      return entry.detail.version === undefined
        ? t('evaluator.audit.published', { count: entry.detail.unitCount })
        : t('evaluator.audit.publishedVersion', {
            count: entry.detail.unitCount,
            version: entry.detail.version,
            digest: shortDigest(entry.detail.digest ?? ''),
          })
    case 'assessment.unlocked':
      return t('evaluator.audit.unlocked', { reason: entry.detail.reason })
    case 'round.issued':
      return t('evaluator.audit.roundIssued', {
        round: entry.detail.round,
        count: entry.detail.units,
        deadline: formatIsoDay(entry.detail.deadline, language),
      })
    case 'round.response-imported':
      return t('evaluator.audit.responseImported', {
        unit: entry.detail.unit,
        round: entry.detail.round,
        explained: entry.detail.explained,
        agreed: entry.detail.agreed,
        files: entry.detail.evidenceFiles,
      })
    case 'assessment.report-signature-changed':
      return t('evaluator.audit.signatureChanged', {
        place: entry.detail.place || '—',
        preparer: entry.detail.preparer || '—',
        head: entry.detail.head || '—',
      })
    case 'council.changed':
      return t(`evaluator.audit.council.${entry.detail.event}`, {
        member: entry.detail.member,
        count: entry.detail.count ?? 0,
      })
  }
}

import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { SubmissionKey } from '@core/responses/submission'
import { contentChanges } from '@core/responses/submissionChanges'
import type { SubmissionHistoryEntry } from '@core/storage/submissionRepository'
import type { AuditChange } from '@core/storage/submissionRows'
import type { Question } from '@core/framework/framework'
import type { EvidenceReference } from '@core/responses/answer'
import { isCalendarDate } from '@core/responses/validateAnswers'
import { ok } from '@core/result'
import { useLiveRead } from '../../data/useLiveRead'
import { formatDateTime, formatIsoDay, formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { ReadFailure } from '../../ui/ReadFailure'
import { formatEntryNumber } from './formatEntryNumber'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'
import type { UnitRepositories } from './useUnitRepositories'

type HistoryPanelProps = {
  readonly repositories: UnitRepositories
  readonly questions: ReadonlyMap<string, Question>
  readonly submissionKey: SubmissionKey
  readonly currentId: string
  readonly onOpen: (id: string) => void
}

const SHOWN = 25

const ACTION_KEYS = {
  'submission.created': 'created',
  'submission.saved': 'saved',
  'submission.submitted': 'submitted',
  'submission.revision-started': 'revisionStarted',
  'evidence.added': 'evidenceAdded',
  'evidence.removed': 'evidenceRemoved',
  'round.feedback-opened': 'feedbackOpened',
  'round.response-exported': 'responseExported',
} as const satisfies Record<SubmissionHistoryEntry['action'], string>

/** Revisions (with what changed from the one before) and the audit log: when, which field, old → new; kept current by itself. */
export function HistoryPanel({
  repositories,
  questions,
  submissionKey,
  currentId,
  onOpen,
}: HistoryPanelProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { unitCode, frameworkId, frameworkVersion, year } = submissionKey
  // A live read: every confirmed save (and a revision started here or in another window) shows by itself.
  const read = useLiveRead(async () => {
    const key = { unitCode, frameworkId, frameworkVersion, year }
    const [revisions, entries] = await Promise.all([
      repositories.submissions.revisions(key),
      repositories.submissions.history(key, SHOWN + 1),
    ])
    return ok({ revisions, entries })
  }, [repositories, unitCode, frameworkId, frameworkVersion, year])
  if (read.status === 'loading') return null
  if (read.status === 'error') return <ReadFailure error={read.error} />
  const state = read.value
  const time = (at: string) => formatDateTime(at, language)
  return (
    <section className="side-panel history-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('unit.history.heading')}</h2>
      <h3>{t('unit.history.revisions')}</h3>
      <ol className="revision-list">
        {state.revisions.map((revision, index) => {
          const previous = index > 0 ? state.revisions[index - 1] : undefined
          const changed =
            previous === undefined
              ? []
              : contentChanges(previous, revision).filter((change) => change.kind === 'answer')
          return (
            <li key={revision.id}>
              {revision.id === currentId ? (
                <strong>{t('unit.history.revision', { revision: revision.revision })}</strong>
              ) : (
                <button type="button" className="link-button" onClick={() => onOpen(revision.id)}>
                  {t('unit.history.revision', { revision: revision.revision })}
                </button>
              )}{' '}
              · {t(`unit.status.${revision.status === 'submitted' ? 'submitted' : 'draft'}`)}
              {previous !== undefined && (
                <div className="muted small">
                  {changed.length === 0
                    ? t('unit.history.noChangeFromPrevious')
                    : t('unit.history.changedFromPrevious', {
                        count: changed.length,
                        fields: changed
                          .slice(0, 8)
                          .map((change) => change.field)
                          .join(', '),
                      })}
                </div>
              )}
            </li>
          )
        })}
      </ol>
      <h3>{t('unit.history.log')}</h3>
      <ol className="audit-list">
        {state.entries.slice(0, SHOWN).map((entry) => (
          <li key={entry.seq}>
            <span className="muted small">{time(entry.at)}</span> ·{' '}
            {t(`unit.history.actions.${ACTION_KEYS[entry.action]}`, {
              revision: entry.detail.revision,
              round: entry.detail.round ?? 0,
            })}
            {entry.detail.changes.length > 0 && (
              <ul>
                {entry.detail.changes.slice(0, 5).map((change) => (
                  <li key={`${change.kind}:${change.field}`}>
                    <span className="question-code">{change.field}</span>
                    {change.kind === 'comment' && ` (${t('unit.history.comment')})`}:{' '}
                    {describe(
                      change.old,
                      change.kind === 'answer' ? questions.get(change.field) : undefined,
                      language,
                      t,
                    )}{' '}
                    →{' '}
                    {describe(
                      change.new,
                      change.kind === 'answer' ? questions.get(change.field) : undefined,
                      language,
                      t,
                    )}
                  </li>
                ))}
                {entry.detail.changes.length > 5 && (
                  <li className="muted">
                    {t('unit.history.moreChanges', { count: entry.detail.changes.length - 5 })}
                  </li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {state.entries.length > SHOWN && <p className="muted small">{t('unit.history.older')}</p>}
    </section>
  )
}

type Translate = TFunction

/** An old or new value as the officer typed it: choice labels, dates and numbers in their locale. */
function describe(
  value: AuditChange['old'],
  question: Question | undefined,
  language: Language,
  t: Translate,
): string {
  if (value === null) return t('unit.history.empty')
  if (typeof value === 'number') return formatEntryNumber(value, language, question?.code)
  if (typeof value === 'boolean') return t(value ? 'unit.question.yes' : 'unit.question.no')
  if (typeof value === 'string') {
    if (question?.type === 'single-choice') return choiceLabel(question, value, language)
    if (question?.type === 'date' && isCalendarDate(value)) return formatIsoDay(value, language)
    return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`
  }
  if ('omitted' in value)
    return t('unit.history.items', { formatted: formatNumber(value.omitted.items, language) })
  if (question?.type === 'multi-choice')
    return (value as readonly string[]).map((item) => choiceLabel(question, item, language)).join(', ')
  if (question?.type === 'evidence')
    return (value as readonly EvidenceReference[]).map((file) => file.fileName).join(', ')
  return t('unit.history.items', { formatted: formatNumber(value.length, language) })
}

function choiceLabel(
  question: Extract<Question, { type: 'single-choice' | 'multi-choice' }>,
  value: string,
  language: Language,
): string {
  const choice = question.choices.find((item) => item.value === value)
  return choice === undefined ? value : localized(choice.label, language)
}

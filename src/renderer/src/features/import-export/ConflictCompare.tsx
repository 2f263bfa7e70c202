import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Question } from '@core/framework/framework'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { AnswerValue } from '@core/responses/answer'
import type { ReceivedSubmission } from '@core/import/receivedSubmission'
import { formatDateTime, formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'

type Row = {
  readonly key: string
  readonly label: string
  readonly current: string
  readonly incoming: string
}

/** The two versions of a unit's submission side by side: only the questions (and notes) that differ. */
export function ConflictCompare({
  framework,
  current,
  incoming,
}: {
  readonly framework: ValidFramework
  readonly current: ReceivedSubmission | null
  readonly incoming: ReceivedSubmission
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const show = (question: Question, value: AnswerValue | undefined) =>
    formatValue(t, question, value, language)
  const rows: Row[] = []
  for (const question of framework.questions) {
    const before = show(question, current?.content.answers[question.code] ?? undefined)
    const after = show(question, incoming.content.answers[question.code] ?? undefined)
    if (before !== after)
      rows.push({
        key: question.code,
        label: `${question.code} · ${localized(question.text, language)}`,
        current: before,
        incoming: after,
      })
    const noteBefore = current?.content.comments[question.code] ?? ''
    const noteAfter = incoming.content.comments[question.code] ?? ''
    if (noteBefore !== noteAfter)
      rows.push({
        key: `${question.code}#note`,
        label: `${question.code} · ${t('importExport.conflict.note')}`,
        current: noteBefore || t('importExport.conflict.empty'),
        incoming: noteAfter || t('importExport.conflict.empty'),
      })
  }
  const same = framework.questions.length - rows.filter((row) => !row.key.endsWith('#note')).length
  return (
    <div className="conflict-compare">
      <p className="help">{t('importExport.conflict.differences', { count: rows.length, same })}</p>
      <table className="import-table compare-table">
        <thead>
          <tr>
            <th scope="col">{t('importExport.conflict.question')}</th>
            <th scope="col">
              {t('importExport.conflict.current')}
              {current !== null && (
                <div className="help">
                  {t('importExport.conflict.currentFrom', {
                    at: formatDateTime(current.importedAt, language),
                    file: current.source.fileName,
                  })}
                </div>
              )}
            </th>
            <th scope="col">
              {t('importExport.conflict.incoming')}
              <div className="help">
                {t('importExport.conflict.incomingFrom', {
                  at: formatDateTime(incoming.importedAt, language),
                  file: incoming.source.fileName,
                })}
              </div>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="before">{row.current}</td>
              <td className="after">{row.incoming}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function formatValue(
  t: TFunction,
  question: Question,
  value: AnswerValue | undefined,
  language: Language,
): string {
  if (value === undefined || value === null || value === '') return t('importExport.conflict.empty')
  if (typeof value === 'number') return formatNumber(value, language, 6)
  if (typeof value === 'boolean') return t(value ? 'importExport.conflict.yes' : 'importExport.conflict.no')
  const label = (choice: string) =>
    'choices' in question ? question.choices.find((candidate) => candidate.value === choice) : undefined
  if (typeof value === 'string') {
    const choice = label(value)
    return choice === undefined ? value : localized(choice.label, language)
  }
  if (question.type === 'multi-choice')
    return (value as readonly string[])
      .map((item) => {
        const choice = label(item)
        return choice === undefined ? item : localized(choice.label, language)
      })
      .join('; ')
  if (question.type === 'table')
    return `${t('importExport.conflict.rows', { count: value.length })}: ${(
      value as readonly Readonly<Record<string, unknown>>[]
    )
      .map((row) =>
        Object.entries(row)
          .map(([column, cell]) => `${column} ${String(cell)}`)
          .join(', '),
      )
      .join(' | ')}`
  return String(value.length)
}

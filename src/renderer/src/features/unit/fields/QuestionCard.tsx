import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import type { SubmissionPatch } from '@core/responses/submission'
import type { AnswerProblem } from '@core/responses/validateAnswers'
import { problemMessage } from '../issueMessage'
import { useLanguage } from '../../../i18n/useLanguage'
import { localized } from '../../../i18n/localized'
import { MultiChoiceControl, SingleChoiceControl, YesNoControl } from './ChoiceControls'
import { CommentControl } from './CommentControl'
import { EvidenceControl, type EvidenceActions } from './EvidenceControl'
import { controlId } from './fieldProps'
import { NumberInput } from './NumberInput'
import { TableControl } from './TableControl'
import { DateControl, TextControl } from './TextControl'

type QuestionCardProps = {
  readonly question: Question
  readonly value: AnswerValue | null | undefined
  readonly entry: string | undefined
  /** Table questions: the unreadable cell entries of this table. */
  readonly tableEntries: Readonly<Record<string, string>>
  readonly comment: string | undefined
  readonly problems: readonly AnswerProblem[]
  /** Required and still empty, and the officer asked to see what is missing. */
  readonly showMissing: boolean
  readonly readOnly: boolean
  readonly onEdit: (patch: SubmissionPatch) => void
  readonly evidenceActions: EvidenceActions
}

/**
 * One question: its code and text (the accessible name of its control starts with both), help,
 * unit of measure, the answer control for its type, problems right below, and a comment.
 */
export const QuestionCard = memo(QuestionCardView, sameCardProps)

/** Problems and table entries are rebuilt on every keystroke; compare them by content. */
function sameCardProps(previous: QuestionCardProps, next: QuestionCardProps): boolean {
  return (Object.keys(next) as (keyof QuestionCardProps)[]).every((key) =>
    key === 'problems' || key === 'tableEntries'
      ? JSON.stringify(previous[key]) === JSON.stringify(next[key])
      : Object.is(previous[key], next[key]),
  )
}

function QuestionCardView(props: QuestionCardProps) {
  const {
    question,
    value,
    entry,
    tableEntries,
    comment,
    problems,
    showMissing,
    readOnly,
    onEdit,
    evidenceActions,
  } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const code = question.code
  const text = localized(question.text, language)
  const help = localized(question.help, language)
  const unit = 'unit' in question ? localized(question.unit, language) : ''
  const labelId = `label-${code}`
  const helpId = help === '' ? null : `help-${code}`
  const unitId = unit === '' ? null : `unit-${code}`
  const problemsId = `problems-${code}`
  // "Not a number" while a figure is half typed ("1.234,") is noise; it shows once the field is left.
  const [focused, setFocused] = useState(false)
  const visibleProblems = focused
    ? problems.filter((problem) => problem.issue.code !== 'not-a-number')
    : problems
  const messages = [
    ...visibleProblems.map((problem) => problemMessage(t, problem, question, language)),
    ...(showMissing ? [t('unit.issues.required')] : []),
  ]
  const invalid = messages.length > 0
  const describedBy =
    [helpId, unitId, invalid ? problemsId : null].filter((id) => id !== null).join(' ') || undefined
  const controlProps = { value, readOnly, labelId, describedBy, invalid, onEdit }
  const invalidCells = new Set(
    visibleProblems
      .filter((problem) => problem.row !== undefined)
      .map((problem) => `${problem.row}:${problem.column}`),
  )

  return (
    <div
      className={`question-card${invalid ? ' has-problems' : ''}`}
      id={`question-${code}`}
      data-question={code}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false)
      }}
    >
      <div className="question-label" id={labelId}>
        <span className="question-code">{code}</span> <span className="question-text">{text}</span>
        {question.required && <span className="required-mark"> {t('unit.question.requiredMark')}</span>}
      </div>
      {helpId !== null && (
        <p className="question-help" id={helpId}>
          {help}
        </p>
      )}
      <div className="question-control">
        {renderControl()}
        {unitId !== null && (
          <span className="question-unit" id={unitId}>
            {unit}
          </span>
        )}
      </div>
      {invalid && (
        <ul className="field-problems" id={problemsId}>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      <CommentControl code={code} comment={comment} readOnly={readOnly} onEdit={onEdit} />
    </div>
  )

  function renderControl() {
    switch (question.type) {
      case 'integer':
      case 'decimal':
      case 'percent':
        return (
          <NumberInput
            id={controlId(code)}
            code={code}
            value={typeof value === 'number' ? value : null}
            entry={entry}
            readOnly={readOnly}
            invalid={invalid}
            labelledBy={labelId}
            describedBy={describedBy}
            percent={question.type === 'percent'}
            onEntry={(reading) =>
              onEdit({ answers: { [code]: reading.value }, entries: { [code]: reading.entry } })
            }
          />
        )
      case 'yes-no':
        return <YesNoControl question={question} {...controlProps} />
      case 'single-choice':
        return <SingleChoiceControl question={question} {...controlProps} />
      case 'multi-choice':
        return <MultiChoiceControl question={question} {...controlProps} />
      case 'text':
        return <TextControl question={question} {...controlProps} />
      case 'date':
        return <DateControl question={question} {...controlProps} />
      case 'table':
        return (
          <TableControl
            question={question}
            {...controlProps}
            entries={tableEntries}
            invalidCells={invalidCells}
            questionText={text}
          />
        )
      case 'evidence':
        return (
          <EvidenceControl
            question={question}
            value={value}
            readOnly={readOnly}
            labelId={labelId}
            describedBy={describedBy}
            invalid={invalid}
            actions={evidenceActions}
            questionText={text}
          />
        )
    }
  }
}

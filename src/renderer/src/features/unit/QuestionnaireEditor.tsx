import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { Question } from '@core/framework/framework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { compileQuestionnaire } from '@core/responses/questionnaire'
import { questionnaireProgress } from '@core/responses/questionnaireProgress'
import { previewAgainstLastYear } from '@core/scoring/previewAgainstLastYear'
import { computeSelfScore } from '@core/scoring/selfScore'
import type { Submission, SubmissionPatch } from '@core/responses/submission'
import { checkSubmission, type AnswerProblem } from '@core/responses/validateAnswers'
import type { UnitProfile } from '@core/storage/unitProfileRepository'
import type { AutosaveQueue } from './autosaveQueue'
import { controlId } from './fields/fieldProps'
import { QuestionCard } from './fields/QuestionCard'
import { HistoryPanel } from './HistoryPanel'
import { KeyboardHelp } from './KeyboardHelp'
import { LeaveGuard } from './LeaveGuard'
import { ProblemsPanel, type JumpTarget } from './ProblemsPanel'
import { SaveStatusBar } from './SaveStatusBar'
import { SectionNav } from './SectionNav'
import { SelfScorePanel } from './SelfScorePanel'
import { exportSubmissionWorkbook } from '../import-export/exportSubmissionWorkbook'
import { SubmissionPanel } from './SubmissionPanel'
import { openAutosaveQueue } from './openAutosaveQueue'
import { writeFailureMessage } from './saveFailureMessages'
import { useEvidenceActions } from './useEvidenceActions'
import { useFlushOnLeave } from './useFlushOnLeave'
import { useLastYearResults } from './useLastYearResults'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'
import type { UnitRepositories } from './useUnitRepositories'

type QuestionnaireEditorProps = {
  readonly repositories: UnitRepositories
  readonly submission: Submission
  readonly framework: ValidFramework
  readonly profile: UnitProfile | null
  readonly isLatest: boolean
  readonly onOpenSubmission: (id: string) => void
  readonly onBack: () => void
}

const EMPTY_ENTRIES: Readonly<Record<string, string>> = {}
const NO_PROBLEMS: readonly AnswerProblem[] = []

/**
 * The questionnaire screen for any framework: sections in a side navigation with progress, the
 * questions of one section, and beside them the save status, the problems list, the self-score,
 * status and history. Edits are shown at once and saved by an `AutosaveQueue`.
 */
export function QuestionnaireEditor(props: QuestionnaireEditorProps) {
  // One queue per opened revision (the parent keys this component by submission id). It is not
  // disposed on unmount: an edit typed just before leaving is still saved by its timer, and a
  // revision left while a save failed reopens with the same queue and its unsaved edits.
  const [queue] = useState(() => openAutosaveQueue(props.submission, props.repositories.submissions.save))
  useEffect(() => () => void queue.flush(), [queue])
  return <EditorWithQueue {...props} queue={queue} />
}

function EditorWithQueue({
  repositories,
  framework,
  profile,
  isLatest,
  onOpenSubmission,
  onBack,
  queue,
}: QuestionnaireEditorProps & { readonly queue: AutosaveQueue }) {
  const { t } = useTranslation()
  const language = useLanguage()
  // Subscribed to the content and the revision's identity only: a save changes neither, so the
  // questionnaire does not re-render while IndexedDB commits (the status bar has its own subscription).
  const content = useSyncExternalStore(queue.subscribe, queue.getContent)
  const opened = useSyncExternalStore(queue.subscribe, queue.getDocument)
  const readOnly = opened.status !== 'draft'
  const initialQuestion = queue.getConfirmed().lastQuestion
  const questionnaire = useMemo(() => compileQuestionnaire(framework), [framework])
  const check = useMemo(() => checkSubmission(questionnaire, content), [questionnaire, content])
  const progress = useMemo(() => questionnaireProgress(questionnaire, check), [questionnaire, check])
  const deferredAnswers = useDeferredValue(content.answers)
  const selfScore = useMemo(() => computeSelfScore(framework, deferredAnswers), [framework, deferredAnswers])
  const lastYear = useLastYearResults(framework.id, opened.year)
  const preview = useMemo(
    () => (lastYear === null ? null : previewAgainstLastYear(framework, deferredAnswers, lastYear)),
    [framework, deferredAnswers, lastYear],
  )
  const sectionOf = useCallback(
    (code: string | null) => (code === null ? undefined : questionnaire.questions.get(code)?.section),
    [questionnaire],
  )
  const [sectionCode, setSectionCode] = useState(
    () => sectionOf(initialQuestion) ?? questionnaire.sections[0]?.section.code ?? '',
  )
  // Where to move the focus after the next render (the section may have to change first).
  const pendingFocus = useRef<JumpTarget | null>(
    initialQuestion === null ? null : { question: initialQuestion },
  )
  const [focusRequest, setFocusRequest] = useState(0)
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set())
  const [revealAll, setRevealAll] = useState(false)
  const currentQuestion = useRef<string | null>(initialQuestion)

  useFlushOnLeave(queue)

  const onEdit = useCallback(
    (patch: SubmissionPatch) => {
      if (queue.getConfirmed().status !== 'draft') return
      queue.edit(
        currentQuestion.current === null ? patch : { ...patch, lastQuestion: currentQuestion.current },
      )
    },
    [queue],
  )

  const goTo = useCallback(
    (target: JumpTarget) => {
      const section = sectionOf(target.question)
      if (section !== undefined) setSectionCode(section)
      pendingFocus.current = target
      setFocusRequest((count) => count + 1)
    },
    [sectionOf],
  )

  useEffect(() => {
    const target = pendingFocus.current
    if (target === null) return
    pendingFocus.current = null
    const card = document.getElementById(`question-${target.question}`)
    const control = document.getElementById(controlId(target.question, target.row, target.column))
    const element = control ?? card?.querySelector<HTMLElement>('input, select, textarea, button') ?? null
    if (element !== null) {
      element.focus({ preventScroll: true })
      ;(card ?? element).scrollIntoView({ block: 'center' })
    }
  }, [focusRequest, sectionCode])

  const askedOrder = useMemo(
    () => questionnaire.order.filter((question) => check.relevant.has(question.code)),
    [questionnaire, check.relevant],
  )

  const nextQuestion = useCallback(
    (from: string) => {
      const index = askedOrder.findIndex((question) => question.code === from)
      const next = askedOrder[index + 1]
      if (next !== undefined) goTo({ question: next.code })
    },
    [askedOrder, goTo],
  )

  // F8 goes through the values to correct first; once none is left, through the missing answers.
  const targets = useMemo(
    () =>
      check.problems.length > 0
        ? check.problems.map((problem) => ({ target: problem as JumpTarget, missing: false }))
        : check.missing.map((item) => ({ target: item as JumpTarget, missing: true })),
    [check],
  )

  const jump = useCallback(
    (target: JumpTarget, missing: boolean) => {
      if (missing) setRevealed((previous) => new Set([...previous, target.question]))
      goTo(target)
    },
    [goTo],
  )

  const jumpToProblem = useCallback(
    (direction: 1 | -1) => {
      if (targets.length === 0) return
      const position = (code: string) => questionnaire.order.findIndex((question) => question.code === code)
      const here = currentQuestion.current === null ? -1 : position(currentQuestion.current)
      const sorted = [...targets].sort((a, b) => position(a.target.question) - position(b.target.question))
      const found =
        direction === 1
          ? (sorted.find((item) => position(item.target.question) > here) ?? sorted[0])
          : ([...sorted].reverse().find((item) => position(item.target.question) < here) ?? sorted.at(-1))
      if (found !== undefined) jump(found.target, found.missing)
    },
    [targets, questionnaire, jump],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8') return
      event.preventDefault()
      jumpToProblem(event.shiftKey ? -1 : 1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [jumpToProblem])

  const onQuestionsKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return
    const target = event.target as HTMLElement
    const isTextArea = target instanceof HTMLTextAreaElement
    if (isTextArea ? !event.ctrlKey : event.ctrlKey) return
    if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return
    const code = target.closest<HTMLElement>('[data-question]')?.dataset['question']
    if (code === undefined) return
    event.preventDefault()
    nextQuestion(code)
  }

  const onQuestionsFocus = (event: React.FocusEvent<HTMLElement>) => {
    const code = (event.target as HTMLElement).closest<HTMLElement>('[data-question]')?.dataset['question']
    if (code === undefined || code === currentQuestion.current) return
    currentQuestion.current = code
    if (!readOnly) queue.visit(code)
  }

  const evidenceActions = useEvidenceActions(queue, repositories)

  const problemsByQuestion = useMemo(() => {
    const grouped = new Map<string, AnswerProblem[]>()
    for (const problem of check.problems)
      grouped.set(problem.question, [...(grouped.get(problem.question) ?? []), problem])
    return grouped
  }, [check.problems])
  const tableEntriesOf = (question: Question): Readonly<Record<string, string>> =>
    question.type !== 'table'
      ? EMPTY_ENTRIES
      : Object.fromEntries(
          Object.entries(content.entries).filter(([key]) => key.startsWith(`${question.code}[`)),
        )
  const missingQuestions = useMemo(
    () => new Set(check.missing.filter((item) => item.row === undefined).map((item) => item.question)),
    [check.missing],
  )

  const section =
    questionnaire.sections.find((entry) => entry.section.code === sectionCode) ?? questionnaire.sections[0]
  const sectionIndex = section === undefined ? -1 : questionnaire.sections.indexOf(section)
  const shown = section?.questions.filter((question) => check.relevant.has(question.code)) ?? []
  const hiddenCount = (section?.questions.length ?? 0) - shown.length
  const ready = check.problems.length === 0 && check.missing.length === 0 && !readOnly

  const submit = async (): Promise<string | null> => {
    const result = await queue.exclusive((current) => repositories.submissions.submit(current.id))
    return result.ok ? null : writeFailureMessage(t, result.error)
  }
  const newRevision = async (): Promise<string | null> => {
    const result = await repositories.submissions.startRevision(opened.id)
    if (!result.ok) return writeFailureMessage(t, result.error)
    onOpenSubmission(result.value.id)
    return null
  }
  const exportButton =
    profile !== null ? (
      <button
        type="button"
        className="button"
        onClick={() =>
          void queue.flush().then(() =>
            exportSubmissionWorkbook({
              submission: queue.getConfirmed(),
              framework,
              unit: profile,
              evidence: repositories.evidence,
            }),
          )
        }
      >
        {t('unit.export.button')}
      </button>
    ) : null

  return (
    <div className="questionnaire">
      <header className="questionnaire-header">
        <div>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void queue.flush().then(() => {
                if (!queue.hasUnsavedChanges()) onBack()
              })
            }}
          >
            {t('unit.editor.back')}
          </button>
          <h1>{localized(framework.name, language)}</h1>
          <p className="muted">
            {t('unit.editor.subtitle', {
              unit: profile === null ? opened.unitCode : `${profile.name} (${profile.code})`,
              year: opened.year,
              version: framework.version,
              revision: opened.revision,
            })}
          </p>
        </div>
      </header>
      <div className="questionnaire-bar">
        <p className="progress-line" data-testid="progress-total">
          {t('unit.editor.progress', {
            answered: progress.total.answered,
            asked: progress.total.asked,
            requiredAnswered: progress.total.requiredAnswered,
            required: progress.total.required,
          })}
        </p>
        <LeaveGuard queue={queue} />
        <LiveSaveStatus queue={queue} readOnly={readOnly} />
      </div>
      {readOnly && (
        <p className="notice" role="note">
          {isLatest ? t('unit.editor.readOnlyLatest') : t('unit.editor.readOnlyOld')}
        </p>
      )}
      <div className="questionnaire-body">
        <SectionNav
          questionnaire={questionnaire}
          progress={progress}
          current={section?.section.code ?? ''}
          onSelect={(code) => setSectionCode(code)}
        />
        <section
          className="questions"
          aria-labelledby="section-heading"
          onKeyDown={onQuestionsKeyDown}
          onFocus={onQuestionsFocus}
        >
          {section !== undefined && (
            <>
              <h2 id="section-heading">
                <span className="muted">
                  {t('unit.sections.number', {
                    number: sectionIndex + 1,
                    count: questionnaire.sections.length,
                  })}
                </span>{' '}
                {localized(section.section.title, language)}
              </h2>
              {section.section.description !== undefined && (
                <p className="question-help">{localized(section.section.description, language)}</p>
              )}
              {shown.length === 0 && <p className="muted">{t('unit.sections.nothingAsked')}</p>}
              {shown.map((question) => (
                <QuestionCard
                  key={question.code}
                  question={question}
                  value={content.answers[question.code]}
                  entry={content.entries[question.code]}
                  tableEntries={tableEntriesOf(question)}
                  comment={content.comments[question.code]}
                  problems={problemsByQuestion.get(question.code) ?? NO_PROBLEMS}
                  showMissing={
                    missingQuestions.has(question.code) && (revealAll || revealed.has(question.code))
                  }
                  readOnly={readOnly}
                  onEdit={onEdit}
                  evidenceActions={evidenceActions}
                />
              ))}
              {hiddenCount > 0 && (
                <p className="muted small">{t('unit.sections.hidden', { count: hiddenCount })}</p>
              )}
              <div className="section-pager">
                {sectionIndex > 0 && (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      goTo({ question: questionnaire.sections[sectionIndex - 1]?.questions[0]?.code ?? '' })
                    }
                  >
                    {t('unit.sections.previous')}
                  </button>
                )}
                {sectionIndex < questionnaire.sections.length - 1 && (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      setSectionCode(questionnaire.sections[sectionIndex + 1]?.section.code ?? sectionCode)
                    }
                  >
                    {t('unit.sections.next')}
                  </button>
                )}
              </div>
            </>
          )}
        </section>
        <aside className="questionnaire-side" aria-label={t('unit.editor.sideLabel')}>
          <ProblemsPanel
            questionnaire={questionnaire}
            problems={readOnly ? [] : check.problems}
            missing={readOnly ? [] : check.missing}
            onJump={jump}
          />
          <SubmissionPanel
            submission={opened}
            ready={ready}
            problemCount={check.problems.length}
            missingCount={check.missing.length}
            isLatest={isLatest}
            exportButton={exportButton}
            onSubmit={submit}
            onNewRevision={newRevision}
            onShowMissing={() => {
              setRevealAll(true)
              jumpToProblem(1)
            }}
          />
          <SelfScorePanel score={selfScore} preview={preview} />
          <KeyboardHelp />
          <HistoryPanel
            repositories={repositories}
            questions={questionnaire.questions}
            submissionKey={opened}
            currentId={opened.id}
            onOpen={onOpenSubmission}
          />
        </aside>
      </div>
    </div>
  )
}

/** The save status, re-rendered on its own when a save starts, commits or fails. */
function LiveSaveStatus({ queue, readOnly }: { readonly queue: AutosaveQueue; readonly readOnly: boolean }) {
  const status = useSyncExternalStore(queue.subscribe, queue.getStatus)
  return (
    <SaveStatusBar
      status={status.status}
      concurrent={status.concurrent}
      readOnly={readOnly}
      onRetry={() => void queue.retry()}
    />
  )
}

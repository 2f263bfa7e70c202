import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import { compileQuestionnaire } from '@core/responses/questionnaire'
import { questionnaireProgress } from '@core/responses/questionnaireProgress'
import { previewAgainstLastYear } from '@core/scoring/previewAgainstLastYear'
import { computeSelfScore } from '@core/scoring/selfScore'
import type { Submission, SubmissionPatch } from '@core/responses/submission'
import { checkSubmission } from '@core/responses/validateAnswers'
import type { UnitProfile } from '@core/storage/unitProfileRepository'
import type { AutosaveQueue } from './autosaveQueue'
import { ExportSubmissionButton } from './ExportSubmissionButton'
import { HistoryPanel } from './HistoryPanel'
import { RoundResponsePanel } from './RoundResponsePanel'
import { KeyboardHelp } from './KeyboardHelp'
import { LeaveGuard } from './LeaveGuard'
import { ProblemsPanel } from './ProblemsPanel'
import { LiveSaveStatus } from './LiveSaveStatus'
import { SectionNav } from './SectionNav'
import { SelfScorePanel } from './SelfScorePanel'
import { SubmissionPanel } from './SubmissionPanel'
import { openAutosaveQueue } from './openAutosaveQueue'
import { writeFailureMessage } from './saveFailureMessages'
import { useEvidenceActions } from './useEvidenceActions'
import { QuestionnaireHeader } from './QuestionnaireHeader'
import { QuestionnaireSection } from './QuestionnaireSection'
import { useFlushOnLeave } from './useFlushOnLeave'
import { useQuestionnaireNavigation } from './useQuestionnaireNavigation'
import { useLastYearResults } from './useLastYearResults'
import type { UnitRepositories } from './useUnitRepositories'
import { useUnitRounds } from './useUnitRounds'

type QuestionnaireEditorProps = {
  readonly repositories: UnitRepositories
  readonly submission: Submission
  readonly framework: ValidFramework
  readonly profile: UnitProfile | null
  readonly isLatest: boolean
  readonly onOpenSubmission: (id: string) => void
  readonly onBack: () => void
}

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
  // Subscribed to the content and the revision's identity only: a save changes neither, so the
  // questionnaire does not re-render while IndexedDB commits (the status bar has its own subscription).
  const content = useSyncExternalStore(queue.subscribe, queue.getContent)
  const opened = useSyncExternalStore(queue.subscribe, queue.getDocument)
  const readOnly = opened.status !== 'draft'
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

  useFlushOnLeave(queue)
  const navigation = useQuestionnaireNavigation({ queue, questionnaire, check, readOnly })
  const { currentQuestion } = navigation

  const onEdit = useCallback(
    (patch: SubmissionPatch) => {
      if (queue.getConfirmed().status !== 'draft') return
      queue.edit(
        currentQuestion.current === null ? patch : { ...patch, lastQuestion: currentQuestion.current },
      )
    },
    [queue, currentQuestion],
  )

  const evidenceActions = useEvidenceActions(queue, repositories)

  const ready = check.problems.length === 0 && check.missing.length === 0 && !readOnly

  const rounds = useUnitRounds(repositories.database, opened.id)
  const [roundJustOpened, setRoundJustOpened] = useState(false)
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

  // The appraisal round: a small panel beside the questionnaire until a round is open, then a
  // full-width section above it (its items, explanations and evidence need the room).
  const roundPanel = (
    <RoundResponsePanel
      repositories={repositories}
      framework={framework}
      submission={opened}
      answers={content.answers}
      rounds={rounds}
      focusOnMount={roundJustOpened}
      onOpened={() => setRoundJustOpened(true)}
    />
  )

  return (
    <div className="questionnaire">
      <QuestionnaireHeader
        framework={framework}
        profile={profile}
        opened={opened}
        onBack={() => {
          void queue.flush().then(() => {
            if (!queue.hasUnsavedChanges()) onBack()
          })
        }}
      />
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
      {rounds.length > 0 && roundPanel}
      <div className="questionnaire-body">
        <SectionNav
          questionnaire={questionnaire}
          progress={progress}
          current={navigation.section?.section.code ?? ''}
          onSelect={navigation.selectSection}
        />
        <QuestionnaireSection
          questionnaire={questionnaire}
          navigation={navigation}
          content={content}
          check={check}
          readOnly={readOnly}
          onEdit={onEdit}
          evidenceActions={evidenceActions}
        />
        <aside className="questionnaire-side" aria-label={t('unit.editor.sideLabel')}>
          <ProblemsPanel
            questionnaire={questionnaire}
            problems={readOnly ? [] : check.problems}
            missing={readOnly ? [] : check.missing}
            onJump={navigation.jump}
          />
          <SubmissionPanel
            submission={opened}
            ready={ready}
            problemCount={check.problems.length}
            missingCount={check.missing.length}
            isLatest={isLatest}
            exportButton={
              profile !== null ? (
                <ExportSubmissionButton
                  queue={queue}
                  framework={framework}
                  unit={profile}
                  evidence={repositories.evidence}
                />
              ) : null
            }
            onSubmit={submit}
            onNewRevision={newRevision}
            onShowMissing={navigation.showMissing}
          />
          <SelfScorePanel score={selfScore} preview={preview} />
          <KeyboardHelp />
          {rounds.length === 0 && roundPanel}
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

import { useEffect, useRef, useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import { readFeedbackPackage } from '@core/formats/feedback/readFeedbackPackage'
import type { FeedbackItem } from '@core/formats/feedback/feedbackContent'
import { ROUND_EVIDENCE_RULES } from '@core/formats/response/responseContent'
import type { AnswerValue } from '@core/responses/answer'
import { checkEvidenceFiles } from '@core/responses/checkEvidenceFiles'
import type { SubmissionKey } from '@core/responses/submission'
import { ok } from '@core/result'
import {
  createUnitFeedbackRepository,
  type ItemDraft,
  type UnitFeedback,
} from '@core/storage/unitFeedbackRepository'
import { useLiveRead } from '../../data/useLiveRead'
import { describeIssue } from '../../i18n/describeIssue'
import { formatIsoDay, formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { useLanguage } from '../../i18n/useLanguage'
import { getPlatform } from '../../platform/getPlatform'
import type { UnitRepositories } from './useUnitRepositories'

type Issue = { readonly code: string } & Readonly<Record<string, unknown>>

/**
 * The appraisal round in unit mode (vòng giải trình): "Mở tệp kết quả sơ bộ…" opens a feedback
 * package, checked against this revision (unit, framework, year, intact hash; refused with a
 * translated reason and nothing stored); each disputed item beside the unit's own answer, with
 * "Đồng ý" / "Giải trình" (explanation required) and optional evidence, autosaved; "Xuất tệp phản
 * hồi" writes the response package and logs it in the revision's history.
 */
export function RoundResponsePanel({
  repositories,
  framework,
  submission,
  answers,
  rounds,
  focusOnMount = false,
  onOpened,
}: {
  readonly repositories: UnitRepositories
  readonly framework: ValidFramework
  readonly submission: SubmissionKey & { readonly id: string }
  readonly answers: Readonly<Record<string, AnswerValue | null | undefined>>
  /** The rounds open for this revision (`useUnitRounds`): none, a small panel beside the questionnaire; some, a full-width section. */
  readonly rounds: readonly UnitFeedback[]
  /** Move the focus to the heading once shown (the panel just moved to full width after a package was opened). */
  readonly focusOnMount?: boolean
  /** Called once a package was opened and stored. */
  readonly onOpened?: () => void
}) {
  const { t } = useTranslation()
  const feedback = createUnitFeedbackRepository(repositories.database)
  const [issues, setIssues] = useState<readonly Issue[]>([])
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount])
  const openPackage = async () => {
    setIssues([])
    const picked = await getPlatform().openFiles({ purpose: 'workbook', multiple: false })
    if (!picked.ok) return setIssues([picked.error])
    const [file] = picked.value ?? []
    if (file === undefined) return
    const read = await readFeedbackPackage(file.bytes, {
      unitCode: submission.unitCode,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      year: submission.year,
    })
    if (!read.ok) return setIssues(read.error)
    const stored = await feedback.open(submission.id, read.value)
    if (!stored.ok) setIssues([stored.error])
    else onOpened?.()
  }
  const wide = rounds.length > 0
  return (
    <section
      className={wide ? 'panel round-panel round-panel-wide' : 'side-panel round-panel'}
      aria-labelledby="round-heading"
    >
      <div className="round-panel-head">
        <h2 id="round-heading" ref={headingRef} tabIndex={-1}>
          {t('unit.round.heading')}
        </h2>
        <button type="button" className="button" onClick={() => void openPackage()}>
          {t('unit.round.open')}
        </button>
      </div>
      {issues.length > 0 && (
        <ul role="alert" className="issue-list">
          {issues.slice(0, 20).map((issue, index) => (
            <li key={index}>{describeIssue(t, issue)}</li>
          ))}
        </ul>
      )}
      {rounds.map((round) => (
        <RoundItems key={round.id} round={round} repositories={repositories} answers={answers} />
      ))}
    </section>
  )
}

function RoundItems({
  round,
  repositories,
  answers,
}: {
  readonly round: UnitFeedback
  readonly repositories: UnitRepositories
  readonly answers: Readonly<Record<string, AnswerValue | null | undefined>>
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const feedback = createUnitFeedbackRepository(repositories.database)
  const evidence = useLiveRead(
    async () => ok(await createUnitFeedbackRepository(repositories.database).evidence(round.id)),
    [repositories.database, round.id],
  )
  const [status, setStatus] = useState<{ readonly issues: readonly Issue[]; readonly saved: string | null }>({
    issues: [],
    saved: null,
  })
  const files = evidence.status === 'ready' ? evidence.value : []
  const { content, manifest } = round
  const exportResponse = async () => {
    const undecided = content.items.filter((item) => (round.drafts[item.question]?.decision ?? null) === null)
    if (undecided.length > 0)
      return setStatus({
        issues: undecided.map((item) => ({ code: 'round-undecided', question: item.question })),
        saved: null,
      })
    const [{ writeResponsePackage }, info] = await Promise.all([
      import('@core/formats/response/writeResponsePackage'),
      getPlatform().getAppInfo(),
    ])
    const written = await writeResponsePackage(
      {
        assessmentId: manifest.assessmentId,
        frameworkId: manifest.frameworkId,
        frameworkVersion: manifest.frameworkVersion,
        year: manifest.year,
        unitCode: manifest.unitCode,
        unitName: manifest.unitName,
        round: manifest.round,
        deadline: manifest.deadline,
        writtenAt: new Date().toISOString(),
        appVersion: info.ok ? info.value.version : '',
      },
      {
        frameworkName: content.frameworkName,
        feedbackHash: manifest.contentHash,
        items: content.items.map((item) => {
          const draft = round.drafts[item.question]
          return {
            ...item,
            decision: draft?.decision ?? 'agree',
            explanation: draft?.decision === 'explain' ? draft.explanation.trim() : '',
          }
        }),
      },
      files.map((file) => ({ question: file.question, fileName: file.fileName, bytes: file.bytes })),
    )
    if (!written.ok) return setStatus({ issues: written.error, saved: null })
    const saved = await getPlatform().saveFile({
      suggestedName: `${manifest.unitCode}-giai-trinh-vong${manifest.round}.${written.value.extension}`,
      bytes: written.value.bytes,
    })
    if (!saved.ok) return setStatus({ issues: [saved.error], saved: null })
    if (saved.value === null) return
    const marked = await feedback.markExported(round.id, written.value.manifest.contentHash)
    setStatus(
      marked.ok ? { issues: [], saved: saved.value.savedTo } : { issues: [marked.error], saved: null },
    )
  }
  const heading = `round-${manifest.round}-heading`
  return (
    <div className="round-items" aria-labelledby={heading} role="group">
      <h3 id={heading}>
        {t('unit.round.roundHeading', {
          round: manifest.round,
          deadline: formatIsoDay(manifest.deadline, language),
        })}
      </h3>
      {content.message !== '' && <p className="round-message">{content.message}</p>}
      <p className="help">
        {t('unit.round.provisional', {
          composite: content.composite === null ? '—' : formatNumber(content.composite, language, 2),
          rank: content.rank ?? '—',
          count: content.unitCount,
        })}
      </p>
      {content.items.length === 0 && <p className="help">{t('unit.round.noItems')}</p>}
      <ol className="round-item-list">
        {content.items.map((item) => (
          <RoundItem
            key={item.question}
            item={item}
            roundId={round.id}
            round={round.round}
            draft={round.drafts[item.question] ?? { decision: null, explanation: '' }}
            own={describeValue(t, answers[item.question], language)}
            files={files.filter((file) => file.question === item.question)}
            repositories={repositories}
          />
        ))}
      </ol>
      <button type="button" className="button primary" onClick={() => void exportResponse()}>
        {t('unit.round.export')}
      </button>
      <p role="status" className="help">
        {status.saved !== null && t('unit.round.exported', { savedTo: status.saved })}
        {status.saved === null &&
          round.exportedAt !== null &&
          t('unit.round.lastExported', { at: formatIsoDay(round.exportedAt.slice(0, 10), language) })}
      </p>
      {status.issues.length > 0 && (
        <ul role="alert" className="issue-list">
          {status.issues.map((issue, index) => (
            <li key={index}>
              {issue.code === 'round-undecided' ? t('unit.round.undecided', issue) : describeIssue(t, issue)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function RoundItem({
  item,
  roundId,
  round,
  draft,
  own,
  files,
  repositories,
}: {
  readonly item: FeedbackItem
  readonly roundId: string
  readonly round: number
  readonly draft: ItemDraft
  readonly own: string
  readonly files: readonly { readonly id: string; readonly fileName: string }[]
  readonly repositories: UnitRepositories
}) {
  const { t } = useTranslation()
  const feedback = createUnitFeedbackRepository(repositories.database)
  const [explanation, setExplanation] = useState(draft.explanation)
  // Shown at once; the stored draft follows (the live read brings it back).
  const [decision, setDecision] = useState(draft.decision)
  const [fileIssues, setFileIssues] = useState<readonly Issue[]>([])
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current)
    },
    [],
  )
  const save = (next: ItemDraft) => {
    setDecision(next.decision)
    void feedback.saveDraft(roundId, item.question, next)
  }
  const typed = (text: string) => {
    setExplanation(text)
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = setTimeout(() => save({ decision: 'explain', explanation: text }), 400)
  }
  const addFiles = async () => {
    setFileIssues([])
    const picked = await getPlatform().openFiles({ purpose: 'evidence', multiple: true })
    if (!picked.ok) return setFileIssues([picked.error])
    const chosen = picked.value ?? []
    if (chosen.length === 0) return
    const problems = checkEvidenceFiles(ROUND_EVIDENCE_RULES, chosen, { attached: files.length })
    if (problems.length > 0)
      return setFileIssues(
        problems.map((problem) =>
          problem.code === 'file-not-accepted'
            ? {
                code: 'round-evidence-not-accepted',
                question: item.question,
                fileName: problem.fileName,
                accept: problem.accept.join(', '),
              }
            : { code: 'round-evidence-too-many', question: item.question, maxFiles: problem.maxFiles },
        ),
      )
    const added = await feedback.addEvidence(roundId, item.question, chosen)
    if (!added.ok) setFileIssues([added.error])
  }
  const name = `round-${round}-${item.question}`
  return (
    <li className="round-item" data-question={item.question}>
      <p>
        <span className="question-code">{item.question}</span> {item.label}
      </p>
      <dl className="round-values">
        <dt>{t('unit.round.declared')}</dt>
        <dd>{item.declared}</dd>
        <dt>{t('unit.round.appraised')}</dt>
        <dd>{item.appraised}</dd>
        <dt>{t('unit.round.reason')}</dt>
        <dd>{item.reason}</dd>
        <dt>{t('unit.round.own')}</dt>
        <dd>{own}</dd>
      </dl>
      <fieldset className="choice-set">
        <legend>{t('unit.round.decision', { question: item.question })}</legend>
        <label>
          <input
            type="radio"
            name={name}
            checked={decision === 'agree'}
            onChange={() => save({ decision: 'agree', explanation })}
          />
          {t('unit.round.agree')}
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={decision === 'explain'}
            onChange={() => save({ decision: 'explain', explanation })}
          />
          {t('unit.round.explain')}
        </label>
      </fieldset>
      {decision === 'explain' && (
        <>
          <label className="field">
            <span>{t('unit.round.explanation', { question: item.question })}</span>
            <textarea rows={3} value={explanation} onChange={(event) => typed(event.target.value)} />
          </label>
          {files.length > 0 && (
            <ul className="round-evidence">
              {files.map((file) => (
                <li key={file.id}>
                  {file.fileName}{' '}
                  <button
                    type="button"
                    className="button link"
                    aria-label={t('unit.round.removeFile', { file: file.fileName })}
                    onClick={() => void feedback.removeEvidence(file.id)}
                  >
                    {t('unit.round.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => void addFiles()}>
            {t('unit.round.addEvidence', { question: item.question })}
          </button>
          {fileIssues.length > 0 && (
            <ul role="alert" className="issue-list">
              {fileIssues.map((issue, index) => (
                <li key={index}>{describeIssue(t, issue)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </li>
  )
}

function describeValue(t: TFunction, value: AnswerValue | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return String(t('unit.history.empty'))
  if (typeof value === 'number') return formatNumber(value, language, 6)
  if (typeof value === 'boolean') return String(t(value ? 'unit.question.yes' : 'unit.question.no'))
  if (typeof value === 'string') return value
  return String(t('unit.history.items', { formatted: formatNumber(value.length, language) }))
}

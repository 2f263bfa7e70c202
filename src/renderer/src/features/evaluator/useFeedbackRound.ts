import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Question } from '@core/framework/framework'
import { checkRoundRequest, type FeedbackRound, type RoundScope } from '@core/assessment/feedbackRound'
import {
  disputedItems,
  feedbackForUnit,
  type RoundSource,
  type RoundTexts,
} from '@core/formats/feedback/feedbackForUnit'
import type { RoundAttachment } from '@core/formats/feedback/writeFeedbackPackage'
import { reportStep } from '@core/progress'
import { ok } from '@core/result'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createFeedbackRoundRepository } from '@core/storage/feedbackRoundRepository'
import { roundState, type RoundState } from '@core/assessment/roundState'
import { createRoundResponseRepository, responseSummaries } from '@core/storage/roundResponseRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import { formatNumber } from '../../i18n/format'
import { localized } from '../../i18n/localized'
import { getPlatform } from '../../platform/getPlatform'
import { useProgressTask } from '../../ui/progress/useProgressTask'
import { useOperator } from '../operator/OperatorProvider'
import { formatAnswer } from './formatAnswer'
import type { AssessmentView } from './useAssessmentWorkspace'
import { localIsoDay } from './useRoundBoard'

type Issue = { readonly code: string } & Readonly<Record<string, unknown>>

export type FeedbackRoundState =
  | { readonly status: 'idle' }
  | { readonly status: 'writing' }
  | { readonly status: 'saved'; readonly round: number; readonly count: number; readonly savedTo: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly issues: readonly Issue[] }

/** One response file imported: its outcome (and for a failure, why). */
export type ResponseImportLine = {
  readonly fileName: string
  readonly outcome: 'imported' | 'duplicate' | 'failed'
  readonly unit?: string
  readonly round?: number
  readonly issues: readonly Issue[]
}

export type UnitRoundState = {
  readonly unit: { readonly code: string; readonly name: string }
  readonly state: RoundState
  readonly round: number | null
}

/** What the evaluator fills in before issuing a round. */
export type RoundDraft = {
  readonly deadline: string | null
  readonly message: string
  readonly scope: RoundScope
  readonly attachments: readonly RoundAttachment[]
}

const today = () => localIsoDay()

/**
 * The evaluator's appraisal round (vòng giải trình) of one open assessment: the rounds issued so
 * far (live), the units with a disputed item, and `issue(draft)`, which asks for the operator,
 * checks the draft, writes one feedback package per unit (Vietnamese texts: an official
 * document) with progress, saves them together as one `.zip` (desktop: a save dialog; browser: a
 * download) and only then records the round with its audit entry. Cancelled or refused, nothing
 * is saved or recorded.
 */
export function useFeedbackRound(view: AssessmentView) {
  const database = useDatabase()
  const { i18n } = useTranslation()
  const requireOperator = useOperator().require
  const task = useProgressTask()
  const [state, setState] = useState<FeedbackRoundState>({ status: 'idle' })
  const { framework, assessment } = view.workspace
  const rounds = useLiveRead(
    async () => ok(await createFeedbackRoundRepository(database).list(assessment.id)),
    [database, assessment.id],
  )

  const responses = useLiveRead(
    async () => ok(await createRoundResponseRepository(database).list(assessment.id)),
    [database, assessment.id],
  )
  const [imports, setImports] = useState<readonly ResponseImportLine[]>([])

  const source = useMemo((): RoundSource => {
    const hasPoints = view.workspace.appraisals.some((appraisal) => appraisal.kind === 'points')
    return {
      result: view.result,
      rulePoints: hasPoints
        ? computeAssessment(
            framework,
            view.scoring,
            view.previousValues === undefined ? {} : { previousValues: view.previousValues },
          )
        : null,
      componentCodes: view.componentCodes,
      declared: new Map(view.workspace.declared.map((submission) => [submission.unit, submission.answers])),
      appraisals: view.workspace.appraisals,
    }
  }, [framework, view])

  const texts = useMemo((): RoundTexts => {
    const vi = i18n.getFixedT('vi')
    const questions = new Map<string, Question>(
      framework.questions.map((question) => [question.code, question]),
    )
    const nodes = new Map(
      [...framework.indicators, ...framework.components].map((node) => [
        node.code,
        localized(node.name, 'vi'),
      ]),
    )
    return {
      frameworkName: localized(framework.name, 'vi'),
      label: (kind, code) =>
        kind === 'points' ? (nodes.get(code) ?? code) : localized(questions.get(code)?.text, 'vi') || code,
      value: (kind, code, value) =>
        kind === 'points'
          ? typeof value === 'number'
            ? formatNumber(value, 'vi', 2)
            : '—'
          : formatAnswer(vi, questions.get(code), value, 'vi'),
      componentName: (code) => nodes.get(code) ?? code,
    }
  }, [framework, i18n])

  const disputedUnits = useMemo(
    () =>
      new Set(
        assessment.units
          .filter((unit) => disputedItems(unit.code, source, texts).length > 0)
          .map((unit) => unit.code),
      ),
    [assessment.units, source, texts],
  )

  const issue = async (draft: RoundDraft) => {
    const units = assessment.units.filter((unit) => draft.scope === 'all' || disputedUnits.has(unit.code))
    const problems = checkRoundRequest(
      { deadline: draft.deadline ?? '', message: draft.message, units: units.length },
      today(),
    )
    if (problems.length > 0) return setState({ status: 'failed', issues: problems })
    if ((await requireOperator()) === null)
      return setState({ status: 'failed', issues: [{ code: 'operator-required' }] })
    setState({ status: 'writing' })
    const repository = createFeedbackRoundRepository(database)
    const [{ writeFeedbackPackage }, { zipSync }, info, round] = await Promise.all([
      import('@core/formats/feedback/writeFeedbackPackage'),
      import('fflate'),
      getPlatform().getAppInfo(),
      repository.nextRound(assessment.id),
    ])
    const issuedAt = new Date().toISOString()
    const written = await task.run(async (options) => {
      const files: [string, Uint8Array][] = []
      const packages: FeedbackRound['packages'][number][] = []
      for (const [index, unit] of units.entries()) {
        if (options.signal?.aborted === true) return { ok: false as const, error: [{ code: 'cancelled' }] }
        const content = feedbackForUnit(unit.code, source, texts, draft.message.trim())
        const file = await writeFeedbackPackage(
          {
            assessmentId: assessment.id,
            frameworkId: framework.id,
            frameworkVersion: framework.version,
            year: assessment.year,
            unitCode: unit.code,
            unitName: unit.name,
            round,
            deadline: draft.deadline ?? '',
            writtenAt: issuedAt,
            appVersion: info.ok ? info.value.version : '',
          },
          content,
          draft.attachments,
        )
        if (!file.ok) return { ok: false as const, error: file.error as readonly Issue[] }
        files.push([`${unit.code}-vong${round}.${file.value.extension}`, file.value.bytes])
        packages.push({
          unit: unit.code,
          contentHash: file.value.manifest.contentHash,
          items: content.items.length,
        })
        await reportStep(options, index + 1, units.length)
      }
      return { ok: true as const, value: { files, packages } }
    })
    if (!written.ok)
      return setState(
        written.error[0]?.code === 'cancelled'
          ? { status: 'cancelled' }
          : { status: 'failed', issues: written.error },
      )
    const saved = await getPlatform().saveFile({
      suggestedName: `ket-qua-so-bo-vong${round}-${framework.id}-${assessment.year}.zip`,
      bytes: zipSync(Object.fromEntries(written.value.files), { level: 0 }),
    })
    if (!saved.ok) return setState({ status: 'failed', issues: [saved.error] })
    if (saved.value === null) return setState({ status: 'idle' })
    const recorded = await repository.record({
      assessmentId: assessment.id,
      round,
      issuedAt,
      deadline: draft.deadline ?? '',
      message: draft.message.trim(),
      scope: draft.scope,
      attachments: draft.attachments.map((file) => file.fileName),
      packages: written.value.packages,
    })
    if (!recorded.ok) return setState({ status: 'failed', issues: [recorded.error] })
    setState({ status: 'saved', round, count: written.value.packages.length, savedTo: saved.value.savedTo })
  }

  const issuedRounds = useMemo(() => (rounds.status === 'ready' ? rounds.value : []), [rounds])
  const states = useMemo(() => {
    const importedResponses = responses.status === 'ready' ? responses.value : []
    const summaries = responseSummaries(importedResponses, view.workspace.appraisals)
    return assessment.units.flatMap((unit) => {
      const state = roundState(unit.code, issuedRounds, summaries, today())
      return state.state === 'not-sent' ? [] : [{ unit, ...state }]
    })
  }, [assessment.units, issuedRounds, responses, view.workspace.appraisals])

  /** Imports the units' response files one by one, each with its own outcome line. */
  const importResponses = async () => {
    const picked = await getPlatform().openFiles({ purpose: 'workbook', multiple: true })
    if (!picked.ok) return setImports([{ fileName: '', outcome: 'failed', issues: [picked.error] }])
    const repository = createRoundResponseRepository(database)
    const lines: ResponseImportLine[] = []
    for (const file of picked.value ?? []) {
      const imported = await repository.import(assessment.id, file.fileName, file.bytes)
      lines.push(
        imported.ok
          ? {
              fileName: file.fileName,
              outcome: imported.value.status,
              unit: imported.value.response.unit,
              round: imported.value.response.round,
              issues: [],
            }
          : { fileName: file.fileName, outcome: 'failed', issues: imported.error as readonly Issue[] },
      )
    }
    setImports(lines)
  }

  return {
    states,
    imports,
    importResponses,
    rounds: issuedRounds,
    disputedUnits,
    state,
    issue,
    progress: task.progress,
    cancel: task.cancel,
  }
}

import type { TFunction } from 'i18next'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CouncilMember } from '@core/assessment/council'
import { councilConflicts, type CouncilConflict } from '@core/assessment/councilConflicts'
import { randomUuid } from '@core/randomUuid'
import type { CouncilRow } from '@core/storage/councilRows'
import { describeIssue } from '../../i18n/describeIssue'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { getPlatform } from '../../platform/getPlatform'
import { DropZone } from '../../ui/DropZone'
import { ProgressBar } from '../../ui/progress/ProgressBar'
import { ReadFailure } from '../../ui/ReadFailure'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import { formatAnswer } from './formatAnswer'
import type { AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'
import { useCouncil, type CouncilProblem } from './useCouncil'
import { useWorkPackages } from './useWorkPackages'

type Council = ReturnType<typeof useCouncil>

/**
 * The "Hội đồng thẩm định" tab (decision 0025). The lead: members and what each is assigned
 * (units, criteria groups: checkboxes, keyboard-operable), a work package per member, members'
 * appraisal packages imported, and the conflicts side by side, each settled with a reason. A
 * member's scoped assessment (opened from a work package): the scope, and the appraisal package
 * to send back.
 */
export function CouncilPanel({
  view,
  actions,
}: {
  readonly view: AssessmentView
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const council = useCouncil(view)
  if (council.read.status === 'loading') return <p role="status">{t('common.loading')}</p>
  if (council.read.status === 'error') return <ReadFailure error={council.read.error} />
  const row = council.read.value.council
  if (row?.memberOf !== undefined) return <MemberSide view={view} row={row} council={council} />
  return (
    <div className="council-panel">
      <h2>{t('evaluator.council.title')}</h2>
      <p className="help">{t('evaluator.council.help')}</p>
      <Members view={view} row={row} council={council} />
      <ImportPackages council={council} />
      <Conflicts view={view} actions={actions} />
    </div>
  )
}

function Problems({ problems }: { readonly problems: readonly CouncilProblem[] }) {
  const { t } = useTranslation()
  if (problems.length === 0) return null
  return (
    <ul role="alert" className="issue-list">
      {problems.map((problem, index) => (
        <li key={index}>{describeEvaluatorIssue(t, problem) ?? describeIssue(t, problem)}</li>
      ))}
    </ul>
  )
}

function scopeText(
  t: TFunction,
  view: AssessmentView,
  member: Pick<CouncilMember, 'units' | 'groups'>,
  language: ReturnType<typeof useLanguage>,
) {
  const groups = member.groups.map((code) => {
    const section = view.workspace.framework.sections.find((candidate) => candidate.code === code)
    return section === undefined ? code : localized(section.title, language)
  })
  const units: string = member.units.length === 0 ? t('evaluator.council.allUnits') : member.units.join(', ')
  const groupText: string = groups.length === 0 ? t('evaluator.council.allGroups') : groups.join('; ')
  return t('evaluator.council.scope', { units, groups: groupText })
}

function MemberSide({
  view,
  row,
  council,
}: {
  readonly view: AssessmentView
  readonly row: CouncilRow
  readonly council: Council
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [problems, setProblems] = useState<readonly CouncilProblem[]>([])
  const [saved, setSaved] = useState(false)
  const membership = row.memberOf
  if (membership === undefined) return null
  return (
    <div className="council-panel">
      <h2>{t('evaluator.council.title')}</h2>
      <p>{t('evaluator.council.memberOf', { name: membership.member.name })}</p>
      <p>{scopeText(t, view, membership.member, language)}</p>
      <p className="help">{t('evaluator.council.memberHelp')}</p>
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            void council.actions.writeAppraisalPackage().then((failed) => {
              setProblems(failed)
              setSaved(failed.length === 0)
            })
          }
        >
          {t('evaluator.council.exportAppraisals')}
        </button>
        <span role="status" className="help">
          {saved && t('evaluator.council.exported')}
        </span>
      </div>
      <Problems problems={problems} />
    </div>
  )
}

function Members({
  view,
  row,
  council,
}: {
  readonly view: AssessmentView
  readonly row: CouncilRow | null
  readonly council: Council
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const members = row?.members ?? []
  const packages = council.read.status === 'ready' ? council.read.value.packages : []
  const [editing, setEditing] = useState<CouncilMember | null>(null)
  const [problems, setProblems] = useState<readonly CouncilProblem[]>([])
  const [status, setStatus] = useState('')
  const packagesForAll = useWorkPackages(view)
  const all = packagesForAll.state
  return (
    <section className="panel" aria-labelledby="council-members">
      <h3 id="council-members">{t('evaluator.council.members')}</h3>
      {members.length === 0 ? (
        <p className="help">{t('evaluator.council.noMembers')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('evaluator.council.name')}</th>
              <th scope="col">{t('evaluator.council.assignment')}</th>
              <th scope="col">{t('evaluator.council.received')}</th>
              <th scope="col">{t('evaluator.council.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  {member.name}
                  {member.position !== undefined && <span className="help"> — {member.position}</span>}
                </th>
                <td>{scopeText(t, view, member, language)}</td>
                <td>{packages.filter((item) => item.member === member.id).length}</td>
                <td>
                  <div className="toolbar">
                    <button type="button" className="button" onClick={() => setEditing(member)}>
                      {t('evaluator.council.edit', { name: member.name })}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        void council.actions.writeWorkPackage(member.id).then((failed) => {
                          setProblems(failed)
                          setStatus(failed.length === 0 ? t('evaluator.council.written', { count: 1 }) : '')
                        })
                      }
                    >
                      {t('evaluator.council.writeOne', { name: member.name })}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        void council.actions
                          .removeMember(member.id)
                          .then((outcome) => setProblems(outcome.ok ? [] : outcome.problems))
                      }
                    >
                      {t('evaluator.council.remove', { name: member.name })}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button"
          onClick={() => setEditing({ id: `m-${randomUuid().slice(0, 8)}`, name: '', units: [], groups: [] })}
        >
          {t('evaluator.council.add')}
        </button>
        {members.length > 0 && (
          <button
            type="button"
            className="button primary"
            disabled={all.status === 'writing'}
            onClick={() => void packagesForAll.writeAll(members)}
          >
            {t('evaluator.council.writeAll')}
          </button>
        )}
        <span role="status" className="help">
          {status}
          {all.status === 'saved' &&
            t('evaluator.council.writtenAll', { count: all.count, savedTo: all.savedTo })}
          {all.status === 'cancelled' &&
            t('evaluator.council.writeCancelled', { done: all.done, total: all.total })}
        </span>
      </div>
      {packagesForAll.progress !== null && (
        <ProgressBar
          progress={packagesForAll.progress}
          label={t('evaluator.council.progressLabel')}
          onCancel={packagesForAll.cancel}
          testId="council-progress"
        />
      )}
      <Problems problems={problems} />
      {all.status === 'failed' && <Problems problems={all.problems} />}
      {editing !== null && (
        <MemberForm
          key={editing.id}
          view={view}
          member={editing}
          onCancel={() => setEditing(null)}
          onSave={async (member) => {
            const saved = await council.actions.saveMember(member)
            if (saved.ok) setEditing(null)
            return saved.ok ? [] : saved.problems
          }}
        />
      )}
    </section>
  )
}

function MemberForm({
  view,
  member,
  onSave,
  onCancel,
}: {
  readonly view: AssessmentView
  readonly member: CouncilMember
  readonly onSave: (member: CouncilMember) => Promise<readonly CouncilProblem[]>
  readonly onCancel: () => void
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const formId = useId()
  const [typed, setTyped] = useState<CouncilMember>(member)
  const [problems, setProblems] = useState<readonly CouncilProblem[]>([])
  const toggle = (field: 'units' | 'groups', code: string, on: boolean) =>
    setTyped({
      ...typed,
      [field]: on ? [...typed[field], code] : typed[field].filter((item) => item !== code),
    })
  return (
    <form
      className="panel council-member-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(event) => {
        event.preventDefault()
        void onSave(typed).then(setProblems)
      }}
    >
      <h4 id={`${formId}-title`}>{t('evaluator.council.memberForm')}</h4>
      <label className="field">
        <span>{t('evaluator.council.name')}</span>
        <input
          type="text"
          value={typed.name}
          autoFocus
          onChange={(event) => setTyped({ ...typed, name: event.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('evaluator.council.position')}</span>
        <input
          type="text"
          value={typed.position ?? ''}
          onChange={(event) => setTyped({ ...typed, position: event.target.value })}
        />
      </label>
      <fieldset>
        <legend>{t('evaluator.council.units')}</legend>
        <p className="help">{t('evaluator.council.unitsHelp')}</p>
        {view.workspace.assessment.units.map((unit) => (
          <label key={unit.code} className="checkbox">
            <input
              type="checkbox"
              checked={typed.units.includes(unit.code)}
              onChange={(event) => toggle('units', unit.code, event.target.checked)}
            />
            {unit.code} — {unit.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('evaluator.council.groups')}</legend>
        <p className="help">{t('evaluator.council.groupsHelp')}</p>
        {view.workspace.framework.sections.map((section) => (
          <label key={section.code} className="checkbox">
            <input
              type="checkbox"
              checked={typed.groups.includes(section.code)}
              onChange={(event) => toggle('groups', section.code, event.target.checked)}
            />
            {localized(section.title, language)}
          </label>
        ))}
      </fieldset>
      <Problems problems={problems} />
      <div className="toolbar">
        <button type="submit" className="button primary">
          {t('evaluator.council.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('evaluator.council.cancel')}
        </button>
      </div>
    </form>
  )
}

type ImportOutcome = Awaited<ReturnType<Council['actions']['importAppraisalPackages']>>[number]

function ImportPackages({ council }: { readonly council: Council }) {
  const { t } = useTranslation()
  const [outcomes, setOutcomes] = useState<readonly ImportOutcome[]>([])
  const [problems, setProblems] = useState<readonly CouncilProblem[]>([])
  const pick = async () => {
    const picked = await getPlatform().openFiles({ purpose: 'workbook', multiple: true })
    if (!picked.ok) return setProblems([picked.error])
    if (picked.value === null) return
    setProblems([])
    setOutcomes(await council.actions.importAppraisalPackages(picked.value))
  }
  const drop = async (transfer: DataTransfer) => {
    const read = await getPlatform().readDropped(transfer, 'workbook')
    if (!read.ok) return setProblems([read.error])
    setProblems([])
    setOutcomes(await council.actions.importAppraisalPackages(read.value.files))
  }
  return (
    <section className="panel" aria-labelledby="council-import">
      <h3 id="council-import">{t('evaluator.council.import')}</h3>
      <p className="help">{t('evaluator.council.importHelp')}</p>
      <DropZone
        purpose="workbook"
        multiple
        testId="council-drop-zone"
        hint={t('evaluator.council.dropHint')}
        onDropTransfer={(transfer) => void drop(transfer)}
      >
        <button type="button" className="button" onClick={() => void pick()}>
          {t('evaluator.council.pick')}
        </button>
      </DropZone>
      <Problems problems={problems} />
      {outcomes.length > 0 && (
        <ul role="status" className="council-import-results">
          {outcomes.map((outcome, index) => (
            <li key={index}>
              <strong>{outcome.fileName}</strong>:{' '}
              {'result' in outcome && outcome.result !== undefined ? (
                outcome.result.status === 'already-imported' ? (
                  t('evaluator.council.alreadyImported')
                ) : (
                  t('evaluator.council.imported', {
                    member: outcome.result.member,
                    count: outcome.result.added,
                  })
                )
              ) : (
                <Problems problems={'problems' in outcome ? (outcome.problems ?? []) : []} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Conflicts({ view, actions }: { readonly view: AssessmentView; readonly actions: WorkspaceActions }) {
  const { t } = useTranslation()
  const conflicts = councilConflicts(view.workspace.appraisals)
  return (
    <section className="panel" aria-labelledby="council-conflicts">
      <h3 id="council-conflicts">{t('evaluator.council.conflicts', { count: conflicts.length })}</h3>
      {conflicts.length === 0 ? (
        <p className="help">{t('evaluator.council.noConflicts')}</p>
      ) : (
        conflicts.map((conflict) => (
          <ConflictCard
            key={`${conflict.unit}|${conflict.kind}|${conflict.question}`}
            view={view}
            actions={actions}
            conflict={conflict}
          />
        ))
      )}
    </section>
  )
}

function ConflictCard({
  view,
  actions,
  conflict,
}: {
  readonly view: AssessmentView
  readonly actions: WorkspaceActions
  readonly conflict: CouncilConflict
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const id = useId()
  const { framework, assessment, declared } = view.workspace
  const question = framework.questions.find((candidate) => candidate.code === conflict.question)
  const indicator = framework.indicators.find((candidate) => candidate.code === conflict.question)
  const label =
    conflict.kind === 'points'
      ? indicator === undefined
        ? conflict.question
        : localized(indicator.name, language)
      : question === undefined
        ? conflict.question
        : localized(question.text, language)
  const unit = assessment.units.find((candidate) => candidate.code === conflict.unit)
  const [chosen, setChosen] = useState<number | null>(null)
  const [reason, setReason] = useState('')
  const [problems, setProblems] = useState<readonly CouncilProblem[]>([])
  const show = (value: (typeof conflict.entries)[number]['value']) =>
    conflict.kind === 'points' ? String(value ?? 0) : formatAnswer(t, question, value, language)
  const settle = async () => {
    const entry = chosen === null ? undefined : conflict.entries[chosen]
    if (entry === undefined) return setProblems([{ code: 'council-settle-choose' }])
    const failure = await actions.appraise({
      unit: conflict.unit,
      ...(conflict.kind === 'points' ? { kind: 'points' as const } : {}),
      question: conflict.question,
      value: entry.value,
      reason,
      declared: declared.find((item) => item.unit === conflict.unit)?.answers[conflict.question] ?? null,
    })
    setProblems(failure === null ? [] : [failure])
  }
  return (
    <article className="council-conflict" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        {conflict.unit} — {unit?.name ?? ''}: {label} ({conflict.question})
      </h4>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('evaluator.council.member')}</th>
            <th scope="col">{t('evaluator.council.value')}</th>
            <th scope="col">{t('evaluator.council.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.entries.map((entry) => (
            <tr key={entry.member.id}>
              <th scope="row">{entry.member.name}</th>
              <td>{show(entry.value)}</td>
              <td>{entry.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void settle()
        }}
      >
        <fieldset>
          <legend>{t('evaluator.council.settleValue')}</legend>
          {conflict.entries.map((entry, index) => (
            <label key={entry.member.id} className="checkbox">
              <input
                type="radio"
                name={`${id}-value`}
                checked={chosen === index}
                onChange={() => setChosen(index)}
              />
              {t('evaluator.council.takeValue', { value: show(entry.value), member: entry.member.name })}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('evaluator.council.settleReason')}</span>
          <textarea value={reason} rows={2} onChange={(event) => setReason(event.target.value)} />
        </label>
        <Problems problems={problems} />
        <button type="submit" className="button primary">
          {t('evaluator.council.settle')}
        </button>
      </form>
    </article>
  )
}

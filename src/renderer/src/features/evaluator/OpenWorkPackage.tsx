import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { createCouncilRepository } from '@core/storage/councilRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { describeIssue } from '../../i18n/describeIssue'
import { getPlatform } from '../../platform/getPlatform'
import { useOperator } from '../operator/OperatorProvider'
import { describeEvaluatorIssue } from './describeEvaluatorIssue'
import { evaluatorPath } from './evaluatorPath'

type Problem = { readonly code: string } & Readonly<Record<string, unknown>>

/**
 * A council member's way in (decision 0025): opens the work package the lead sent as a scoped
 * assessment on this machine (its units only) and goes to its council tab. Logged with the operator.
 */
export function OpenWorkPackage() {
  const { t } = useTranslation()
  const database = useDatabase()
  const navigate = useNavigate()
  const requireOperator = useOperator().require
  const [problems, setProblems] = useState<readonly Problem[]>([])
  const open = async () => {
    const picked = await getPlatform().openFiles({ purpose: 'workbook', multiple: false })
    if (!picked.ok) return setProblems([picked.error])
    const file = picked.value?.[0]
    if (file === undefined) return
    if ((await requireOperator()) === null) return setProblems([{ code: 'operator-required' }])
    const opened = await createCouncilRepository(database).openWorkPackage(file.bytes)
    if (!opened.ok) return setProblems(opened.error)
    setProblems([])
    void navigate(evaluatorPath({ view: 'assessment', id: opened.value.id, tab: 'council' }))
  }
  return (
    <section className="panel open-work-package" aria-labelledby="open-work-package">
      <h2 id="open-work-package">{t('evaluator.council.title')}</h2>
      <p className="help">{t('evaluator.council.openHelp')}</p>
      <button type="button" className="button" onClick={() => void open()}>
        {t('evaluator.council.openPackage')}
      </button>
      {problems.length > 0 && (
        <ul role="alert" className="issue-list">
          {problems.map((problem, index) => (
            <li key={index}>{describeEvaluatorIssue(t, problem) ?? describeIssue(t, problem)}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { evaluatorPath } from '../evaluator/evaluatorPath'
import { useActiveWorkspace } from '../sample-workspace/useActiveWorkspace'
import { useIsModeEmpty } from '../sample-workspace/useIsModeEmpty'
import { guidePath } from './guidePath'
import { GUIDE_ROLES, type GuideRole } from './guideRoles'
import { useStoredRole } from './roleStore'
import './guide.css'

/** Each role's first steps: what to do first, and the screen where it is done. */
const FIRST_STEPS: Readonly<Record<GuideRole, readonly { readonly id: string; readonly to: string }[]>> = {
  officer: [
    { id: 'profile', to: '/unit' },
    { id: 'framework', to: '/unit' },
  ],
  evaluator: [
    { id: 'create', to: evaluatorPath({ view: 'new' }) },
    { id: 'send', to: guidePath('evaluator', 'send') },
  ],
  manager: [
    { id: 'import', to: '/manager' },
    { id: 'compare', to: '/manager' },
  ],
  admin: [
    { id: 'backup', to: '/settings' },
    { id: 'frameworks', to: '/frameworks' },
  ],
}

/**
 * The home screen of a machine without data: which role the user has, then that role's first
 * steps and guide. The choice is remembered on this machine and can be changed while the
 * database is still empty; nothing shows in the sample workspace or once there is data.
 */
export function FirstRunRoleChoice() {
  const { t, i18n } = useTranslation()
  const workspace = useActiveWorkspace()
  const unitEmpty = useIsModeEmpty('unit')
  const evaluatorEmpty = useIsModeEmpty('evaluator')
  const [role, setRole] = useStoredRole()
  if (workspace === 'sample' || unitEmpty !== true || evaluatorEmpty !== true) return null
  if (role === null)
    return (
      <section className="first-run panel" aria-labelledby="first-run-heading">
        <h2 id="first-run-heading">{t('guide.firstRun.heading')}</h2>
        <p className="help">{t('guide.firstRun.lead')}</p>
        <ul className="first-run-roles">
          {GUIDE_ROLES.map((choice) => (
            <li key={choice}>
              <button type="button" className="button first-run-role" onClick={() => setRole(choice)}>
                <strong>{t(`guide.roles.${choice}.title`)}</strong>
              </button>
              <span className="help">{t(`guide.roles.${choice}.lead`)}</span>
            </li>
          ))}
        </ul>
      </section>
    )
  const roleName = t(`guide.roles.${role}.title`)
  return (
    <section className="first-run panel" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">{t('guide.firstRun.chosen', { role: roleName })}</h2>
      <ol className="first-run-steps">
        {FIRST_STEPS[role].map((step) => (
          <li key={step.id}>
            <Link to={step.to}>{t(`guide.firstRun.steps.${role}.${step.id}` as never)}</Link>
          </li>
        ))}
      </ol>
      <p className="first-run-actions">
        <Link className="button primary" to={guidePath(role)}>
          {t('guide.firstRun.guide', { role: roleName.toLocaleLowerCase(i18n.language) })}
        </Link>{' '}
        <button type="button" className="button" onClick={() => setRole(null)}>
          {t('guide.firstRun.change')}
        </button>
      </p>
    </section>
  )
}

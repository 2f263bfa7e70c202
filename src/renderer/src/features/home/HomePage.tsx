import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { pathForRoute, type Route } from '../../app/routes'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { FirstRunRoleChoice } from '../guide/FirstRunRoleChoice'
import { TrySampleDataButton } from '../sample-workspace/TrySampleDataButton'

const MODES: readonly Exclude<Route, 'home' | 'guide'>[] = [
  'unit',
  'evaluator',
  'manager',
  'frameworks',
  'settings',
]

/** The first screen: the four modes and what each is for. */
export function HomePage() {
  const { t } = useTranslation()
  useDocumentTitle(t('nav.home'))
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <FirstRunRoleChoice />
      <TrySampleDataButton />
      <ul className="mode-cards">
        {MODES.map((mode) => (
          <li key={mode} className="mode-card">
            <h2>{t(`nav.${mode}`)}</h2>
            <p>{t(`home.cards.${mode}`)}</p>
            <Link className="button primary" to={pathForRoute(mode)}>
              {t('home.openMode', { mode: t(`nav.${mode}`) })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}

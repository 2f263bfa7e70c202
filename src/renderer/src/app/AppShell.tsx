import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { GuideHeaderLink, HelpLink } from '../features/guide/HelpLink'
import { OperatorBadge } from '../features/operator/OperatorBadge'
import { SampleWorkspaceBanner } from '../features/sample-workspace/SampleWorkspaceBanner'
import { getPlatform } from '../platform/getPlatform'
import { LanguageSelect } from './LanguageSelect'
import { pathForRoute, type Route } from './routes'

const NAV_ROUTES: readonly Route[] = ['home', 'unit', 'evaluator', 'manager', 'frameworks', 'settings']

/** Header with the product name and language switch, the mode navigation, and the page. */
export function AppShell({ route, children }: { readonly route: Route; readonly children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Hash routing: following "#main" would navigate home; move the focus instead.
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            CNTT
          </span>
          <div>
            <div className="brand-name">{t('app.productName')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <div className="header-tools">
          <GuideHeaderLink />
          <OperatorBadge />
          <span className="runtime-badge">{t(`app.runtime.${getPlatform().runtime}`)}</span>
          <LanguageSelect />
        </div>
      </header>
      <SampleWorkspaceBanner />
      <nav className="shell-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV_ROUTES.map((item) => (
            <li key={item}>
              <Link to={pathForRoute(item)} aria-current={item === route ? 'page' : undefined}>
                {t(`nav.${item}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        <HelpLink />
        {children}
      </main>
    </div>
  )
}

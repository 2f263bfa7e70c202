import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { guidePathForScreen } from './guidePath'
import './guide.css'

/** The "?" of each main screen: opens the guide section that explains the screen shown. */
export function HelpLink() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  if (pathname.startsWith('/guide')) return null
  return (
    <Link
      className="help-link"
      to={guidePathForScreen(pathname)}
      aria-label={t('guide.help')}
      title={t('guide.help')}
    >
      <span aria-hidden="true">?</span>
    </Link>
  )
}

/** The header's link to the guide. */
export function GuideHeaderLink() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <Link
      className="guide-header-link"
      to="/guide"
      aria-current={pathname.startsWith('/guide') ? 'page' : undefined}
    >
      <span aria-hidden="true" className="guide-header-mark">
        ?
      </span>{' '}
      {t('guide.headerLink')}
    </Link>
  )
}

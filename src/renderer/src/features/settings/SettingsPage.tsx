import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { LanguageSelect } from '../../app/LanguageSelect'
import { formatBytes } from '../../i18n/format'
import { isLanguage } from '../../i18n/languages'
import { getPlatform } from '../../platform/getPlatform'
import { AuditLogSection } from '../audit-log/AuditLogSection'
import { AboutDetails } from './AboutDetails'
import { BackupsSection } from './BackupsSection'
import { DataAddressSection } from './DataAddressSection'
import { useAppInfo } from './useAppInfo'
import { useStorageEstimate } from './useStorageEstimate'

/** Language, where data is kept, backups, and version information. */
export function SettingsPage() {
  const { t, i18n } = useTranslation()
  useDocumentTitle(t('settings.title'))
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const storage = useStorageEstimate()
  const info = useAppInfo()
  const runtime = getPlatform().runtime
  const persistence =
    storage.persisted === null ? 'unknown' : storage.persisted ? 'persisted' : 'notPersisted'
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <section className="panel" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language.heading')}</h2>
        <p className="help">{t('settings.language.help')}</p>
        <LanguageSelect id="settings-language-select" />
      </section>
      <section className="panel" aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('settings.storage.heading')}</h2>
        <p>{t(`settings.storage.${runtime}`)}</p>
        <p>{t(`settings.storage.${persistence}`)}</p>
        {storage.usage !== null && storage.quota !== null && (
          <p>
            {t('settings.storage.usage', {
              used: formatBytes(storage.usage, language),
              quota: formatBytes(storage.quota, language),
            })}
          </p>
        )}
      </section>
      <DataAddressSection />
      <BackupsSection />
      <AuditLogSection />
      <section className="panel" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about.heading')}</h2>
        {info === null ? (
          <p>{t('settings.about.unavailable')}</p>
        ) : (
          <>
            <p>{t('settings.about.runtime', { runtime: t(`app.runtime.${info.runtime}`) })}</p>
            {info.electron !== null && (
              <p>
                {t('settings.about.engines', {
                  electron: info.electron,
                  chrome: info.chrome ?? '—',
                  node: info.node ?? '—',
                })}
              </p>
            )}
            <AboutDetails version={info.version} />
          </>
        )}
      </section>
    </>
  )
}

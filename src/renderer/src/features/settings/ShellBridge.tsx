import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { MenuCommand } from '../../../../shared/ipc/contract'
import { pathForRoute } from '../../app/routes'
import { getPlatform } from '../../platform/getPlatform'
import { AboutDialog } from './AboutDialog'

const ROUTE_PATHS: Readonly<Partial<Record<MenuCommand, string>>> = {
  'open-settings': pathForRoute('settings'),
  'go-unit': pathForRoute('unit'),
  'go-evaluator': pathForRoute('evaluator'),
  'go-manager': pathForRoute('manager'),
}

/**
 * The desktop shell's side of the page: follows menu commands, answers main's requests for
 * automatic backups, shows the About dialog and says so when main reloaded the page after a
 * crash. Renders nothing in the browser edition unless something needs saying.
 */
export function ShellBridge() {
  const { t } = useTranslation()
  const [recovered, setRecovered] = useState(() => getPlatform().takeRecoveryNotice())
  const [aboutOpen, setAboutOpen] = useState(false)
  const [backupFailure, setBackupFailure] = useState<string | null>(null)
  const navigate = useNavigate()

  useEffect(() => {
    const platform = getPlatform()
    const backUp = (reason: Parameters<typeof platform.backups.backupNow>[0]) =>
      void platform.backups
        .backupNow(reason)
        .then((result) => setBackupFailure(result.ok ? null : result.error.code))
    const stopMenu = platform.onMenuCommand((command) => {
      const path = ROUTE_PATHS[command]
      if (path !== undefined) void navigate(path)
      else if (command === 'show-about') setAboutOpen(true)
      else if (command === 'backup-now') backUp('manual')
    })
    const stopBackups = platform.onBackupRequested((reason) => backUp(reason))
    return () => {
      stopMenu()
      stopBackups()
    }
  }, [navigate])

  return (
    <>
      {recovered !== null && (
        <div className="shell-notice" role="alert">
          <div>
            <p>
              <strong>{t('settings.shell.recovered.title')}</strong>
            </p>
            <p>{t(`settings.shell.recovered.${recovered.reason}`)}</p>
            <p>{t('settings.shell.recovered.safe')}</p>
          </div>
          <button type="button" className="button" onClick={() => setRecovered(null)}>
            {t('settings.shell.recovered.dismiss')}
          </button>
        </div>
      )}
      {backupFailure !== null && (
        <div className="shell-notice" role="alert">
          <p>{t('settings.shell.backupFailed', { code: backupFailure })}</p>
          <button type="button" className="button" onClick={() => setBackupFailure(null)}>
            {t('settings.shell.recovered.dismiss')}
          </button>
        </div>
      )}
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </>
  )
}

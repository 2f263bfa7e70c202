import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import iconUrl from '../../../../../resources/icon.png'
import { AboutDetails } from './AboutDetails'
import { useAppInfo } from './useAppInfo'

/** Product name, runtime, the versions of the app, engine, schema and file formats, and this version's changes (Help → About in the desktop menu). Shown while mounted. */
export function AboutDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation()
  const info = useAppInfo()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])
  return (
    <dialog ref={dialog} className="about-dialog" aria-labelledby="about-dialog-title" onCancel={onClose}>
      <img src={iconUrl} alt="" />
      <h2 id="about-dialog-title">{t('settings.shell.about.title')}</h2>
      <p>{t('app.tagline')}</p>
      {info === null ? (
        <p>{t('settings.about.unavailable')}</p>
      ) : (
        <>
          <ul className="about-lines">
            <li>{t('settings.about.runtime', { runtime: t(`app.runtime.${info.runtime}`) })}</li>
            {info.electron !== null && (
              <li>
                {t('settings.about.engines', {
                  electron: info.electron,
                  chrome: info.chrome ?? '—',
                  node: info.node ?? '—',
                })}
              </li>
            )}
            <li>{t('settings.shell.about.platform', { platform: info.platform })}</li>
          </ul>
          <AboutDetails version={info.version} />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          {t('settings.shell.about.close')}
        </button>
      </div>
    </dialog>
  )
}

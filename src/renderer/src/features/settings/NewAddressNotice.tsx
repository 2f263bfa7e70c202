import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { totalRows } from '@core/storage/checkDatabaseMarker'
import { observeDatabase } from '@core/storage/databaseIdentity'
import { useDatabase } from '../../app/DatabaseProvider'
import { currentDataAddress, knownDataAddresses, rememberDataAddress } from '../../platform/dataAddresses'
import { getPlatform } from '../../platform/getPlatform'
import { useActiveWorkspace } from '../sample-workspace/useActiveWorkspace'

/**
 * The browser edition opened from an address it was never used at, with an empty database: says
 * that data belongs to the site's address, so data used at an old address stayed there, and offers
 * to restore a backup made there (Settings → Backups). Not the wipe screen: nothing was lost here.
 * Once the database holds data, or the user says to start here, the address is remembered and the
 * notice does not come back. The desktop app (one fixed origin) and the sample workspace never show it.
 */
export function NewAddressNotice() {
  const { t } = useTranslation()
  const database = useDatabase()
  const workspace = useActiveWorkspace()
  const [shown, setShown] = useState(false)
  const address = currentDataAddress()
  const full = `${address.origin}${address.path}`
  useEffect(() => {
    if (getPlatform().runtime !== 'browser' || workspace !== 'real') return
    let cancelled = false
    void observeDatabase(database).then((observed) => {
      if (cancelled || !observed.ok) return
      const empty = totalRows(observed.value.counts) === 0
      if (!empty) rememberDataAddress(window.localStorage, full)
      else if (knownDataAddresses(window.localStorage).length === 0) setShown(true)
    })
    return () => {
      cancelled = true
    }
  }, [database, workspace, full])
  if (!shown) return null
  const dismiss = () => {
    rememberDataAddress(window.localStorage, full)
    setShown(false)
  }
  return (
    <section className="panel new-address-notice" role="region" aria-labelledby="new-address-heading">
      <h2 id="new-address-heading">{t('settings.address.newHeading')}</h2>
      <p>{t('settings.address.newText', { address: full })}</p>
      <p>{t('settings.address.newRestore')}</p>
      <div className="dialog-actions">
        <Link className="button primary" to="/settings" onClick={dismiss}>
          {t('settings.address.newGoRestore')}
        </Link>
        <button type="button" className="button" onClick={dismiss}>
          {t('settings.address.newStartHere')}
        </button>
      </div>
    </section>
  )
}

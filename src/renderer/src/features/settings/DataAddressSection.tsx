import { useTranslation } from 'react-i18next'
import { currentDataAddress, knownDataAddresses } from '../../platform/dataAddresses'
import { getPlatform } from '../../platform/getPlatform'

/**
 * Settings → "Địa chỉ của dữ liệu": the address (origin + path) the app runs at and whose data it
 * shows, why the data stays with that address, and the other paths of the same origin it was used
 * from (they share the data). The desktop app keeps its data in the user's profile instead.
 */
export function DataAddressSection() {
  const { t } = useTranslation()
  const address = currentDataAddress()
  const others = knownDataAddresses(window.localStorage).filter(
    (known) => known !== `${address.origin}${address.path}`,
  )
  const browser = getPlatform().runtime === 'browser'
  return (
    <section className="panel" aria-labelledby="settings-address">
      <h2 id="settings-address">{t('settings.address.heading')}</h2>
      {browser ? (
        <>
          <p>
            {t('settings.address.current')}{' '}
            <code data-testid="data-address">{`${address.origin}${address.path}`}</code>
          </p>
          <p>{t('settings.address.origin', { origin: address.origin })}</p>
          <p className="help">{t('settings.address.explain')}</p>
          {others.length > 0 && (
            <>
              <p>{t('settings.address.others')}</p>
              <ul>
                {others.map((known) => (
                  <li key={known}>
                    <code>{known}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>{t('settings.address.desktop')}</p>
      )}
    </section>
  )
}

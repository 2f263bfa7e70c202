import { useTranslation } from 'react-i18next'

/** The keyboard shortcuts, on screen where the officer can see them. */
export function KeyboardHelp() {
  const { t } = useTranslation()
  return (
    <section className="side-panel keyboard-help" aria-labelledby="keyboard-heading">
      <h2 id="keyboard-heading">{t('unit.keyboard.heading')}</h2>
      <dl>
        <dt>
          <kbd>Tab</kbd> / <kbd>Shift</kbd>+<kbd>Tab</kbd>
        </dt>
        <dd>{t('unit.keyboard.tab')}</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>{t('unit.keyboard.enter')}</dd>
        <dt>
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </dt>
        <dd>{t('unit.keyboard.ctrlEnter')}</dd>
        <dt>
          <kbd>F8</kbd> / <kbd>Shift</kbd>+<kbd>F8</kbd>
        </dt>
        <dd>{t('unit.keyboard.f8')}</dd>
      </dl>
    </section>
  )
}

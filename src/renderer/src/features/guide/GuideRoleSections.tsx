import { useTranslation } from 'react-i18next'
import type { Language } from '../../i18n/languages'
import { GUIDE, type GuideStep } from './guideContent'
import type { GuideRole } from './guideRoles'

/** The id of a section's element, so a "?" link or the diagram can open it. */
export const sectionElementId = (role: GuideRole, section: string) => `guide-${role}-${section}`

/** The screenshot of a step, as `guide-screens.spec.ts` writes it for the interface language. */
export const guideImageSource = (language: Language, image: string) => `guide/${language}/${image}.png`

function Step({
  role,
  section,
  step,
}: {
  readonly role: GuideRole
  readonly section: string
  readonly step: GuideStep
}) {
  const { t, i18n } = useTranslation()
  const labels = Object.fromEntries(
    Object.entries(step.labels ?? {}).map(([name, label]) => [
      name,
      t(label.key as never, label.values ?? {}),
    ]),
  )
  const text = String(t(`guide.sections.${role}.${section}.steps.${step.id}` as never, labels))
  return (
    <li className="guide-step">
      <p>{text}</p>
      {step.image !== undefined && (
        <img
          className="guide-image"
          src={guideImageSource(i18n.language === 'en' ? 'en' : 'vi', step.image)}
          alt={t('guide.stepImage', { step: t(`guide.sections.${role}.${section}.title` as never) })}
        />
      )}
    </li>
  )
}

/** Every section of one role's guide, each a numbered list of steps with their screenshots. */
export function GuideRoleSections({ role }: { readonly role: GuideRole }) {
  const { t } = useTranslation()
  return (
    <>
      {GUIDE[role].map((section, index) => (
        <section
          key={section.id}
          id={sectionElementId(role, section.id)}
          className="guide-section"
          aria-labelledby={`${sectionElementId(role, section.id)}-heading`}
        >
          <h2 id={`${sectionElementId(role, section.id)}-heading`} tabIndex={-1}>
            {index + 1}. {t(`guide.sections.${role}.${section.id}.title` as never)}
          </h2>
          <ol className="guide-steps">
            {section.steps.map((step) => (
              <Step key={step.id} role={role} section={section.id} step={step} />
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}

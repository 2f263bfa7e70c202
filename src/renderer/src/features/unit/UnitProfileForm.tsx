import { useTranslatedMessage } from '../../i18n/useTranslatedMessage'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UnitProfile, UnitProfileIssue } from '@core/storage/unitProfileRepository'
import { UNIT_PROFILE_LIMITS } from '@core/storage/unitProfileRepository'
import { isUnitGroup, UNIT_GROUPS } from './unitGroups'
import type { UnitRepositories } from './useUnitRepositories'

type UnitProfileFormProps = {
  readonly repositories: UnitRepositories
  readonly initial: UnitProfile | null
  readonly onSaved: (profile: UnitProfile) => void
  readonly onCancel?: () => void
}

/** The officer's unit: code, name and group, checked and stored on this computer. */
export function UnitProfileForm({ repositories, initial, onSaved, onCancel }: UnitProfileFormProps) {
  const { t } = useTranslation()
  const [code, setCode] = useState(initial?.code ?? '')
  const [name, setName] = useState(initial?.name ?? '')
  const [group, setGroup] = useState(initial?.group ?? 'so-ban-nganh')
  const [issues, setIssues] = useState<readonly UnitProfileIssue[]>([])
  const [failure, setFailure] = useTranslatedMessage()
  const issueFor = (field: UnitProfileIssue['field']) => issues.find((issue) => issue.field === field)
  const message = (issue: UnitProfileIssue | undefined) =>
    issue === undefined
      ? null
      : t(`unit.profile.issues.${issue.code}`, {
          max: issue.field === 'name' ? UNIT_PROFILE_LIMITS.nameLength : UNIT_PROFILE_LIMITS.codeLength,
        })

  return (
    <form
      className="profile-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void repositories.profiles.save({ code, name, group }).then((saved) => {
          if (saved.ok) {
            setIssues([])
            setFailure(null)
            onSaved(saved.value)
          } else if (saved.error.code === 'invalid') {
            setIssues(saved.error.issues)
          } else {
            setFailure((say) =>
              say(saved.error.code === 'quota' ? 'unit.save.failed.quota' : 'unit.save.failed.other'),
            )
          }
        })
      }}
    >
      <Field
        id="unit-code"
        label={t('unit.profile.code')}
        hint={t('unit.profile.codeHint')}
        message={message(issueFor('code'))}
      >
        <input
          id="unit-code"
          value={code}
          maxLength={UNIT_PROFILE_LIMITS.codeLength + 10}
          autoComplete="off"
          onChange={(event) => setCode(event.target.value)}
          aria-invalid={issueFor('code') !== undefined || undefined}
          aria-describedby="unit-code-hint unit-code-message"
        />
      </Field>
      <Field
        id="unit-name"
        label={t('unit.profile.name')}
        hint={t('unit.profile.nameHint')}
        message={message(issueFor('name'))}
      >
        <input
          id="unit-name"
          value={name}
          maxLength={UNIT_PROFILE_LIMITS.nameLength + 10}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={issueFor('name') !== undefined || undefined}
          aria-describedby="unit-name-hint unit-name-message"
        />
      </Field>
      <Field
        id="unit-group"
        label={t('unit.profile.group')}
        hint={t('unit.profile.groupHint')}
        message={message(issueFor('group'))}
      >
        <select
          id="unit-group"
          value={group}
          onChange={(event) => setGroup(event.target.value)}
          aria-describedby="unit-group-hint unit-group-message"
        >
          {!isUnitGroup(group) && <option value={group}>{group}</option>}
          {UNIT_GROUPS.map((item) => (
            <option key={item} value={item}>
              {t(`unit.groups.${item}`)}
            </option>
          ))}
        </select>
      </Field>
      {failure !== null && (
        <p className="field-message" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {t('unit.profile.save')}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel}>
            {t('unit.profile.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}

function Field({
  id,
  label,
  hint,
  message,
  children,
}: {
  readonly id: string
  readonly label: string
  readonly hint: string
  readonly message: string | null
  readonly children: React.ReactNode
}) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children}
      <span className="muted small" id={`${id}-hint`}>
        {hint}
      </span>
      <span className="field-message" id={`${id}-message`}>
        {message}
      </span>
    </div>
  )
}

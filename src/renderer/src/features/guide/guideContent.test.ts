import { createInstance, type i18n } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { en, vi } from '../../i18n/resources'
import { COMING_FILE_KIND_IDS, FILE_FLOWS, FILE_KIND_IDS } from './fileKinds'
import { findSection, GUIDE } from './guideContent'
import { GUIDE_ROLES, isGuideRole } from './guideRoles'

const instances: Record<'vi' | 'en', i18n> = { vi: createInstance(), en: createInstance() }

beforeAll(async () => {
  for (const [language, resources] of [
    ['vi', vi],
    ['en', en],
  ] as const)
    await instances[language].init({
      resources: { [language]: { translation: resources } },
      lng: language,
      interpolation: { escapeValue: false },
    })
})

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

describe('the guide’s content', () => {
  it('has a title and a lead for every role, and a title for every section, in both languages', () => {
    for (const language of ['vi', 'en'] as const) {
      const { exists } = instances[language]
      for (const role of GUIDE_ROLES) {
        expect(exists(`guide.roles.${role}.title`), `${language} ${role}`).toBe(true)
        expect(exists(`guide.roles.${role}.lead`), `${language} ${role}`).toBe(true)
        for (const section of GUIDE[role])
          expect(
            exists(`guide.sections.${role}.${section.id}.title`),
            `${language} ${role}/${section.id}`,
          ).toBe(true)
      }
    }
  })

  it('quotes the app’s own labels, and every step uses exactly the labels it names', () => {
    for (const language of ['vi', 'en'] as const) {
      const i18next = instances[language]
      for (const role of GUIDE_ROLES)
        for (const section of GUIDE[role])
          for (const step of section.steps) {
            const key = `guide.sections.${role}.${section.id}.steps.${step.id}`
            expect(i18next.exists(key), `${language} ${key}`).toBe(true)
            const labels = step.labels ?? {}
            const raw = key
              .split('.')
              .reduce<unknown>(
                (node, part) => (node as Record<string, unknown>)[part],
                language === 'vi' ? vi : en,
              )
            expect(placeholders(String(raw)), `${language} ${key}`).toEqual(Object.keys(labels).sort())
            for (const [name, label] of Object.entries(labels)) {
              expect(i18next.exists(label.key), `${language} ${key}: ${name} → ${label.key}`).toBe(true)
              const text = i18next.t(label.key, label.values ?? {})
              expect(text, `${language} ${label.key}`).not.toMatch(/\{\{/)
            }
          }
    }
  })

  it('names its sections once per role', () => {
    for (const role of GUIDE_ROLES) {
      const ids = GUIDE[role].map((section) => section.id)
      expect(new Set(ids).size, role).toBe(ids.length)
    }
  })
})

describe('how files travel', () => {
  it('shows every file kind, and no kind outside the list shared with ictwb inspect', () => {
    const shown = new Set(FILE_FLOWS.map((flow) => flow.kind))

    for (const kind of FILE_KIND_IDS) expect(shown.has(kind), kind).toBe(true)
    for (const kind of shown) expect([...FILE_KIND_IDS, ...COMING_FILE_KIND_IDS]).toContain(kind)
  })

  it('marks the appraisal round’s kinds as coming, and only those', () => {
    for (const flow of FILE_FLOWS)
      expect(flow.coming === true, flow.id).toBe(
        (COMING_FILE_KIND_IDS as readonly string[]).includes(flow.kind),
      )
  })

  it('links every trip to a guide section that exists, and names every kind and trip in both languages', () => {
    for (const flow of FILE_FLOWS) {
      const [role, section] = flow.section.split('/')
      expect(isGuideRole(role) && findSection(role, section) !== undefined, flow.section).toBe(true)
      for (const language of ['vi', 'en'] as const) {
        expect(instances[language].exists(`guide.files.kinds.${flow.kind}`), `${language} ${flow.kind}`).toBe(
          true,
        )
        expect(instances[language].exists(`guide.files.flows.${flow.id}`), `${language} ${flow.id}`).toBe(
          true,
        )
      }
    }
  })
})

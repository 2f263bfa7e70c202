import { describe, expect, it } from 'vitest'
import { findSection } from './guideContent'
import { guidePath, guidePathForScreen } from './guidePath'
import { isGuideRole } from './guideRoles'

describe('the guide section of a screen', () => {
  it('opens the section that explains each main screen', () => {
    expect(guidePathForScreen('/unit')).toBe('/guide/officer/start')
    expect(guidePathForScreen('/unit/submission/SNV%7Cx')).toBe('/guide/officer/fill')
    expect(guidePathForScreen('/evaluator')).toBe('/guide/evaluator/create')
    expect(guidePathForScreen('/evaluator/new')).toBe('/guide/evaluator/create')
    expect(guidePathForScreen('/evaluator/a/x%7C2026')).toBe('/guide/evaluator/receive')
    expect(guidePathForScreen('/evaluator/a/x%7C2026/units')).toBe('/guide/evaluator/receive')
    expect(guidePathForScreen('/evaluator/a/x/unit/SNV')).toBe('/guide/evaluator/review')
    expect(guidePathForScreen('/evaluator/a/x/results')).toBe('/guide/evaluator/publish')
    expect(guidePathForScreen('/evaluator/a/x/report')).toBe('/guide/evaluator/report')
    expect(guidePathForScreen('/manager/all')).toBe('/guide/manager/compare')
    expect(guidePathForScreen('/frameworks')).toBe('/guide/admin/frameworks')
    expect(guidePathForScreen('/settings')).toBe('/guide/admin/backup')
    expect(guidePathForScreen('/')).toBe('/guide')
  })

  it('names only sections the guide has', () => {
    const screens = [
      '/unit',
      '/unit/submission/x',
      '/evaluator',
      '/evaluator/a/x/audit',
      '/evaluator/a/x/unit/y',
    ]
    for (const screen of [
      ...screens,
      '/evaluator/a/x/results',
      '/evaluator/a/x/report',
      '/manager',
      '/frameworks',
      '/settings',
    ]) {
      const [, , role, section] = guidePathForScreen(screen).split('/')
      expect(isGuideRole(role), screen).toBe(true)
      expect(findSection(role as never, section), screen).toBeDefined()
    }
  })

  it('writes the paths of the guide, a role and a section', () => {
    expect(guidePath()).toBe('/guide')
    expect(guidePath('files')).toBe('/guide/files')
    expect(guidePath('officer', 'send')).toBe('/guide/officer/send')
  })
})

import { matchRoutes } from 'react-router'
import { describe, expect, it } from 'vitest'
import { evaluatorPath, type EvaluatorView } from '../features/evaluator/evaluatorPath'
import { managerPath } from '../features/manager/managerPath'
import { unitPath } from '../features/unit/unitPath'
import { ROUTE_TREE, toRouteObjects, type RouteId } from './routeTree'
import { pathForRoute, routeFromPathname } from './routes'

const routes = toRouteObjects(ROUTE_TREE, () => null)

/** The innermost route a hash opens, with its decoded params (the hash router reads what follows `#`). */
function open(hash: string): { readonly id: RouteId; readonly params: Record<string, string | undefined> } {
  const url = new URL(hash.slice(1), 'http://localhost')
  const matches = matchRoutes(routes, url.pathname) ?? []
  const last = matches.at(-1)
  if (last === undefined) throw new Error(`no route for ${hash}`)
  return { id: last.route.id as RouteId, params: last.params }
}

describe('the route tree', () => {
  it.each([
    ['#/', 'home'],
    ['', 'home'],
    ['#/crash', 'home-fallback'],
    ['#/nowhere/at/all', 'home-fallback'],
    ['#/unit', 'unit-home'],
    ['#/unit/submission/', 'unit-home-fallback'],
    ['#/unit/elsewhere', 'unit-home-fallback'],
    ['#/evaluator', 'evaluator-list'],
    ['#/evaluator/anything', 'evaluator-list-fallback'],
    ['#/evaluator/a/', 'evaluator-list-fallback'],
    ['#/evaluator/new', 'evaluator-new'],
    ['#/evaluator/a/x', 'assessment-first-tab'],
    ['#/evaluator/a/x/results', 'assessment-tab'],
    ['#/evaluator/a/x/unknown', 'assessment-tab'],
    ['#/evaluator/a/x/unit/VP', 'assessment-unit'],
    ['#/manager', 'manager-all'],
    ['#/manager?year=2025', 'manager-all'],
    ['#/manager/all', 'manager-all-fallback'],
    ['#/manager/whatever', 'manager-all-fallback'],
    ['#/manager/unit', 'manager-unit'],
    ['#/manager/unit/SYN-0001', 'manager-unit'],
    ['#/frameworks', 'frameworks'],
    ['#/settings', 'settings'],
  ] as const)('opens %s on %s', (hash, id) => {
    expect(open(hash === '' ? '#/' : hash).id).toBe(id)
  })

  it('decodes a submission id with the characters ids contain', () => {
    const id = 'SNV|dept-ict-readiness|2026.1|2026|r1'

    expect(open(`#${unitPath({ view: 'submission', id })}`).params['submissionId']).toBe(id)
  })

  it('decodes a manager unit code, and leaves it out when none is chosen', () => {
    expect(open('#/manager/unit/Q-H%C3%A0').params['unitCode']).toBe('Q-Hà')
    expect(open('#/manager/unit').params['unitCode']).toBeUndefined()
  })

  it('gives back the assessment id, tab and unit code of every evaluator path, slashes included', () => {
    const views: readonly EvaluatorView[] = [
      { view: 'assessment', id: 'dept|2026|a b', tab: 'report' },
      { view: 'unit', id: 'a/b', unit: 'SƠ/2' },
    ]

    expect(open(`#${evaluatorPath(views[0]!)}`).params).toMatchObject({
      assessmentId: 'dept|2026|a b',
      tab: 'report',
    })
    expect(open(`#${evaluatorPath(views[1]!)}`).params).toMatchObject({
      assessmentId: 'a/b',
      unitCode: 'SƠ/2',
    })
  })

  it('opens the guide, a role’s guide and one of its sections', () => {
    expect(open('#/guide').id).toBe('guide')
    expect(open('#/guide').params['role']).toBeUndefined()
    expect(open('#/guide/files')).toMatchObject({ id: 'guide', params: { role: 'files' } })
    expect(open('#/guide/officer/send')).toMatchObject({
      id: 'guide',
      params: { role: 'officer', section: 'send' },
    })
    expect(open('#/guide/officer/send/extra').id).toBe('guide')
    expect(routeFromPathname('/guide/evaluator')).toBe('guide')
  })

  it('keeps an assessment id with a broken escape as it is', () => {
    expect(open('#/evaluator/a/%E0%A4%A/units').params['assessmentId']).toBe('%E0%A4%A')
  })
})

describe('path builders', () => {
  it('write the same hashes the app wrote before the router', () => {
    expect(
      ['home', 'unit', 'evaluator', 'manager', 'frameworks', 'settings'].map(
        (route) => `#${pathForRoute(route as never)}`,
      ),
    ).toEqual(['#/', '#/unit', '#/evaluator', '#/manager', '#/frameworks', '#/settings'])
    expect(`#${unitPath({ view: 'submission', id: 'SNV|x|2026.1|2026|r1' })}`).toBe(
      '#/unit/submission/SNV%7Cx%7C2026.1%7C2026%7Cr1',
    )
    expect(`#${unitPath({ view: 'home' })}`).toBe('#/unit')
    expect(`#${evaluatorPath({ view: 'list' })}`).toBe('#/evaluator')
    expect(`#${evaluatorPath({ view: 'new' })}`).toBe('#/evaluator/new')
    expect(`#${evaluatorPath({ view: 'assessment', id: 'x|2026', tab: 'results' })}`).toBe(
      '#/evaluator/a/x%7C2026/results',
    )
    expect(`#${evaluatorPath({ view: 'unit', id: 'x', unit: 'SƠ' })}`).toBe('#/evaluator/a/x/unit/S%C6%A0')
    expect(`#${managerPath({ view: 'all' })}`).toBe('#/manager/all')
    expect(`#${managerPath({ view: 'unit', unitCode: null })}`).toBe('#/manager/unit')
    expect(`#${managerPath({ view: 'unit', unitCode: 'Q-Hà' })}`).toBe('#/manager/unit/Q-H%C3%A0')
  })

  it('names the mode of any path, unknown ones as home', () => {
    expect(routeFromPathname('/evaluator/a/x/results')).toBe('evaluator')
    expect(routeFromPathname('/settings')).toBe('settings')
    expect(routeFromPathname('/crash')).toBe('home')
    expect(routeFromPathname('/')).toBe('home')
  })
})

import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'

/** Every route of the app, named; `appRoutes.tsx` gives each its element. */
export type RouteId =
  | 'shell'
  | 'home'
  | 'home-fallback'
  | 'unit'
  | 'unit-home'
  | 'unit-home-fallback'
  | 'unit-submission'
  | 'evaluator'
  | 'evaluator-list'
  | 'evaluator-list-fallback'
  | 'evaluator-new'
  | 'assessment'
  | 'assessment-first-tab'
  | 'assessment-tab'
  | 'assessment-unit'
  | 'manager'
  | 'manager-all'
  | 'manager-all-fallback'
  | 'manager-unit'
  | 'frameworks'
  | 'settings'
  | 'guide'

type RouteShape = {
  readonly id: RouteId
  readonly path?: string
  readonly index?: true
  readonly children?: readonly RouteShape[]
}

/**
 * The paths of the hash router, kept apart from the screens so a unit test can match URLs against
 * them. Every hash the app ever wrote still opens the same screen: unknown sub-paths fall back to
 * the mode's first screen (`*`), and trailing segments after a known screen are ignored (`/*`).
 */
export const ROUTE_TREE: readonly RouteShape[] = [
  {
    id: 'shell',
    path: '/',
    children: [
      { id: 'home', index: true },
      {
        id: 'unit',
        path: 'unit',
        children: [
          { id: 'unit-home', index: true },
          { id: 'unit-submission', path: 'submission/:submissionId/*' },
          { id: 'unit-home-fallback', path: '*' },
        ],
      },
      {
        id: 'evaluator',
        path: 'evaluator',
        children: [
          { id: 'evaluator-list', index: true },
          { id: 'evaluator-new', path: 'new/*' },
          {
            id: 'assessment',
            path: 'a/:assessmentId',
            children: [
              { id: 'assessment-first-tab', index: true },
              { id: 'assessment-unit', path: 'unit/:unitCode/*' },
              { id: 'assessment-tab', path: ':tab/*' },
            ],
          },
          { id: 'evaluator-list-fallback', path: '*' },
        ],
      },
      {
        id: 'manager',
        path: 'manager',
        children: [
          { id: 'manager-all', index: true },
          { id: 'manager-unit', path: 'unit/:unitCode?/*' },
          { id: 'manager-all-fallback', path: '*' },
        ],
      },
      { id: 'frameworks', path: 'frameworks/*' },
      { id: 'settings', path: 'settings/*' },
      { id: 'guide', path: 'guide/:role?/:section?/*' },
      { id: 'home-fallback', path: '*' },
    ],
  },
]

/** The route tree as react-router route objects, with the element (and error element) each id gets. */
export function toRouteObjects(
  tree: readonly RouteShape[],
  elementFor: (id: RouteId) => ReactNode,
  errorElementFor: (id: RouteId) => ReactNode = () => undefined,
): RouteObject[] {
  return tree.map((shape): RouteObject => {
    const errorElement = errorElementFor(shape.id)
    const common = {
      id: shape.id,
      element: elementFor(shape.id),
      ...(errorElement !== undefined && { errorElement }),
    }
    if (shape.index === true) return { ...common, index: true }
    return {
      ...common,
      ...(shape.path !== undefined && { path: shape.path }),
      ...(shape.children !== undefined && {
        children: toRouteObjects(shape.children, elementFor, errorElementFor),
      }),
    }
  })
}

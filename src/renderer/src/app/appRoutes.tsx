import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import { AssessmentTabsRoute } from '../features/evaluator/AssessmentTabsRoute'
import { AssessmentUnitRoute } from '../features/evaluator/AssessmentUnitRoute'
import { AssessmentWorkspaceScreen } from '../features/evaluator/AssessmentWorkspaceScreen'
import { EvaluatorListRoute } from '../features/evaluator/EvaluatorListRoute'
import { EvaluatorModePage } from '../features/evaluator/EvaluatorModePage'
import { NewAssessmentForm } from '../features/evaluator/NewAssessmentForm'
import { FrameworkLibraryPage } from '../features/frameworks/FrameworkLibraryPage'
import { GuidePage } from '../features/guide/GuidePage'
import { HomePage } from '../features/home/HomePage'
import { ManagerModePage } from '../features/manager/ManagerModePage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { SubmissionRoute } from '../features/unit/SubmissionRoute'
import { UnitHomeRoute } from '../features/unit/UnitHomeRoute'
import { UnitModePage } from '../features/unit/UnitModePage'
import { RethrowRouteError } from './RethrowRouteError'
import { ROUTE_TREE, toRouteObjects, type RouteId } from './routeTree'
import { ShellLayout } from './ShellLayout'

// Layout routes (unit, evaluator, assessment, manager) stay mounted while their children change,
// so an assessment is loaded once for all its tabs and the manager keeps the years chosen.
const ELEMENTS: Readonly<Record<RouteId, ReactNode>> = {
  shell: <ShellLayout />,
  home: <HomePage />,
  'home-fallback': <HomePage />,
  unit: <UnitModePage />,
  'unit-home': <UnitHomeRoute />,
  'unit-home-fallback': <UnitHomeRoute />,
  'unit-submission': <SubmissionRoute />,
  evaluator: <EvaluatorModePage />,
  'evaluator-list': <EvaluatorListRoute />,
  'evaluator-list-fallback': <EvaluatorListRoute />,
  'evaluator-new': <NewAssessmentForm />,
  assessment: <AssessmentWorkspaceScreen />,
  'assessment-first-tab': <AssessmentTabsRoute />,
  'assessment-tab': <AssessmentTabsRoute />,
  'assessment-unit': <AssessmentUnitRoute />,
  manager: <ManagerModePage />,
  // The manager's views are read by ManagerWorkspace (useManagerView); they render nothing themselves.
  'manager-all': null,
  'manager-all-fallback': null,
  'manager-unit': null,
  frameworks: <FrameworkLibraryPage />,
  settings: <SettingsPage />,
  guide: <GuidePage />,
}

/** The app's routes for `createHashRouter`. */
export const appRoutes: RouteObject[] = toRouteObjects(
  ROUTE_TREE,
  (id) => ELEMENTS[id],
  (id) => (id === 'shell' ? <RethrowRouteError /> : undefined),
)

import { BulkImportPanel } from '../import-export/BulkImportPanel'
import { AssessmentList } from './AssessmentList'

/** `#/evaluator`: the assessments and the bulk import of received workbooks. */
export function EvaluatorListRoute() {
  return (
    <>
      <AssessmentList />
      <BulkImportPanel />
    </>
  )
}

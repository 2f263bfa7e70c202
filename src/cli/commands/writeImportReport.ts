import { writeFile } from 'node:fs/promises'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { ReceivedSubmission } from '@core/import/receivedSubmission'
import { writeResultsReport } from '@core/formats/results-report/writeResultsReport'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import type { CliContext } from '../cliContext'

/**
 * `ictwb import … --out results.xlsx`: the results report of the versions in force after the
 * import (one per unit, for the framework version and year imported), scored with the framework's
 * method — the same workbook as the app's report and `ictwb report`, marked provisional (nothing
 * was appraised). Versions whose answers are not kept (loaded from a `--state` file) are left out.
 * Returns the exit code: 0 written, 1 when nothing could be scored or written.
 */
export async function writeImportReport(
  submissions: readonly ReceivedSubmission[],
  framework: ValidFramework,
  year: number,
  out: string,
  context: CliContext,
): Promise<number> {
  const units: UnitAnswers[] = submissions
    .filter(
      (row) =>
        row.status === 'current' &&
        row.frameworkId === framework.id &&
        row.frameworkVersion === framework.version &&
        row.year === year &&
        row.content?.answers !== undefined,
    )
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode))
    .map((row) => ({ code: row.unitCode, name: row.unitName, group: '', answers: row.content.answers }))
  const result = computeAssessment(framework, units)
  const report = await writeResultsReport({
    framework,
    result,
    units,
    year,
    appraisals: [],
    previous: null,
    status: 'provisional',
    generatedAt: new Date().toISOString(),
    appVersion: context.version,
  })
  if (!report.ok) {
    for (const issue of report.error) context.io.error(context.describeIssue(issue))
    return 1
  }
  try {
    await writeFile(out, report.value)
  } catch (error) {
    context.io.error(context.say('unreadableFile', { file: out, reason: (error as Error).message }))
    return 1
  }
  context.io.out(context.say('scored', { count: result.units.length }))
  context.io.out(context.say('written', { file: out }))
  return 0
}

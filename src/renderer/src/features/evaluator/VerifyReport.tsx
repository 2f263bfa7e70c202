import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Result } from '@core/result'
import type {
  ReportDifference,
  ShownValue,
  VerifyOutcome,
  VerifyProblem,
} from '@core/formats/results-report/verifyResultsReport'
import type { DesktopError, PickedFile } from '../../../../shared/ipc/contract'
import { describeIssue } from '../../i18n/describeIssue'
import { formatDateTime, formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { useLanguage } from '../../i18n/useLanguage'
import { droppedFiles } from '../../platform/droppedFiles'
import { getPlatform } from '../../platform/getPlatform'
import { DropZone } from '../../ui/DropZone'

/** The most differences listed on screen; `ictwb verify` prints them all. */
const MAX_SHOWN = 200

type VerifyState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly file: string }
  | { readonly status: 'done'; readonly file: string; readonly outcome: VerifyOutcome }
  | { readonly status: 'problem'; readonly file: string; readonly problem: VerifyProblem }

/**
 * "Kiểm tra một báo cáo": picks or takes a dropped results report, recomputes it from its
 * embedded manifest (`verifyResultsReportFile`) and shows KHỚP or every differing cell.
 */
export function VerifyReport() {
  const { t } = useTranslation()
  const language = useLanguage()
  const [state, setState] = useState<VerifyState>({ status: 'idle' })

  const choose = async (
    source: Promise<Result<readonly PickedFile[] | null, DesktopError>> = getPlatform().openFiles({
      purpose: 'results',
      multiple: false,
    }),
  ) => {
    const picked = await source
    if (!picked.ok || picked.value === null) return
    const file = picked.value[0]
    if (file === undefined) return
    setState({ status: 'working', file: file.fileName })
    // let the "checking…" line paint before the synchronous recomputation
    await new Promise((resolve) => setTimeout(resolve, 0))
    const { verifyResultsReportFile } = await import('@core/formats/results-report/verifyResultsReport')
    const verdict = await verifyResultsReportFile(file.bytes)
    setState(
      verdict.ok
        ? { status: 'done', file: file.fileName, outcome: verdict.value }
        : { status: 'problem', file: file.fileName, problem: verdict.error },
    )
  }

  return (
    <section className="verify-report" aria-labelledby="verify-report-heading" data-testid="verify-report">
      <h4 id="verify-report-heading">{t('evaluator.report.verify.heading')}</h4>
      <p className="help">{t('evaluator.report.verify.lead')}</p>
      <DropZone
        purpose="results"
        testId="verify-report-drop-zone"
        hint={t('evaluator.report.verify.hint')}
        disabled={state.status === 'working'}
        onDropTransfer={(transfer) => void choose(droppedFiles(transfer, 'results'))}
      >
        <button
          type="button"
          className="button"
          onClick={() => void choose()}
          disabled={state.status === 'working'}
        >
          {t('evaluator.report.verify.choose')}
        </button>
      </DropZone>
      <div role="status" className="status-line">
        {state.status === 'working' && t('evaluator.report.verify.working', { file: state.file })}
      </div>
      {state.status === 'problem' && <ProblemView t={t} file={state.file} problem={state.problem} />}
      {state.status === 'done' && (
        <VerdictView t={t} language={language} file={state.file} outcome={state.outcome} />
      )}
    </section>
  )
}

function ProblemView({
  t,
  file,
  problem,
}: {
  readonly t: TFunction
  readonly file: string
  readonly problem: VerifyProblem
}) {
  return (
    <div role="alert" className="issue-list verify-problem">
      {problem.code === 'not-a-results-report' ? (
        <p>{t('evaluator.report.verify.notAReport', { file })}</p>
      ) : (
        <>
          <p>{t('evaluator.report.verify.unreadable', { file })}</p>
          <ul>
            {problem.issues.slice(0, 5).map((issue, index) => (
              <li key={index}>{describeIssue(t, issue)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function VerdictView({
  t,
  language,
  file,
  outcome,
}: {
  readonly t: TFunction
  readonly language: Language
  readonly file: string
  readonly outcome: VerifyOutcome
}) {
  const { report, differences } = outcome
  const about =
    report === null ? null : (
      <>
        {report.resultsVersion !== null && (
          <p>{t('evaluator.report.verify.version', { version: report.resultsVersion })}</p>
        )}
        {report.publishedAt !== null && (
          <p>
            {t('evaluator.report.verify.publishedBy', {
              at: formatDateTime(report.publishedAt, language),
              by:
                report.operator === null
                  ? ''
                  : t('evaluator.report.verify.operator', { name: report.operator.name }),
            })}
          </p>
        )}
      </>
    )
  if (differences.length === 0 && report !== null)
    return (
      <div className="verify-verdict verify-match" data-testid="verify-verdict">
        <p className="verify-word">{t('evaluator.report.verify.match')}</p>
        <p>
          {t('evaluator.report.verify.matchDetail', {
            file,
            framework: report.frameworkName,
            year: report.year,
            count: report.units,
            status: t(
              report.status === 'official'
                ? 'evaluator.report.verify.statusOfficial'
                : 'evaluator.report.verify.statusProvisional',
            ),
            generated: formatDateTime(report.generatedAt, language),
          })}
        </p>
        {about}
      </div>
    )
  const cells = differences.filter((difference) => difference.kind === 'cell')
  const others = differences.filter((difference) => difference.kind !== 'cell')
  const value = (shown: ShownValue) =>
    shown === null
      ? t('evaluator.report.verify.empty')
      : typeof shown === 'number'
        ? formatNumber(shown, language, 12)
        : String(shown)
  return (
    <div className="verify-verdict verify-mismatch" role="alert" data-testid="verify-verdict">
      <p className="verify-word">{t('evaluator.report.verify.mismatch')}</p>
      <p>{t('evaluator.report.verify.mismatchDetail', { file, count: differences.length })}</p>
      {others.length > 0 && (
        <ul>
          {others.map((difference, index) => (
            <li key={index}>{describeDifference(t, difference)}</li>
          ))}
        </ul>
      )}
      {cells.length > 0 && (
        <table className="data-table verify-differences">
          <thead>
            <tr>
              <th scope="col">{t('evaluator.report.verify.columns.sheet')}</th>
              <th scope="col">{t('evaluator.report.verify.columns.cell')}</th>
              <th scope="col">{t('evaluator.report.verify.columns.expected')}</th>
              <th scope="col">{t('evaluator.report.verify.columns.found')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.slice(0, MAX_SHOWN).map((difference, index) => (
              <tr key={index}>
                <td>{difference.sheet}</td>
                <td>{difference.cell}</td>
                <td>{value(difference.expected)}</td>
                <td>{value(difference.found)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cells.length > MAX_SHOWN && (
        <p className="help">{t('evaluator.report.verify.more', { count: cells.length - MAX_SHOWN })}</p>
      )}
      {about}
    </div>
  )
}

function describeDifference(
  t: TFunction,
  difference: Exclude<ReportDifference, { readonly kind: 'cell' }>,
): string {
  switch (difference.kind) {
    case 'sheet-missing':
      return t('evaluator.report.verify.sheetMissing', { sheet: difference.sheet })
    case 'digest':
      return t('evaluator.report.verify.digest', {
        digest: t(`evaluator.report.verify.digestName.${difference.digest}`),
        sheet: difference.sheet,
        cell: difference.cell,
        expected: difference.expected,
        found: difference.found,
      })
    case 'engine-version':
      return t('evaluator.report.verify.engine', { expected: difference.expected, found: difference.found })
    case 'manifest-damaged':
      return t('evaluator.report.verify.damaged', {
        sheet: difference.sheet,
        cell: difference.cell,
        reason: t(`evaluator.report.verify.damage.${difference.reason}`),
      })
  }
}

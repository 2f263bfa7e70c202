import { useMemo, useState } from 'react'
import type { AssessmentUnit } from '@core/assessment/assessment'
import { parseUnitList, unitListRows } from '@core/assessment/parseUnitList'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Result } from '@core/result'
import type { DesktopError, PickedFile } from '../../../../shared/ipc/contract'
import { unitsAfterLineage, type UnitListChange } from '@core/comparison/unitsAfterLineage'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { createUnitLineageRepository } from '@core/storage/unitLineageRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { getPlatform } from '../../platform/getPlatform'
import type { LibraryEntry } from '../frameworks/useFrameworkLibrary'
import { readUnitListFile, type UnitListFileIssue } from './readUnitListFile'

type FileState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'read'; readonly fileName: string; readonly count: number }
  | { readonly kind: 'failed'; readonly fileName: string; readonly issues: readonly UnitListFileIssue[] }

/** What "propose from last year" did: the year it started from, the units it found and what the lineage changed. */
export type UnitProposal =
  | { readonly kind: 'none'; readonly year: number }
  | {
      readonly kind: 'proposed'
      readonly fromYear: number
      readonly fromCount: number
      readonly count: number
      readonly changes: readonly UnitListChange[]
    }

/**
 * The new-assessment form: the framework, the year and the units, typed in (one per line) or read
 * from a CSV/Excel list into the same text so they can still be edited.
 */
export function useNewAssessment(open: (entry: LibraryEntry) => Promise<ValidFramework | null>) {
  const database = useDatabase()
  const [unitsText, setUnitsText] = useState('')
  const [file, setFile] = useState<FileState>({ kind: 'idle' })
  const [failure, setFailure] = useState<
    ({ readonly code: string } & Readonly<Record<string, unknown>>) | null
  >(null)
  const [isCreating, setCreating] = useState(false)
  const [proposal, setProposal] = useState<UnitProposal | null>(null)
  const parsed: Result<AssessmentUnit[], readonly UnitListFileIssue[]> | null = useMemo(
    () => (unitsText.trim() === '' ? null : parseUnitList(unitListRows(unitsText))),
    [unitsText],
  )

  // `source`: the file chooser by default, or the files of a drop (droppedFiles).
  const importFile = async (
    source: Promise<Result<readonly PickedFile[] | null, DesktopError>> = getPlatform().openFiles({
      purpose: 'unit-list',
      multiple: false,
    }),
  ) => {
    const picked = await source
    if (!picked.ok) return setFile({ kind: 'failed', fileName: '', issues: [picked.error] })
    const chosen = picked.value?.[0]
    if (chosen === undefined) return
    setFile({ kind: 'reading', fileName: chosen.fileName })
    const read = await readUnitListFile(chosen.fileName, chosen.bytes)
    if (!read.ok) return setFile({ kind: 'failed', fileName: chosen.fileName, issues: read.error })
    setUnitsText(read.value.map((unit) => [unit.code, unit.name, unit.group].join('\t')).join('\n'))
    setFile({ kind: 'read', fileName: chosen.fileName, count: read.value.length })
  }

  /**
   * Last year's unit list of the same framework (the latest earlier assessment), carried through the
   * workspace's unit lineage into `year` (merged, split, renamed, dissolved units), into the text.
   */
  const proposeFromLastYear = async (entry: LibraryEntry | undefined, year: number) => {
    if (entry === undefined) return
    const earlier = (await createAssessmentRepository(database).list())
      .filter((assessment) => assessment.frameworkId === entry.id && assessment.year < year)
      .sort((a, b) => b.year - a.year)[0]
    if (earlier === undefined) return setProposal({ kind: 'none', year })
    const lineage = await createUnitLineageRepository(database).current()
    const carried = unitsAfterLineage(earlier.units, lineage, earlier.year, year)
    setUnitsText(carried.units.map((unit) => [unit.code, unit.name, unit.group].join('\t')).join('\n'))
    setFile({ kind: 'idle' })
    setProposal({
      kind: 'proposed',
      fromYear: earlier.year,
      fromCount: earlier.units.length,
      count: carried.units.length,
      changes: carried.changes,
    })
  }

  const create = async (entry: LibraryEntry | undefined, year: number): Promise<string | null> => {
    setFailure(null)
    if (entry === undefined || parsed === null || !parsed.ok) return null
    setCreating(true)
    try {
      const framework = await open(entry)
      if (framework === null) {
        setFailure({ code: 'framework-invalid' })
        return null
      }
      const created = await createAssessmentRepository(database).create(framework, year, parsed.value)
      if (!created.ok) {
        setFailure(created.error)
        return null
      }
      return created.value.id
    } finally {
      setCreating(false)
    }
  }

  return {
    unitsText,
    setUnitsText,
    parsed,
    file,
    importFile,
    proposeFromLastYear,
    proposal,
    create,
    failure,
    isCreating,
  }
}

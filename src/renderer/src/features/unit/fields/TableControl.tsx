import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Question, TableColumn } from '@core/framework/framework'
import type { TableCell, TableRow } from '@core/responses/answer'
import { sanitizeText, DEFAULT_TEXT_MAX_LENGTH } from '@core/responses/sanitizeText'
import { cellEntryKey, type SubmissionContent } from '@core/responses/submission'
import { addTableRow, moveTableRow, removeTableRow, setTableCell } from '@core/responses/tableRows'
import { useLanguage } from '../../../i18n/useLanguage'
import { localized } from '../../../i18n/localized'
import type { ControlProps } from './fieldProps'
import { controlId } from './fieldProps'
import { DateInput } from '../../../ui/DateInput'
import { NumberInput } from './NumberInput'

type TableQuestion = Extract<Question, { type: 'table' }>

type TableControlProps = ControlProps<TableQuestion> & {
  /** Unreadable cell entries of this table, by entry key. */
  readonly entries: Readonly<Record<string, string>>
  /** Cells with a problem, as `row:column`. */
  readonly invalidCells: ReadonlySet<string>
  readonly questionText: string
}

/** A repeating table: a row per item, typed cells, rows added, removed and moved up or down. */
export function TableControl({
  question,
  value,
  entries,
  invalidCells,
  questionText,
  readOnly,
  labelId,
  describedBy,
  onEdit,
}: TableControlProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const rows: readonly TableRow[] = Array.isArray(value) ? (value as readonly TableRow[]) : []
  const content: SubmissionContent = { answers: { [question.code]: rows }, comments: {}, entries }
  // After "add a row", its first cell gets the focus once the row is rendered.
  const focusAfter = useRef<string | null>(null)
  useEffect(() => {
    if (focusAfter.current === null) return
    document.getElementById(focusAfter.current)?.focus()
    focusAfter.current = null
  }, [rows.length])
  const full = question.maxRows !== undefined && rows.length >= question.maxRows
  const firstColumn = question.columns[0]?.code ?? ''
  const cellName = (column: TableColumn, row: number) =>
    t('unit.table.cellLabel', {
      code: question.code,
      question: questionText,
      column: localized(column.text, language),
      row: row + 1,
    })

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className="table-control">
      {rows.length === 0 ? (
        <p className="muted">{t('unit.table.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="answer-table">
            <thead>
              <tr>
                <th scope="col">{t('unit.table.rowNumber')}</th>
                {question.columns.map((column) => (
                  <th key={column.code} scope="col">
                    {localized(column.text, language)}
                    {column.required && (
                      <span className="required-mark" aria-hidden="true">
                        {' '}
                        *
                      </span>
                    )}
                  </th>
                ))}
                {!readOnly && <th scope="col">{t('unit.table.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{index + 1}</th>
                  {question.columns.map((column) => (
                    <td key={column.code}>
                      <CellControl
                        id={controlId(question.code, index, column.code)}
                        column={column}
                        cell={row[column.code] ?? null}
                        entry={entries[cellEntryKey(question.code, index, column.code)]}
                        label={cellName(column, index)}
                        readOnly={readOnly}
                        invalid={invalidCells.has(`${index}:${column.code}`)}
                        onCell={(cell, entry) => {
                          const patch = setTableCell(content, question.code, index, column.code, cell)
                          const key = cellEntryKey(question.code, index, column.code)
                          onEdit(
                            entry === null
                              ? patch
                              : { ...patch, entries: { ...patch.entries, [key]: entry } },
                          )
                        }}
                      />
                    </td>
                  ))}
                  {!readOnly && (
                    <td className="row-actions">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('unit.table.moveUp', { row: index + 1 })}
                        disabled={index === 0}
                        onClick={() => onEdit(moveTableRow(content, question.code, index, -1))}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('unit.table.moveDown', { row: index + 1 })}
                        disabled={index === rows.length - 1}
                        onClick={() => onEdit(moveTableRow(content, question.code, index, 1))}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="icon-button danger"
                        aria-label={t('unit.table.remove', { row: index + 1 })}
                        onClick={() => onEdit(removeTableRow(content, question.code, index))}
                      >
                        ✕
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button"
          id={rows.length === 0 ? controlId(question.code) : undefined}
          disabled={full}
          aria-label={t('unit.table.addFor', { code: question.code, question: questionText })}
          onClick={() => {
            onEdit(addTableRow(content, question.code))
            focusAfter.current = controlId(question.code, rows.length, firstColumn)
          }}
        >
          {t('unit.table.add')}
        </button>
      )}
      {full && <p className="muted">{t('unit.table.full', { maxRows: question.maxRows ?? 0 })}</p>}
    </div>
  )
}

type CellControlProps = {
  readonly id: string
  readonly column: TableColumn
  readonly cell: TableCell
  readonly entry: string | undefined
  readonly label: string
  readonly readOnly: boolean
  readonly invalid: boolean
  readonly onCell: (cell: TableCell, entry: string | null) => void
}

function CellControl({ id, column, cell, entry, label, readOnly, invalid, onCell }: CellControlProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const common = { id, 'aria-label': label, 'aria-invalid': invalid || undefined }
  switch (column.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return (
        <NumberInput
          id={id}
          code={column.code}
          label={label}
          value={typeof cell === 'number' ? cell : null}
          entry={entry}
          readOnly={readOnly}
          invalid={invalid}
          percent={column.type === 'percent'}
          onEntry={(reading) => onCell(reading.value, reading.entry)}
        />
      )
    case 'yes-no':
      return (
        <select
          {...common}
          disabled={readOnly}
          value={cell === true ? 'yes' : cell === false ? 'no' : ''}
          onChange={(event) => onCell(event.target.value === '' ? null : event.target.value === 'yes', null)}
        >
          <option value="">{t('unit.question.choose')}</option>
          <option value="yes">{t('unit.question.yes')}</option>
          <option value="no">{t('unit.question.no')}</option>
        </select>
      )
    case 'single-choice':
      return (
        <select
          {...common}
          disabled={readOnly}
          value={typeof cell === 'string' ? cell : ''}
          onChange={(event) => onCell(event.target.value === '' ? null : event.target.value, null)}
        >
          <option value="">{t('unit.question.choose')}</option>
          {column.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {localized(choice.label, language)}
            </option>
          ))}
        </select>
      )
    case 'text': {
      const maxLength = column.maxLength ?? DEFAULT_TEXT_MAX_LENGTH
      return (
        <input
          {...common}
          type="text"
          readOnly={readOnly}
          maxLength={maxLength}
          value={typeof cell === 'string' ? cell : ''}
          onChange={(event) => {
            const clean = sanitizeText(event.target.value, { maxLength, multiline: false })
            onCell(clean === '' ? null : clean, null)
          }}
          onBlur={() => {
            if (typeof cell === 'string' && cell !== cell.trim())
              onCell(cell.trim() === '' ? null : cell.trim(), null)
          }}
        />
      )
    }
    case 'date':
      return (
        <DateInput
          id={id}
          aria-label={label}
          invalid={invalid}
          readOnly={readOnly}
          value={typeof cell === 'string' ? cell : null}
          onValue={(iso) => onCell(iso, null)}
        />
      )
  }
}

import type { ReactNode } from 'react'

type ManagerTableProps = {
  readonly caption: string
  readonly headers: readonly string[]
  readonly rows: readonly (readonly ReactNode[])[]
  /** Columns (by index) whose cells are numbers: right-aligned, tabular figures. */
  readonly numeric?: readonly number[]
  readonly className?: string
  readonly captionHidden?: boolean
}

/** A plain data table with a caption (the accessible alternative of each chart, and the manager's tables). */
export function ManagerTable({
  caption,
  headers,
  rows,
  numeric = [],
  className,
  captionHidden = false,
}: ManagerTableProps) {
  return (
    <div className="manager-table-scroll">
      <table className={`manager-table ${className ?? ''}`}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className={numeric.includes(index) ? 'manager-numeric' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th
                    key={index}
                    scope="row"
                    className={numeric.includes(index) ? 'manager-numeric' : undefined}
                  >
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={numeric.includes(index) ? 'manager-numeric' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import { useTranslatedMessage } from '../i18n/useTranslatedMessage'
import { useRef, useState, type DragEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { FILE_LIMITS, type FilePurpose } from '../../../shared/ipc/contract'
import { dropRefusal, type DroppedEntry } from './dropRefusal'

type DropZoneProps = {
  /** What the files are for: decides the kinds accepted (FILE_LIMITS) and how the platform reads them. */
  readonly purpose: FilePurpose
  readonly multiple?: boolean
  /** Whether dropped folders are read (the bulk import); otherwise a folder is refused. */
  readonly folders?: boolean
  readonly disabled?: boolean
  /**
   * Called inside the drop handler once the drop holds only accepted kinds; read it at once
   * (`droppedFiles(transfer, purpose)`): the browser empties the transfer afterwards.
   */
  readonly onDropTransfer: (transfer: DataTransfer) => void
  readonly className?: string
  readonly testId?: string
  /** The zone's own hint; by default "…or drop a file (.json, .xlsx) here". */
  readonly hint?: string
  /** The zone's buttons (the keyboard way in: choosing a file works as before). */
  readonly children: ReactNode
}

/** What a drop holds, before anything is read: names, and which are folders. */
function droppedEntries(transfer: DataTransfer): DroppedEntry[] {
  const items = Array.from(transfer.items).filter((item) => item.kind === 'file')
  if (items.length === 0)
    return Array.from(transfer.files).map((file) => ({ name: file.name, isFolder: false }))
  return items.map((item) => {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null
    return { name: entry?.name ?? item.getAsFile()?.name ?? '', isFolder: entry?.isDirectory === true }
  })
}

const carriesFiles = (event: DragEvent<HTMLElement>) => Array.from(event.dataTransfer.types).includes('Files')

/**
 * The one drop target for file inputs: highlighted (class `drop-zone-active`) while files are
 * dragged over it (enter/leave counted, so moving over its children does not flicker), taking
 * only the kinds its input takes, with a translated error for anything else. Its buttons stay
 * the keyboard way to choose files.
 */
export function DropZone({
  purpose,
  multiple = false,
  folders = false,
  disabled = false,
  onDropTransfer,
  className,
  testId,
  hint,
  children,
}: DropZoneProps) {
  const { t } = useTranslation()
  const depth = useRef(0)
  const [active, setActive] = useState(false)
  const [error, setError] = useTranslatedMessage()
  const extensions = FILE_LIMITS[purpose].extensions
  const kinds = extensions.map((extension) => `.${extension}`).join(', ')

  const leaveAll = () => {
    depth.current = 0
    setActive(false)
  }

  return (
    <div
      className={['drop-zone', className, active ? 'drop-zone-active' : ''].filter(Boolean).join(' ')}
      data-testid={testId}
      aria-disabled={disabled || undefined}
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        depth.current += 1
        if (!disabled) setActive(true)
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy'
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1)
        if (depth.current === 0) setActive(false)
      }}
      onDrop={(event) => {
        event.preventDefault()
        leaveAll()
        if (disabled) return
        const refusal = dropRefusal(droppedEntries(event.dataTransfer), { extensions, multiple, folders })
        if (refusal !== null) {
          setError((say) =>
            refusal.code === 'wrong-kind'
              ? say('dropZone.errors.wrongKind', { fileNames: refusal.fileNames.join(', '), kinds })
              : say(`dropZone.errors.${refusal.code === 'one-file-only' ? 'oneFileOnly' : 'nothingDropped'}`),
          )
          return
        }
        setError(null)
        onDropTransfer(event.dataTransfer)
      }}
    >
      {children}
      <span className="drop-zone-hint help">
        {hint ?? t(multiple ? 'dropZone.hintMany' : 'dropZone.hintOne', { kinds })}
      </span>
      {error !== null && (
        <p role="alert" className="drop-zone-error">
          {error}
        </p>
      )}
    </div>
  )
}

import { readFrameworkFile } from '@core/formats/framework-file/readFrameworkFile'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok } from '@core/result'
import type { FileKind } from './fileKind'
import type { InspectedFile } from './inspectedFile'
import type { InspectInput, Inspection } from './fileInspector'

/**
 * A framework file, JSON (`kind` `framework`) or authoring workbook (`authoring-workbook`), read
 * and validated by `readFrameworkFile` (the import screen's and `ictwb framework check`'s reader):
 * any issue makes it unreadable. Items are the framework's questions; such files carry no hash.
 *
 * @example
 *   const about = await inspectFrameworkFile({ fileName: 'dept.json', bytes, frameworks: [] }, 'framework')
 */
export async function inspectFrameworkFile(input: InspectInput, kind: FileKind): Inspection {
  const extension = kind === 'framework' ? 'json' : 'xlsx'
  // The reader goes by the extension; the kind was recognised from the content.
  const read = await readFrameworkFile(`inspected.${extension}`, input.bytes, { year: 0 })
  if (!read.ok) return err({ code: 'unreadable', kind, issues: read.error })
  return ok(describeFramework(read.value, kind))
}

function describeFramework(framework: ValidFramework, kind: FileKind): InspectedFile {
  return {
    kind,
    formatVersion: framework.formatVersion,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: framework.year,
    scope: null,
    items: framework.questions.length,
    itemUnit: 'questions',
    hash: 'none',
    details: { indicators: framework.indicators.length, components: framework.components.length },
  }
}

import type { Framework } from '@core/framework/framework'

/**
 * The canonical JSON text of a framework: two-space indented, keys in schema order (as
 * `parseFramework` returns them), a final newline. Parsing it gives the same framework back.
 *
 * @example
 *   loadFramework(JSON.parse(serialiseFramework(framework))) // => ok(framework)
 */
export function serialiseFramework(framework: Framework): string {
  return `${JSON.stringify(framework, null, 2)}\n`
}

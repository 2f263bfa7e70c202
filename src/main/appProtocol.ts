import { err, ok, type Result } from '@core/result'

/**
 * The renderer is served from `app://workbench/` in the desktop app (decision 0001): one stable,
 * secure origin for IndexedDB, independent of the install folder, and never `file://`.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'workbench'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

export type AppRequestError =
  | { readonly code: 'foreign-origin'; readonly url: string }
  | { readonly code: 'path-outside-root'; readonly url: string }
  | { readonly code: 'unsupported-file-type'; readonly url: string }

/**
 * Maps an `app://workbench/...` URL to a file under the renderer build folder, refusing anything
 * that would leave it (`..`, encoded separators, other hosts) or is not a web asset.
 *
 * @example
 *   resolveAppRequest('app://workbench/assets/index.js', '/opt/app/out/renderer')
 *   // => ok({ relativePath: 'assets/index.js', mimeType: 'text/javascript; charset=utf-8' })
 */
export function resolveAppRequest(
  url: string,
): Result<{ readonly relativePath: string; readonly mimeType: string }, AppRequestError> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return err({ code: 'foreign-origin', url })
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST)
    return err({ code: 'foreign-origin', url })
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return err({ code: 'path-outside-root', url })
  }
  const segments = pathname.split('/').filter((segment) => segment.length > 0)
  const unsafe = segments.some((segment) => segment === '..' || segment === '.' || /[\\:\0]/.test(segment))
  if (unsafe) return err({ code: 'path-outside-root', url })
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/')
  const extension = relativePath.slice(relativePath.lastIndexOf('.')).toLowerCase()
  const mimeType = MIME_TYPES[extension]
  if (mimeType === undefined) return err({ code: 'unsupported-file-type', url })
  return ok({ relativePath, mimeType })
}

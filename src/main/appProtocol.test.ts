import { describe, expect, it } from 'vitest'
import { resolveAppRequest } from './appProtocol'

describe('resolveAppRequest', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppRequest('app://workbench/')).toEqual({
      ok: true,
      value: { relativePath: 'index.html', mimeType: 'text/html; charset=utf-8' },
    })
  })

  it('maps an asset path with its MIME type', () => {
    expect(resolveAppRequest('app://workbench/assets/index-1.js')).toEqual({
      ok: true,
      value: { relativePath: 'assets/index-1.js', mimeType: 'text/javascript; charset=utf-8' },
    })
  })

  it.each([
    'app://workbench/assets/..%2f..%2fsecret.js',
    'app://workbench/C:%5Cwindows%5Cwin.ini',
    'app://workbench/%E0%A4%A',
  ])('refuses %s, which would leave the renderer folder', (url) => {
    const result = resolveAppRequest(url)

    expect(result.ok).toBe(false)
  })

  it.each([
    ['app://workbench/../main/index.js', 'main/index.js'],
    ['app://workbench/assets/%2e%2e/%2e%2e/secret.js', 'secret.js'],
  ])('resolves dot segments of %s inside the renderer folder', (url, inside) => {
    expect(resolveAppRequest(url)).toMatchObject({ ok: true, value: { relativePath: inside } })
  })

  it('refuses other hosts and schemes', () => {
    expect(resolveAppRequest('app://evil/index.html')).toEqual({
      ok: false,
      error: { code: 'foreign-origin', url: 'app://evil/index.html' },
    })
    expect(resolveAppRequest('file:///etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'foreign-origin' },
    })
  })

  it('refuses files that are not web assets', () => {
    expect(resolveAppRequest('app://workbench/package.exe')).toMatchObject({
      ok: false,
      error: { code: 'unsupported-file-type' },
    })
  })
})

import { describe, expect, it, vi } from 'vitest'
import {
  denyAllPermissions,
  installNavigationGuards,
  isTrustedRendererUrl,
  mainWindowOptions,
  type GuardedWebContents,
} from './window'

describe('mainWindowOptions', () => {
  it('sandboxes the page, isolates the context and keeps Node out of it', () => {
    const options = mainWindowOptions('/app/out/preload/index.js', false)

    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    })
  })

  it('enables no Blink feature and disables middle-click (auxclick) new windows', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/index.js', false)

    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(webPreferences.disableBlinkFeatures).toBe('Auxclick')
  })
})

describe('isTrustedRendererUrl', () => {
  it.each(['app://workbench/index.html', 'app://workbench/', 'app://workbench/assets/index-abc.js'])(
    'trusts the app page %s',
    (url) => {
      expect(isTrustedRendererUrl(url)).toBe(true)
    },
  )

  it.each([
    'https://example.org/',
    'file:///C:/Users/u/evil.html',
    'app://other/index.html',
    'http://127.0.0.1:4780/',
    'javascript:alert(1)',
    '',
    'not a url',
  ])('distrusts %s', (url) => {
    expect(isTrustedRendererUrl(url)).toBe(false)
  })

  it('distrusts a missing or absurdly long sender URL', () => {
    expect(isTrustedRendererUrl(undefined)).toBe(false)
    expect(isTrustedRendererUrl(`app://workbench/${'a'.repeat(10_000)}`)).toBe(false)
  })

  it('trusts the dev server only when one is configured', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })
})

function fakeWebContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>()
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
  const contents: GuardedWebContents = {
    setWindowOpenHandler: (handler) => {
      openHandler = handler
    },
    on: (event, listener) => listeners.set(event, listener),
  }
  const fire = (event: string, url: string) => {
    const preventDefault = vi.fn()
    listeners.get(event)?.({ preventDefault }, url)
    return preventDefault.mock.calls.length > 0
  }
  return { contents, fire, open: (url: string) => openHandler?.({ url }) }
}

describe('installNavigationGuards', () => {
  it('denies every new window', () => {
    const fake = fakeWebContents()

    installNavigationGuards(fake.contents)

    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' })
  })

  it('blocks navigation and redirects away from the app and allows moves within it', () => {
    const fake = fakeWebContents()

    installNavigationGuards(fake.contents)

    expect(fake.fire('will-navigate', 'https://example.org/')).toBe(true)
    expect(fake.fire('will-redirect', 'file:///etc/passwd')).toBe(true)
    expect(fake.fire('will-navigate', 'app://workbench/index.html#/settings')).toBe(false)
  })

  it.each([
    'app://workbench.evil.example/',
    'app://workbench@evil.example/',
    'https://workbench/',
    'app://WORKBENCH.attacker/',
  ])('compares origins, not prefixes: blocks %s', (url) => {
    const fake = fakeWebContents()

    installNavigationGuards(fake.contents)

    expect(fake.fire('will-navigate', url)).toBe(true)
  })

  it('refuses to attach webviews', () => {
    const fake = fakeWebContents()

    installNavigationGuards(fake.contents)

    expect(fake.fire('will-attach-webview', 'app://workbench/')).toBe(true)
  })
})

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    let requestHandler:
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler
      },
      setPermissionCheckHandler: (handler) => {
        checkHandler = handler
      },
    })
    const callback = vi.fn()

    requestHandler?.({}, 'media', callback)

    expect(callback).toHaveBeenCalledWith(false)
    expect(checkHandler?.()).toBe(false)
  })
})

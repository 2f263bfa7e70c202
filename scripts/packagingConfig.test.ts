// The packaging configuration and the fuses, asserted without packaging (SEC-10; the read-back
// from a packaged binary is a release-gate step, see docs/security-checklist.md).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const requireHere = createRequire(import.meta.url)
const root = resolve(__dirname, '..')
const config = parse(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
> & {
  files: string[]
  win: { target: { target: string }[]; icon: string }
  linux: { target: { target: string }[]; icon: string }
}
const { FUSES, fuseConfig, executablePath } = requireHere('./electronFuses.cjs') as {
  FUSES: Record<string, boolean>
  fuseConfig: (options: Record<string, number>, version: Record<string, string>) => Record<string, unknown>
  executablePath: (context: unknown) => string
}

describe('electron-builder.yml', () => {
  it('packs only the built main, preload and renderer into an asar archive', () => {
    expect(config['asar']).toBe(true)
    expect(config.files).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      '!**/*.map',
      'package.json',
    ])
    expect(config['asarUnpack']).toEqual([])
  })

  it('builds an NSIS installer and a portable exe for Windows and an AppImage for Linux, with the app icon', () => {
    expect(config.win.target.map((target) => target.target)).toEqual(['nsis', 'portable'])
    expect(config.linux.target.map((target) => target.target)).toEqual(['AppImage'])
    expect(readFileSync(resolve(root, config.win.icon)).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))
    expect(readFileSync(resolve(root, config.linux.icon)).subarray(1, 4).toString()).toBe('PNG')
  })

  it('is a configuration electron-builder itself accepts (its own schema validation)', async () => {
    const { validateConfiguration } = requireHere('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
    }
    const { DebugLogger } = requireHere('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

    await expect(
      validateConfiguration(structuredClone(config), new DebugLogger(false)),
    ).resolves.toBeUndefined()
    await expect(
      validateConfiguration({ ...structuredClone(config), notAnOption: 1 }, new DebugLogger(false)),
    ).rejects.toThrow()
  }, 60_000)

  it('flips the fuses in an afterPack hook that exists', () => {
    expect(config['afterPack']).toBe('scripts/afterPack.cjs')
    expect(typeof (requireHere('./afterPack.cjs') as { default: unknown }).default).toBe('function')
  })
})

describe('the fuses (reliability §1.2)', () => {
  it.each([
    ['RunAsNode', false],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
    ['GrantFileProtocolExtraPrivileges', false],
    ['EnableCookieEncryption', true],
  ])('sets %s to %s', (name, value) => {
    expect(FUSES[name]).toBe(value)
  })

  it('sets no other fuse', () => {
    expect(Object.keys(FUSES).sort()).toEqual(
      [
        'EnableCookieEncryption',
        'EnableEmbeddedAsarIntegrityValidation',
        'EnableNodeCliInspectArguments',
        'EnableNodeOptionsEnvironmentVariable',
        'GrantFileProtocolExtraPrivileges',
        'OnlyLoadAppFromAsar',
        'RunAsNode',
      ].sort(),
    )
  })

  it('maps every value onto the fuse numbers of the installed @electron/fuses', () => {
    const { FuseV1Options, FuseVersion } = requireHere('@electron/fuses') as {
      FuseV1Options: Record<string, number>
      FuseVersion: Record<string, string>
    }

    const flipped = fuseConfig(FuseV1Options, FuseVersion)

    expect(flipped).toEqual({
      version: FuseVersion['V1'],
      [FuseV1Options['RunAsNode'] as number]: false,
      [FuseV1Options['EnableCookieEncryption'] as number]: true,
      [FuseV1Options['EnableNodeOptionsEnvironmentVariable'] as number]: false,
      [FuseV1Options['EnableNodeCliInspectArguments'] as number]: false,
      [FuseV1Options['EnableEmbeddedAsarIntegrityValidation'] as number]: true,
      [FuseV1Options['OnlyLoadAppFromAsar'] as number]: true,
      [FuseV1Options['GrantFileProtocolExtraPrivileges'] as number]: false,
    })
  })

  it('finds the packaged executable on each platform', () => {
    const packager = {
      appInfo: { productFilename: 'ICT Index Workbench' },
      executableName: 'ict-index-workbench',
    }

    expect(executablePath({ appOutDir: 'dist/win-unpacked', electronPlatformName: 'win32', packager })).toBe(
      'dist/win-unpacked/ICT Index Workbench.exe',
    )
    expect(
      executablePath({ appOutDir: 'dist/linux-unpacked', electronPlatformName: 'linux', packager }),
    ).toBe('dist/linux-unpacked/ict-index-workbench')
  })
})

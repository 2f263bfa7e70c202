// The Electron fuses the packaged app ships with (reliability §1.2, decision 0005), as plain data
// so a unit test can assert every value without packaging. The afterPack hook turns this into the
// @electron/fuses config and flips the bits in the packaged executable before signing.

/** Keys are @electron/fuses' FuseV1Options names. */
const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node interpreter.
  RunAsNode: false,
  // Cookies encrypted at rest with the OS key store (the app uses none; one-way and harmless).
  EnableCookieEncryption: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS injection.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk and SIGUSR1 starting the inspector.
  EnableNodeCliInspectArguments: false,
  // Validate app.asar against the header hash embedded at package time (Windows since Electron 30, macOS).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Load the app only from app.asar, so integrity cannot be bypassed through an app/ folder.
  OnlyLoadAppFromAsar: true,
  // The UI is served from app://workbench, never file:// (decision 0001).
  GrantFileProtocolExtraPrivileges: false,
})

/**
 * The flipFuses config for @electron/fuses: `{ version, [FuseV1Options.X]: value, … }`.
 *
 * @example
 *   const { FuseV1Options, FuseVersion } = require('@electron/fuses')
 *   fuseConfig(FuseV1Options, FuseVersion) // => { version: '1', 0: false, 1: true, … }
 */
function fuseConfig(FuseV1Options, FuseVersion) {
  const config = { version: FuseVersion.V1 }
  for (const [name, value] of Object.entries(FUSES)) {
    const option = FuseV1Options[name]
    if (option === undefined) throw new Error(`@electron/fuses has no fuse named ${name}`)
    config[option] = value
  }
  return config
}

/**
 * Where the packaged executable is, per platform, from electron-builder's afterPack context.
 *
 * @example
 *   executablePath({ appOutDir: 'dist/win-unpacked', electronPlatformName: 'win32', packager: { appInfo: { productFilename: 'ICT Index Workbench' } } })
 *   // => 'dist/win-unpacked/ICT Index Workbench.exe'
 */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'win32') return `${appOutDir}/${name}.exe`
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return `${appOutDir}/${name}.app`
  return `${appOutDir}/${packager.executableName ?? name}`
}

module.exports = { FUSES, fuseConfig, executablePath }

// electron-builder afterPack hook: flips the Electron fuses (scripts/electronFuses.cjs) in the
// packaged executable. It runs after the app is copied and before signing, so the signature covers
// the flipped bits. Read them back with `npx @electron/fuses read --app <executable>`.
const { executablePath, fuseConfig } = require('./electronFuses.cjs')

exports.default = async function afterPack(context) {
  const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses')
  const target = executablePath(context)
  // arm64 macOS binaries must be re-signed ad hoc when they are not signed right after.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3
  await flipFuses(target, { ...fuseConfig(FuseV1Options, FuseVersion), resetAdHocDarwinSignature })
  console.log(`  • fuses flipped  file=${target}`)
}

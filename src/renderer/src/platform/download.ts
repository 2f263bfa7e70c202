/** Offers bytes or a Blob (a snapshot's file, not copied into memory) as a download. */
export function download(bytes: Uint8Array | Blob, fileName: string): void {
  const url = URL.createObjectURL(
    bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]),
  )
  const anchor = Object.assign(document.createElement('a'), { href: url, download: fileName })
  anchor.click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

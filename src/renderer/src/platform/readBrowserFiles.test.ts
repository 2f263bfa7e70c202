import { describe, expect, it } from 'vitest'
import { FILE_LIMITS } from '../../../shared/ipc/contract'
import { readPickedFiles } from './readBrowserFiles'

/** A picked file that says it is `size` bytes and fails if anything reads it whole. */
function aLargeFile(name: string, size: number): File {
  const file = new File(['{}'], name, { type: 'application/json' })
  Object.defineProperty(file, 'size', { value: size })
  Object.assign(file, { arrayBuffer: () => Promise.reject(new Error('read whole')) })
  return file
}

describe('readPickedFiles', () => {
  it('gives a backup larger than any file read whole as the file itself, unread', async () => {
    const file = aLargeFile('backup.json', FILE_LIMITS.backup.maxBytes * 4)

    const read = await readPickedFiles([file], 'backup')

    expect(read.ok && read.value.skipped).toEqual([])
    const picked = read.ok ? read.value.files[0] : undefined
    expect(picked?.fileName).toBe('backup.json')
    expect(picked?.file).toBe(file)
    expect(picked?.bytes.byteLength).toBe(0)
  })

  it('still refuses other files above their limit', async () => {
    const file = aLargeFile('khung.json', FILE_LIMITS.framework.maxBytes + 1)

    const read = await readPickedFiles([file], 'framework')

    expect(read.ok && read.value).toEqual({
      files: [],
      skipped: [{ fileName: 'khung.json', reason: 'too-large' }],
    })
  })
})

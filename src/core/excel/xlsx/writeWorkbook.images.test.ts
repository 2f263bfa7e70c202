import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readWorkbook } from './readWorkbook'
import { writeWorkbook } from './writeWorkbook'

/** A 1 × 1 red PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC'),
  (character) => character.charCodeAt(0),
)

describe('writeWorkbook with pictures', () => {
  it('places a PNG on its sheet, and the file still reads back', async () => {
    const bytes = await writeWorkbook({
      sheets: [
        {
          name: 'Biểu đồ',
          rows: [['Chỉ số']],
          images: [{ png: PNG, row: 2, column: 0, width: 300, height: 200 }],
        },
      ],
    })

    if (!bytes.ok) throw new Error(JSON.stringify(bytes.error))
    const files = unzipSync(bytes.value)
    expect(
      Object.keys(files).filter((name) => name.startsWith('xl/media/') && name.endsWith('.png')),
    ).toHaveLength(1)
    expect(Object.keys(files).some((name) => name.startsWith('xl/drawings/drawing'))).toBe(true)
    const read = await readWorkbook(bytes.value)
    expect(read.ok && read.value.sheets[0]?.rows[0]).toEqual(['Chỉ số'])
  })

  it('refuses a picture that is not a PNG', async () => {
    const bytes = await writeWorkbook({
      sheets: [
        {
          name: 'Biểu đồ',
          rows: [],
          images: [{ png: new Uint8Array([1, 2, 3]), row: 0, column: 0, width: 10, height: 10 }],
        },
      ],
    })

    expect(bytes.ok ? null : bytes.error[0]?.code).toBe('unwritable-workbook')
  })
})

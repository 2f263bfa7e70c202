import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { changesOf } from './changelog'

const root = resolve(__dirname, '../../../../..')
const read = (language: string) => readFileSync(resolve(root, `resources/changelog/${language}.md`), 'utf8')
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string })
  .version

describe('changelog', () => {
  it('reads the changes of one version only', () => {
    const text = '# X\n\n## 0.2.0\n- Mới\n- Sửa lỗi\n\n## 0.1.0\n- Cũ\n'
    expect(changesOf(text, '0.2.0')).toEqual(['Mới', 'Sửa lỗi'])
    expect(changesOf(text, '0.1.0')).toEqual(['Cũ'])
    expect(changesOf(text, '9.9.9')).toEqual([])
  })

  it('lists the running version in Vietnamese and English, the same number of changes in each', () => {
    const vi = changesOf(read('vi'), version)
    const en = changesOf(read('en'), version)
    expect(vi.length).toBeGreaterThan(0)
    expect(en).toHaveLength(vi.length)
  })
})

import { describe, expect, it } from 'vitest'
import departmentIctReadiness from '../../../resources/frameworks/dept-ict-readiness.json'
import dtiPoints from '../../../resources/frameworks/dti-points.json'
import vietnamIctIndexProvince from '../../../resources/frameworks/vn-ict-index-province.json'
import { parseFramework } from '@core/framework/parseFramework'
import { ok } from '@core/result'
import {
  builtInFrameworkIds,
  isBuiltInFrameworkId,
  listBuiltInFrameworks,
  loadBuiltInFramework,
} from './builtInFrameworks'
import { loadedBuiltIn } from './testing/loadedBuiltIn'

const files: Record<string, unknown> = {
  'dept-ict-readiness': departmentIctReadiness,
  'vn-ict-index-province': vietnamIctIndexProvince,
  'dti-points': dtiPoints,
}

describe('loadBuiltInFramework', () => {
  it.each(builtInFrameworkIds)('parses and validates %s with no issues', (id) => {
    const loaded = loadBuiltInFramework(id)

    expect(loaded.ok ? [] : loaded.error, `${id} issues`).toEqual([])
  })

  it.each(builtInFrameworkIds)('gives %s the id of its file name', (id) => {
    expect(loadedBuiltIn(id).id).toBe(id)
  })

  it.each(builtInFrameworkIds)('labels %s with its origin in Vietnamese and English', (id) => {
    const { origin } = loadedBuiltIn(id)

    expect(origin.vi.length).toBeGreaterThan(20)
    expect(origin.en?.length ?? 0).toBeGreaterThan(20)
  })

  it.each(builtInFrameworkIds)(
    'ships %s as canonical JSON: every default written out, nothing to trim',
    (id) => {
      const file = files[id]

      expect(parseFramework(file)).toEqual(ok(file))
    },
  )

  it.each(builtInFrameworkIds)('survives a JSON round trip of %s unchanged', (id) => {
    const framework = loadedBuiltIn(id)

    expect(parseFramework(JSON.parse(JSON.stringify(framework)))).toEqual(ok(framework))
  })
})

describe('loadBuiltInFramework with an unknown id', () => {
  it('reports the id as not built in and names the built-ins', () => {
    const loaded = loadBuiltInFramework('dti')

    expect(loaded).toEqual({
      ok: false,
      error: [
        {
          code: 'schema-invalid',
          path: 'id',
          message:
            'Not a built-in framework: dti (built-ins: dept-ict-readiness, vn-ict-index-province, dti-points)',
        },
      ],
    })
  })
})

describe('listBuiltInFrameworks', () => {
  it('lists the three built-ins in order with their version, year, unit group and family', () => {
    const listed = listBuiltInFrameworks().map(({ id, version, year, unitGroup, family }) => ({
      id,
      version,
      year,
      unitGroup,
      family,
    }))

    expect(listed).toEqual([
      {
        id: 'dept-ict-readiness',
        version: '2026.1',
        year: 2026,
        unitGroup: 'so-ban-nganh',
        family: 'relative',
      },
      {
        id: 'vn-ict-index-province',
        version: '2026.1',
        year: 2026,
        unitGroup: 'tinh-thanh',
        family: 'relative',
      },
      { id: 'dti-points', version: '2026.1', year: 2026, unitGroup: 'quan-huyen', family: 'points' },
    ])
  })

  it('shows the name and origin of each framework as loaded', () => {
    for (const summary of listBuiltInFrameworks()) {
      const framework = loadedBuiltIn(summary.id)

      expect(summary.name).toEqual(framework.name)
      expect(summary.origin).toEqual(framework.origin)
    }
  })
})

describe('isBuiltInFrameworkId', () => {
  it('accepts the shipped ids and refuses anything else', () => {
    expect(builtInFrameworkIds.every(isBuiltInFrameworkId)).toBe(true)
    expect(isBuiltInFrameworkId('dti')).toBe(false)
    expect(isBuiltInFrameworkId('toString')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { aFramework } from '@core/framework/testing/aFramework'
import { validFramework } from '@core/responses/testing/validFramework'
import { err } from '@core/result'
import { danangUnits } from './danangUnits'
import { generateSample, SAMPLE_YEARS } from './generateSample'
import { generatedSample } from './testing/generatedSample'

const department = loadedBuiltIn('dept-ict-readiness')
const dti = loadedBuiltIn('dti-points')

describe('generateSample', () => {
  it('answers every Đà Nẵng unit for the department framework, in the order of the unit list', () => {
    const sample = generatedSample(department, 2025)

    expect(sample.submissions.map((submission) => submission.unit.code)).toEqual(
      danangUnits.map((unit) => unit.code),
    )
    expect(sample).toMatchObject({
      frameworkId: 'dept-ict-readiness',
      frameworkVersion: department.version,
      year: 2025,
      seed: 1,
    })
  })

  it('answers the seven districts for the DTI framework', () => {
    const sample = generatedSample(dti, 2025)

    expect(sample.submissions.map((submission) => submission.unit.code)).toEqual([
      'Q-HC',
      'Q-TK',
      'Q-ST',
      'Q-NHS',
      'Q-LC',
      'Q-CL',
      'H-HV',
    ])
  })

  it('appends synthetic units after the given ones', () => {
    const sample = generatedSample(department, 2025, { units: danangUnits.slice(0, 2), extraUnits: 3 })

    expect(sample.submissions.map((submission) => submission.unit.code)).toEqual([
      'VP-UBND',
      'SNV',
      'SYN-0001',
      'SYN-0002',
      'SYN-0003',
    ])
  })

  it('gives a deep-equal sample and byte-identical JSON for the same seed', () => {
    const first = generatedSample(department, 2026, { seed: 42, extraUnits: 10 })
    const second = generatedSample(department, 2026, { seed: 42, extraUnits: 10 })

    expect(second).toEqual(first)
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })

  it('gives different answers for a different seed', () => {
    const first = generatedSample(dti, 2025, { seed: 1 })
    const second = generatedSample(dti, 2025, { seed: 2 })

    expect(JSON.stringify(second.submissions)).not.toBe(JSON.stringify(first.submissions))
  })

  it('gives different answers in different years, with the same units', () => {
    const [first, second] = SAMPLE_YEARS.slice(0, 2).map((year) => generatedSample(dti, year))

    expect(second?.submissions.map((submission) => submission.unit)).toEqual(
      first?.submissions.map((submission) => submission.unit),
    )
    expect(second?.submissions[0]?.answers).not.toEqual(first?.submissions[0]?.answers)
  })

  it('keeps a unit’s answers and anomalies when other units are added or left out', () => {
    const whole = generatedSample(department, 2025, { extraUnits: 5 })
    const part = generatedSample(department, 2025, { units: danangUnits.slice(3, 5), extraUnits: 0 })

    expect(part.submissions).toEqual(whole.submissions.slice(3, 5))
    expect(part.anomalies).toEqual(
      whole.anomalies.filter((anomaly) => ['SKHDT', 'STC'].includes(anomaly.unit)),
    )
  })

  it('differs from the clean answers exactly where an anomaly is listed', () => {
    const clean = generatedSample(department, 2024, { anomalies: false })
    const planted = generatedSample(department, 2024)

    expect(clean.anomalies).toEqual([])
    expect(planted.anomalies.length).toBeGreaterThan(0)
    planted.submissions.forEach((submission, index) => {
      const expected: Record<string, unknown> = { ...clean.submissions[index]?.answers }
      for (const anomaly of planted.anomalies.filter(
        (candidate) => candidate.unit === submission.unit.code,
      )) {
        expect(expected[anomaly.question]).toEqual(anomaly.expected)
        if (anomaly.found === null) delete expected[anomaly.question]
        else expected[anomaly.question] = anomaly.found
      }
      expect(submission.answers).toEqual(expected)
    })
  })

  it('answers a framework it has no profile for from the question types, for units of all groups', () => {
    const sample = generatedSample(validFramework(aFramework({ unitGroup: 'tinh-thanh' })), 2025, {
      anomalies: false,
    })

    expect(sample.submissions).toHaveLength(danangUnits.length)
    expect(sample.submissions.every((submission) => typeof submission.answers['SoCBCC'] === 'number')).toBe(
      true,
    )
  })

  it('refuses a year outside 2000–2100', () => {
    expect(generateSample({ framework: dti, year: 1999, seed: 1 })).toEqual(
      err({ code: 'invalid-year', year: 1999 }),
    )
    expect(generateSample({ framework: dti, year: 2025.5, seed: 1 })).toEqual(
      err({ code: 'invalid-year', year: 2025.5 }),
    )
  })

  it('refuses a seed that is not an unsigned 32-bit integer', () => {
    expect(generateSample({ framework: dti, year: 2025, seed: -1 })).toEqual(
      err({ code: 'invalid-seed', seed: -1 }),
    )
    expect(generateSample({ framework: dti, year: 2025, seed: 2 ** 32 })).toEqual(
      err({ code: 'invalid-seed', seed: 2 ** 32 }),
    )
  })

  it('refuses a negative or fractional number of extra units', () => {
    expect(generateSample({ framework: dti, year: 2025, seed: 1, extraUnits: -1 })).toEqual(
      err({ code: 'invalid-unit-count', count: -1 }),
    )
    expect(generateSample({ framework: dti, year: 2025, seed: 1, extraUnits: 1.5 })).toEqual(
      err({ code: 'invalid-unit-count', count: 1.5 }),
    )
  })

  it('refuses two units with the same code', () => {
    const unit = danangUnits[0]
    if (unit === undefined) throw new Error('no unit')

    expect(generateSample({ framework: dti, year: 2025, seed: 1, units: [unit, unit] })).toEqual(
      err({ code: 'duplicate-unit', unit: unit.code }),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { writeCsv } from '@core/excel/csv/writeCsv'
import type { Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import { sampleDataTable } from './sampleDataTable'
import { aSampleUnit } from './testing/aSampleUnit'
import { generatedSample } from './testing/generatedSample'

const department = loadedBuiltIn('dept-ict-readiness')
const dti = loadedBuiltIn('dti-points')

describe('sampleDataTable', () => {
  it('starts with uCode, uName and Group, then the questions that fit in a cell, in framework order', () => {
    const [header] = sampleDataTable(generatedSample(department, 2025), department)

    expect(header?.slice(0, 5)).toEqual(['uCode', 'uName', 'Group', 'SoCBCC', 'SoDonViTrucThuoc'])
    expect(header).not.toContain('ListPMQLCN')
    expect(header).toHaveLength(
      3 +
        department.questions.filter((question) => question.type !== 'table' && question.type !== 'evidence')
          .length,
    )
  })

  it('has one row per unit', () => {
    const sample = generatedSample(department, 2025)

    expect(
      sampleDataTable(sample, department)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(sample.submissions.map((submission) => submission.unit.code))
  })

  it('writes yes-no as 1 or 0, choices as their values and several choices joined with ;', () => {
    const sample = {
      submissions: [
        {
          unit: aSampleUnit(),
          answers: {
            CoChuyenMucCDS: true,
            CoKeHoachCDSNam: false,
            TruongBanBCD: 'khac',
            MoHinh4Lop: ['tai-cho', 'giam-sat-bao-ve'],
          },
        },
      ],
    }

    const [header = [], row = []] = sampleDataTable(sample, dti)
    const cell = (code: string) => row[header.indexOf(code)]

    expect([
      cell('CoChuyenMucCDS'),
      cell('CoKeHoachCDSNam'),
      cell('TruongBanBCD'),
      cell('MoHinh4Lop'),
    ]).toEqual([1, 0, 'khac', 'tai-cho;giam-sat-bao-ve'])
  })

  it('leaves a cell blank when the question is not answered', () => {
    const sample = { submissions: [{ unit: aSampleUnit(), answers: { SoCuocHopBCD: 3 } }] }

    const [header = [], row = []] = sampleDataTable(sample, dti)

    expect(row[header.indexOf('SoCuocHopBCD')]).toBe(3)
    expect(row[header.indexOf('TongSoHo')]).toBeNull()
  })

  it('carries the same answers as the submissions, tables aside, through CSV', () => {
    for (const framework of [department, dti]) {
      const sample = generatedSample(framework, 2026)
      const parsed = parseCsv(writeCsv(sampleDataTable(sample, framework), { bom: true }))
      if (!parsed.ok) throw new Error('unreadable table')
      const [header = [], ...rows] = parsed.value.rows

      rows.forEach((row, index) => {
        const expected = Object.fromEntries(
          Object.entries(sample.submissions[index]?.answers ?? {}).filter(
            ([code]) => framework.questions.find((question) => question.code === code)?.type !== 'table',
          ),
        )
        const read = Object.fromEntries(
          header.slice(3).flatMap((code, column) => {
            const question = framework.questions.find((candidate) => candidate.code === code)
            const cell = row[column + 3] ?? ''
            return question === undefined || cell === '' ? [] : [[code, readCell(question, cell)]]
          }),
        )
        expect(read).toEqual(expected)
      })
    }
  })
})

/** What a reader that knows the question types would make of a cell. */
function readCell(question: Question, cell: string): AnswerValue {
  switch (question.type) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return Number(cell)
    case 'yes-no':
      return cell === '1'
    case 'multi-choice':
      return cell.split(';')
    default:
      return cell
  }
}

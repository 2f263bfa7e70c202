import { describe, expect, it } from 'vitest'
import { sampleUnitAnswers } from './sampleUnitAnswers'
import { aSampleUnit } from './testing/aSampleUnit'

describe('sampleUnitAnswers', () => {
  it('hands the engine each unit’s code, name, group code and answers', () => {
    const unit = aSampleUnit({ code: 'Q-HC', name: 'UBND quận Hải Châu', group: 'quan-huyen' })

    expect(sampleUnitAnswers({ submissions: [{ unit, answers: { A: 1 } }] })).toEqual([
      { code: 'Q-HC', name: 'UBND quận Hải Châu', group: 'quan-huyen', answers: { A: 1 } },
    ])
  })
})

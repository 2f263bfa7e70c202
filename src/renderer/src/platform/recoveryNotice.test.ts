import { describe, expect, it, vi } from 'vitest'
import { takeRecoveryNotice } from './recoveryNotice'

describe('takeRecoveryNotice', () => {
  it('reads the reason main added and removes it from the address, keeping the route and its state', () => {
    const history = { replaceState: vi.fn(), state: { idx: 0, key: 'default', usr: null } }

    const notice = takeRecoveryNotice(
      { search: '?recovered=oom', pathname: '/index.html', hash: '#/unit' },
      history,
    )

    expect(notice).toEqual({ reason: 'oom' })
    expect(history.replaceState).toHaveBeenCalledWith(history.state, '', '/index.html#/unit')
  })

  it('says nothing on an ordinary load', () => {
    expect(
      takeRecoveryNotice(
        { search: '', pathname: '/index.html', hash: '' },
        { replaceState: vi.fn(), state: null },
      ),
    ).toBeNull()
  })

  it('treats an unknown reason as "other"', () => {
    expect(
      takeRecoveryNotice(
        { search: '?recovered=<script>', pathname: '/', hash: '' },
        { replaceState: vi.fn(), state: null },
      ),
    ).toEqual({ reason: 'other' })
  })
})

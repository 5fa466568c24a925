import { describe, expect, it } from 'vitest'
import { formatBuildStats } from '~/build/buildStats'

describe('formatBuildStats', () => {
  it('says the pages, the time, the rate over the whole build and over rendering, and the peak memory', () => {
    expect(formatBuildStats({ pages: 74_438, seconds: 1_230, renderSeconds: 1_000, peakBytes: 5.5 * 1024 ** 3 }))
      .toBe('74438 pages in 20 min 30 s: 60.5 pages/s (rendering alone 74.4 pages/s), peak memory 5.50 GB')
  })

  it('gives a short build in seconds, and no rate for a build that rendered nothing', () => {
    expect(formatBuildStats({ pages: 0, seconds: 12.34, renderSeconds: 0, peakBytes: 0 }))
      .toBe('0 pages in 12.3 s: 0.0 pages/s (rendering alone 0.0 pages/s), peak memory 0.00 GB')
  })
})

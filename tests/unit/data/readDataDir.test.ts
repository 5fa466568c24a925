import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDataDir } from '~/data/readDataDir'

describe('readDataDir', () => {
  it('leaves out a report folder that is still a draft, and names it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'district-brief-data-')), 'data')
    cpSync('tests/fixtures/data', dir, { recursive: true })
    const before = readDataDir(dir)
    cpSync(join(dir, 'reports', before.reports[0]!.dir), join(dir, 'reports', 'zz-draft-2024'), { recursive: true })
    writeFileSync(join(dir, 'reports', 'zz-draft-2024', 'draft.json'), '{"status":"draft"}')
    const after = readDataDir(dir)
    expect(after.reports.map(r => r.dir)).toEqual(before.reports.map(r => r.dir))
    expect(after.drafts).toEqual(['zz-draft-2024'])
  })
})

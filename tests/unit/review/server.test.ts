import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { finalise, saveDraft } from '../../../src/review/server'

// data/ copied, with shanyang-2023 turned back into a draft
let dataDir: string
const target = () => ({ dataDir, dir: 'shanyang-2023' })
const file = (dir: string, name: string) => join(dataDir, 'reports', dir, name)
const reportOf = (dir: string) => JSON.parse(readFileSync(file(dir, 'report.json'), 'utf8')) as { metrics: { value?: number }[] }

beforeEach(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'review-unit-')), 'data')
  cpSync('data', dataDir, { recursive: true })
  writeFileSync(file('shanyang-2023', 'draft.json'), '{"status":"draft","figures":[]}\n')
})
afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }))

describe('review server', () => {
  it('saves a draft\'s report.json and answers with check-data\'s message for the field', () => {
    const report = reportOf('shanyang-2023')
    report.metrics[0]!.value = 217
    const result = saveDraft(target(), report, { 0: 'accepted' })
    expect(result.saved).toBe(true)
    expect(reportOf('shanyang-2023').metrics[0]!.value).toBe(217)
    expect(result.errors).toContainEqual({ file: 'data/reports/shanyang-2023/report.json', field: 'metrics.0.value', message: '217 does not occur in its quote' })
    expect(JSON.parse(readFileSync(file('shanyang-2023', 'draft.json'), 'utf8'))).toMatchObject({ status: 'draft', decisions: { 0: 'accepted' } })
  })

  it('names a figure\'s problem even while the texts are unfinished', () => {
    const report = { ...reportOf('shanyang-2023'), highlights: [] }
    report.metrics[0]!.value = 217
    const fields = saveDraft(target(), report, {}).errors.map(e => `${e.field}: ${e.message}`)
    expect(fields).toContain('metrics.0.value: 217 does not occur in its quote')
    expect(fields.some(f => f.startsWith('highlights'))).toBe(true)
  })

  it('never overwrites a report that has no draft.json', () => {
    const before = readFileSync(file('weibin-2023', 'report.json'), 'utf8')
    const result = saveDraft({ dataDir, dir: 'weibin-2023' }, { meta: {} }, {})
    expect(result.saved).toBe(false)
    expect(result.errors[0]!.message).toMatch(/not a draft/)
    expect(readFileSync(file('weibin-2023', 'report.json'), 'utf8')).toBe(before)
  })

  it('writes nothing when the page sends no report', () => {
    const before = readFileSync(file('shanyang-2023', 'report.json'), 'utf8')
    expect(saveDraft(target(), undefined, {}).saved).toBe(false)
    expect(readFileSync(file('shanyang-2023', 'report.json'), 'utf8')).toBe(before)
  })

  it('keeps draft.json while data/ fails, listing what fails', () => {
    const report = reportOf('shanyang-2023')
    report.metrics[0]!.value = 217
    saveDraft(target(), report, {})
    const result = finalise(target())
    expect(result.final).toBe(false)
    expect(result.errors.map(e => e.field)).toContain('metrics.0.value')
    expect(existsSync(file('shanyang-2023', 'draft.json'))).toBe(true)
  })

  it('deletes draft.json once data/ passes with the report in it', () => {
    expect(finalise(target())).toEqual({ final: true, errors: [] })
    expect(existsSync(file('shanyang-2023', 'draft.json'))).toBe(false)
  })
})

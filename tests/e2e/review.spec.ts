import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { answering, stop } from '../helpers/server'

// `npm run review` on a temp copy of data/ with a draft drafted by `npm run ingest` from a seed text
// (as 2022, so that it does not clash with data/reports/shanyang-2023).
const folder = 'shanyang-2022'
const tsx = (...args: string[]) => [process.execPath, ['--import', 'tsx', ...args]] as const
let dataDir: string
let server: ChildProcess
let url: string

test.beforeEach(async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'review-'))
  dataDir = join(tmp, 'data')
  cpSync('data', dataDir, { recursive: true })
  execFileSync(...tsx('src/ingest/cli.ts', 'tests/fixtures/ingest/shanyang-2024-work-report.txt', '--year', '2022', '--data-dir', dataDir), { stdio: 'ignore' })
  const port = 4177 + test.info().parallelIndex
  url = `http://127.0.0.1:${port}/`
  server = await answering(spawn(...tsx('src/review/server.ts', join(dataDir, 'reports', folder), '--data-dir', dataDir, '--port', String(port)), { stdio: 'ignore' }), `${url}api/draft`)
})

test.afterEach(async () => {
  await stop(server)
  rmSync(join(dataDir, '..'), { recursive: true, force: true })
})

const card = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`)

/** Selects `quote` in the source text, as a reader's drag across the highlighted text would. */
async function select(page: Page, quote: string) {
  await page.evaluate((quote) => {
    const root = document.getElementById('text')!
    const start = root.textContent!.indexOf(quote)
    const end = start + quote.length
    const range = document.createRange()
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let pos = 0, n = walker.nextNode(); n; pos += n.textContent!.length, n = walker.nextNode()) {
      const len = n.textContent!.length
      if (start >= pos && start < pos + len) range.setStart(n, start - pos)
      if (end > pos && end <= pos + len) range.setEnd(n, end - pos)
    }
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  }, quote)
}

/** Accepts one figure, corrects one, drops one, adds one from the text, and writes the texts and metadata. */
async function review(page: Page, gdpValue: string) {
  await page.goto(url)
  await card(page, '0').getByLabel('数值 value').fill(gdpValue)
  await card(page, '0').getByRole('button', { name: '采纳 Accept' }).click()
  // 惠及5500余户 was drafted report-only, on no comparable indicator: the reviewer names it
  await expect(card(page, '38').getByLabel('类型 kind')).toHaveValue('report-only')
  await card(page, '38').getByLabel('编号 id').fill('heating-households')
  await card(page, '38').getByLabel('名称 name 中文').fill('供暖惠及户数')
  await card(page, '38').getByLabel('名称 name English').fill('Households heated')
  await card(page, '38').getByRole('button', { name: '采纳 Accept' }).click()
  await card(page, '1').getByRole('button', { name: '删除 Drop' }).click()
  await expect(card(page, '1')).toHaveClass(/dropped/)

  const quote = '加装燃气安全装置11.7万户,任务完成率100%'
  await select(page, quote)
  await page.getByRole('button', { name: /Add as a figure/ }).click()
  const added = card(page, 'added-51')
  await expect(added.locator('blockquote')).toHaveText(quote)
  await expect(added.getByLabel('数值 value')).toHaveValue('11.7')
  await expect(added.getByLabel('单位 unit')).toHaveValue('万户')
  await expect(added.getByLabel('类型 kind')).toHaveValue('report-only')
  await added.getByLabel('编号 id').fill('gas-safety-devices')
  await added.getByLabel('名称 name 中文').fill('加装燃气安全装置')
  await added.getByLabel('名称 name English').fill('Gas safety devices fitted')

  const fill = (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value)
  await fill('摘要 summary 中文', '山阳区地区生产总值216亿元，同比增长2.2%；加装燃气安全装置11.7万户。')
  await fill('摘要 summary English', 'Shanyang\'s GDP reached CNY 21.6 bn, up 2.2%; gas safety devices were fitted for 117,000 households.')
  const highlights = [
    ['地区生产总值216亿元，同比增长2.2%', 'GDP of CNY 21.6 bn, up 2.2%'],
    ['加装燃气安全装置11.7万户', 'Gas safety devices for 117,000 households'],
    ['新增、改造供暖小区惠及5500余户', 'Heating for over 5,500 households'],
  ]
  for (const [i, [zh, en]] of highlights.entries()) {
    await page.getByRole('button', { name: '添加 Add (要点 highlights)' }).click()
    await fill(`要点 ${i + 1} 中文`, zh!)
    await fill(`要点 ${i + 1} English`, en!)
  }
  await page.getByRole('button', { name: '添加 Add (成就 achievements)' }).click()
  await fill('标题 title 1 中文', '经济与民生')
  await fill('标题 title 1 English', 'Economy and daily life')
  await fill('正文 text 1 中文', '地区生产总值216亿元，供暖惠及5500余户。')
  await fill('正文 text 1 English', 'GDP of CNY 21.6 bn; heating for over 5,500 households.')
  await fill('指标 metrics 1 (ids, comma-separated)', 'gdp, heating-households, gas-safety-devices')

  await fill('标题 title English', 'Shanyang District Government Work Report')
  await fill('日期 date', '2024-03-06')
  await fill('会场 venue 中文', '山阳区第十一届人民代表大会第五次会议')
  await fill('会场 venue English', '5th Session of the 11th Shanyang District People\'s Congress')
  await fill('讲话人 speaker 中文', '侯向阳')
  await fill('讲话人 speaker English', 'Hou Xiangyang')
  await fill('职务 role 中文', '区长')
  await fill('职务 role English', 'District Mayor')
  await fill('区 district English', 'Shanyang District')
  await fill('市 city English', 'Jiaozuo')
  await fill('省 province English', 'Henan')
  await fill('来源说明 source note English', 'Drafted by npm run ingest from the seed text, then reviewed.')
  await page.getByRole('button', { name: '定稿 Make final' }).click()
}

const checkData = () => execFileSync(...tsx('src/build/checkData.ts', dataDir), { encoding: 'utf8', stdio: 'pipe' })
const report = () => JSON.parse(readFileSync(join(dataDir, 'reports', folder, 'report.json'), 'utf8')) as { metrics: { indicator: string, quote: string }[], figures: { id: string, name: { en: string }, quote: string }[] }

test.describe('npm run review', () => {
  test('accepts, corrects, drops and adds figures, saves, and makes the draft final', async ({ page }) => {
    await review(page, '216')
    await expect(page.getByRole('status')).toHaveText(/已定稿 Final/)
    expect(existsSync(join(dataDir, 'reports', folder, 'draft.json'))).toBe(false)
    expect(report().metrics.map(m => m.indicator)).toEqual(['gdp'])
    expect(report().figures.map(f => f.id)).toEqual(['heating-households', 'gas-safety-devices'])
    expect(report().figures[1]).toMatchObject({ name: { en: 'Gas safety devices fitted' }, quote: '加装燃气安全装置11.7万户,任务完成率100%' })
    expect(checkData()).toContain('✓')
    expect(checkData()).not.toContain('is a draft')
  })

  test('shows check-data\'s message beside a value not in its quote, and keeps the draft', async ({ page }) => {
    await review(page, '217')
    await expect(page.getByRole('status')).toHaveText(/未定稿 Not final/)
    await expect(page.locator('[data-field="metrics.0.value"] .error')).toHaveText('metrics.0.value: 217 does not occur in its quote')
    expect(existsSync(join(dataDir, 'reports', folder, 'draft.json'))).toBe(true)
    expect(checkData()).toContain(`${folder}/ is a draft`)
    // the very line npm run check-data prints once the draft is taken as final
    rmSync(join(dataDir, 'reports', folder, 'draft.json'))
    expect(() => checkData()).toThrow(/report\.json → metrics\.0\.value: 217 does not occur in its quote/)
  })

  test('keeps the reviewer\'s work across a reload', async ({ page }) => {
    await review(page, '217')
    await expect(page.getByRole('status')).toHaveText(/未定稿 Not final/)
    await page.reload()
    await expect(card(page, '0')).toHaveClass(/accepted/)
    await expect(card(page, '0').getByLabel('数值 value')).toHaveValue('217')
    await expect(card(page, '1')).toHaveClass(/dropped/)
    await expect(card(page, '38').getByLabel('编号 id')).toHaveValue('heating-households')
    await expect(card(page, 'added-0').locator('blockquote')).toHaveText('加装燃气安全装置11.7万户,任务完成率100%')
    await expect(page.getByLabel('要点 3 中文', { exact: true })).toHaveValue('新增、改造供暖小区惠及5500余户')
  })

  test('fits a phone without sideways scrolling, and puts the text beside the figures on a laptop', async ({ page }) => {
    await page.goto(url)
    await expect(card(page, '0')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.setViewportSize({ width: 1280, height: 800 })
    const text = (await page.locator('#source').boundingBox())!
    const figures = (await page.locator('#panel').boundingBox())!
    expect(figures.x).toBeGreaterThanOrEqual(text.x + text.width)
    expect(figures.y).toBeLessThan(text.y + 10)
  })

  test('answers no other site\'s page', async ({ request }) => {
    const res = await request.post(`${url}api/finalise`, { headers: { Origin: 'http://example.org' } })
    expect(res.status()).toBe(403)
    expect(existsSync(join(dataDir, 'reports', folder, 'draft.json'))).toBe(true)
  })
})

import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { answering, build, serve, stop } from '../helpers/server'

// A report added end to end, as the README describes it: ingest its raw text into a copy of data/
// without it, review it on the review page, make it final, build the app on that data and read it.
const APP_PORT = 4181
const tsx = (...args: string[]) => [process.execPath, ['--import', 'tsx', ...args]] as const

test.describe('adding a report', () => {
  test('ingest → review → final → build: the new district page shows its figures, comparable and report-only', async ({ page }) => {
    test.setTimeout(600_000) // its build may wait for another test's (tests/helpers/server.ts)
    const tmp = mkdtempSync(join(tmpdir(), 'district-brief-add-'))
    const dataDir = join(tmp, 'data')
    cpSync('data', dataDir, { recursive: true })
    rmSync(join(dataDir, 'reports', 'hongqi-2023'), { recursive: true })
    const children: ChildProcess[] = []
    try {
      execFileSync(...tsx('src/ingest/cli.ts', 'tests/fixtures/ingest/xinxiang-2023-press-conference.txt', '--code', '410702', '--data-dir', dataDir), { stdio: 'ignore' })
      const folder = join(dataDir, 'reports', 'hongqi-2023')
      expect(existsSync(join(folder, 'draft.json'))).toBe(true)

      const port = 4177 + test.info().parallelIndex
      const url = `http://127.0.0.1:${port}/`
      children.push(await answering(spawn(...tsx('src/review/server.ts', folder, '--data-dir', dataDir, '--port', String(port)), { stdio: 'ignore' }), `${url}api/draft`))
      await page.goto(url)
      const fill = (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value)

      // the drafted figures: all taken, one corrected, one dropped
      await page.getByRole('button', { name: '采纳全部待审 Accept all proposed' }).click()
      const gdp = page.locator('[data-field="metrics.0"]')
      await expect(gdp.getByLabel('指标 indicator')).toHaveValue('gdp')
      await expect(gdp.getByLabel('类型 kind')).toHaveValue('comparable')
      const byName = (name: RegExp) => page.locator('article.card').filter({ has: page.locator('strong', { hasText: name }) })
      const events = byName(/^组织开展各类科技成果交流、校企需求对接和高峰产业论坛活动 ·/)
      await expect(events).toHaveCount(1)
      await expect(events.getByLabel('类型 kind')).toHaveValue('report-only')
      await expect(events.getByLabel('约数 approximate')).toHaveValue('near')
      await events.getByLabel('编号 id').fill('tech-exchange-events')
      await events.getByLabel('名称 name 中文').fill('科技成果交流和校企对接活动')
      await events.getByLabel('名称 name English').fill('Technology exchange events')
      // a clause the drafting misread (国家和省 600余项) is dropped
      await byName(/^国家和省 ·/).getByRole('button', { name: '删除 Drop' }).click()
      // every English name ingest left to write
      for (const input of await page.locator('#panel input, #panel textarea').all()) {
        if (await input.inputValue() === 'TODO') await input.fill('Reviewed figure')
      }
      for (const input of await page.getByLabel('名称 name English', { exact: true }).all()) {
        if (await input.inputValue() === '') await input.fill('Reviewed figure')
      }

      await fill('摘要 summary 中文', '红旗区经济稳中有进，项目建设和民生保障持续加力。')
      await fill('摘要 summary English', 'Hongqi\'s economy grew steadily, with more projects and better public services.')
      for (const [i, [zh, en]] of [['经济稳中有进', 'Steady growth'], ['项目建设加力', 'More projects'], ['民生保障加强', 'Better public services']].entries()) {
        await page.getByRole('button', { name: '添加 Add (要点 highlights)' }).click()
        await fill(`要点 ${i + 1} 中文`, zh!)
        await fill(`要点 ${i + 1} English`, en!)
      }
      await page.getByRole('button', { name: '添加 Add (成就 achievements)' }).click()
      await fill('标题 title 1 中文', '经济运行稳中有进')
      await fill('标题 title 1 English', 'A steady economy')
      await fill('正文 text 1 中文', '主要经济指标保持增长。')
      await fill('正文 text 1 English', 'The main indicators kept growing.')
      await page.getByRole('button', { name: '收入未归类的数字 Take the unlisted figures (1)' }).click()
      await page.getByRole('button', { name: '添加 Add (荣誉 honours)' }).click()
      await fill('荣誉 honour 1 中文', '省级科技成果转化示范区')
      await fill('荣誉 honour 1 English', 'Provincial demonstration zone for turning research into products')
      await fill('原文 quote 1', '红旗区先进制造业开发区获批省级科技成果转化示范区')

      await fill('标题 title English', 'Hongqi District: 2023 achievements')
      await fill('日期 date', '2024-03-06')
      await fill('会场 venue 中文', '新乡市经济社会发展成就新闻发布会')
      await fill('会场 venue English', 'Xinxiang press conference on 2023 achievements')
      await fill('讲话人 speaker 中文', '郭潇漪')
      await fill('讲话人 speaker English', 'Guo Xiaoyi')
      await fill('职务 role 中文', '红旗区副区长')
      await fill('职务 role English', 'Deputy District Mayor')
      await fill('区 district English', 'Hongqi District')
      await fill('市 city English', 'Xinxiang')
      await fill('省 province English', 'Henan')
      await page.getByRole('button', { name: '定稿 Make final' }).click()
      await expect(page.getByRole('status')).toHaveText(/定稿/)
      // on failure, the message names check-data's problems
      expect(await page.getByRole('status').textContent(), (await page.locator('#panel .error, #general li').allTextContents()).join('\n')).toMatch(/已定稿 Final/)
      expect(existsSync(join(folder, 'draft.json'))).toBe(false)
      expect(execFileSync(...tsx('src/build/checkData.ts', dataDir), { encoding: 'utf8' })).toMatch(/✓ .*3 reports/)
      const saved = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as { metrics: { indicator: string }[], figures: { id: string }[] }
      expect(saved.metrics.map(m => m.indicator)).toContain('gdp')
      expect(saved.figures.map(f => f.id)).toContain('tech-exchange-events')

      const out = join(tmp, 'dist')
      await build({ DATA_DIR: dataDir, OUT_DIR: out })
      children.push(await serve(out, APP_PORT))
      await open(page, `http://localhost:${APP_PORT}/d/410702`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('红旗区')
      // a comparable figure links to its ranking; a report-only one is named on its card and ranked nowhere
      const gdpCard = page.locator('#gdp')
      await expect(gdpCard.getByRole('link', { name: '地区生产总值' })).toHaveAttribute('href', '/m/gdp')
      const eventsCard = page.locator('#tech-exchange-events')
      await expect(eventsCard).toContainText('科技成果交流和校企对接活动')
      await expect(eventsCard.getByTestId('metric-value')).toContainText('100')
      await expect(eventsCard.locator('h4 a')).toHaveCount(0)
      await expect(page.getByTestId('metric-card')).toHaveCount(saved.metrics.length + saved.figures.length)
      await page.screenshot({ path: test.info().outputPath('added-report.png') })
    }
    finally {
      for (const child of children) await stop(child)
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})

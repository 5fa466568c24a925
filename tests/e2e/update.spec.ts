import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { build, serve, stop } from '../helpers/server'

const PORT = 4176
const BASE = `http://localhost:${PORT}`

test.describe('updates', () => {
  test.use({ serviceWorkers: 'allow', baseURL: BASE })

  test('a new build with changed data shows 新版本可用 and updates on 刷新', async ({ page }) => {
    test.setTimeout(480_000) // its build may wait for another test's (tests/helpers/server.ts)
    // the next version: the same app with one changed sentence in data/
    const work = mkdtempSync(join(tmpdir(), 'district-brief-next-'))
    const data = join(work, 'data')
    cpSync('data', data, { recursive: true })
    const file = join(data, 'reports/weibin-2023/report.json')
    const report = JSON.parse(readFileSync(file, 'utf8'))
    report.highlights[0].zh = `${report.highlights[0].zh}（数据已更新）`
    writeFileSync(file, JSON.stringify(report, null, 2))
    await build({ DATA_DIR: data, OUT_DIR: join(work, 'dist') })

    let server = await serve('dist', PORT)
    try {
      await page.goto('/about')
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 }).toBe(true)
      await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 })
      const oldVersion = await page.getByTestId('data-version').textContent()
      await page.goto('/d/410703')
      await expect(page.getByTestId('highlights')).not.toContainText('数据已更新')

      await stop(server)
      server = await serve(join(work, 'dist'), PORT)
      // the reader is not interrupted: the page stays as it is until they choose to update
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
      await expect(page.getByTestId('update-banner')).toBeVisible({ timeout: 60_000 })
      await expect(page.getByTestId('update-banner')).toContainText('新版本可用')
      await expect(page.getByTestId('highlights')).not.toContainText('数据已更新')

      // another tab of the app, open on the same page: the update is not applied behind its back
      const other = await page.context().newPage()
      await other.goto('/d/410703')
      await other.locator('html[data-hydrated]').waitFor({ state: 'attached' })
      await other.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true })

      // the page is busy as the reader taps: its requests go to the old version as it hands over
      // (a chart's code loading, a saved city's files …), which in Chromium can stall the handover
      await page.evaluate(() => {
        const until = Date.now() + 3000
        const again = (): unknown => Date.now() < until && fetch(`/favicon.svg?${Date.now()}`).finally(() => setTimeout(again, 25))
        again()
      })
      await page.getByTestId('update-reload').click()
      await expect(page.getByTestId('highlights')).toContainText('数据已更新', { timeout: 30_000 })
      // the other tab kept its page, and offers the new version
      await expect(other.getByTestId('update-banner')).toBeVisible({ timeout: 30_000 })
      expect(await other.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
      await other.close()
      await page.goto('/about')
      await expect(page.getByTestId('data-version')).not.toHaveText(oldVersion!)
    }
    finally {
      await stop(server)
    }
  })
})

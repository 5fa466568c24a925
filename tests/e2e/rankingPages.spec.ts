import type { ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { build, serve, stop } from '../helpers/server'

// a ranking of more districts than a page of its table holds (RankingTable: 100 a page)
const DISTRICTS = 120
const PORT = 4186
const ORIGIN = `http://localhost:${PORT}`
let server: ChildProcess | undefined

test.describe('a ranking of more districts than a page holds', () => {
  test.describe.configure({ mode: 'serial' })
  test.use({ baseURL: ORIGIN, viewport: { width: 390, height: 844 } })

  test.beforeAll(async () => {
    test.setTimeout(480_000) // its build may wait for another test's (tests/helpers/server.ts)
    const dir = mkdtempSync(join(tmpdir(), 'district-brief-pages-'))
    const data = join(dir, 'data')
    // one year of 120 districts across the country, as `npm run synth` writes them
    execFileSync(process.execPath, ['--import', 'tsx', 'src/synth/cli.ts', '--districts', String(DISTRICTS), '--years', '1', '--seed', '1', '--out', data], { stdio: 'pipe' })
    await build({ DATA_DIR: data, OUT_DIR: join(dir, 'dist') })
    server = await serve(join(dir, 'dist'), PORT)
  })
  test.afterAll(async () => {
    if (server)
      await stop(server)
  })

  test('its table shows a hundred rows a page, pages on, back, and to the reader\'s district', async ({ page }) => {
    await open(page, '/m/gdp')
    const rows = page.getByTestId('indicator-row')
    const range = page.getByTestId('page-range')
    const [prev, next] = [page.getByTestId('page-prev'), page.getByTestId('page-next')]
    await expect(page.getByTestId('ranking-summary')).toContainText(`全部区县 · ${DISTRICTS}个区县`)
    await expect(rows).toHaveCount(100)
    await expect(range).toHaveText(`第1–100个，共${DISTRICTS}个`)
    await expect(prev).toBeDisabled()
    const first = await rows.first().getAttribute('data-code')

    await next.click()
    await expect(rows).toHaveCount(DISTRICTS - 100)
    await expect(range).toHaveText(`第101–${DISTRICTS}个，共${DISTRICTS}个`)
    await expect(next).toBeDisabled()
    // the next page reads from its first row, not from where the last one ended
    await expect(rows.first()).toBeInViewport()
    const last = (await rows.last().getAttribute('data-code'))!
    const lastName = (await rows.last().getByRole('link').textContent())!.trim()
    await prev.click()
    await expect(rows).toHaveCount(100)
    await expect(rows.first()).toHaveAttribute('data-code', first!)

    // the reader's district, ranked last: the table opens at the first page, with a way to its row
    await open(page, `/m/gdp?d=${last}`)
    const reader = page.locator('[data-testid="indicator-row"][aria-current="true"]')
    await expect(reader).toHaveCount(0)
    await page.getByTestId('page-focus').click()
    await expect(reader).toHaveAttribute('data-code', last)
    await expect(range).toHaveText(`第101–${DISTRICTS}个，共${DISTRICTS}个`)
    await expect(page.getByTestId('page-focus')).toHaveCount(0)
    await reader.scrollIntoViewIfNeeded()
    await expect(reader).toBeInViewport()
    await expect(reader.getByRole('link')).toHaveText(lastName)
  })
})

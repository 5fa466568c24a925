import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { launchOptions } from '../helpers/browser'

test.describe('sharing', () => {
  test('without the Web Share API, 分享 copies a clean link and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.addInitScript(() => {
      // a desktop browser: no navigator.share
      delete (Navigator.prototype as { share?: unknown }).share
    })
    await open(page, '/d/410703?from=groupmessage#gdp')
    await page.getByTestId('share').click()
    await expect(page.getByTestId('toast')).toHaveText('链接已复制')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:4173/d/410703#gdp')
  })

  test('shares the address the reader opened, not the build\'s site address', async ({ page, context }) => {
    // the same server, reached by another name: a phone on the office network, a mirror
    const origin = 'http://127.0.0.1:4173'
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share
    })
    await open(page, `${origin}/compare?d=410702,410703&from=timeline`)
    await page.getByTestId('share').click()
    await expect(page.getByTestId('toast')).toHaveText('链接已复制')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/compare?d=410702,410703`)
    await page.getByTestId('qr-toggle').click()
    await expect(page.getByTestId('qr-image')).toHaveAttribute('alt', `本页二维码：${origin}/compare?d=410702,410703`)
    // the page's canonical address is still the one the build names
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:4173/compare?d=410702,410703')
  })

  test('shows a QR code of the page for the meeting table', async ({ page }) => {
    await open(page, '/d/410702')
    await page.getByTestId('qr-toggle').click()
    const img = page.getByTestId('qr-image')
    await expect(img).toBeVisible()
    await expect(img).toHaveAttribute('src', /^data:image\/png;base64,/)
    await expect(img).toHaveAttribute('alt', '本页二维码：http://localhost:4173/d/410702')
  })

  for (const [path, file] of [['/d/410811', 'shanyang-2023.png'], ['/en/d/410811', 'shanyang-2023.png'], ['/en/d/410702', 'hongqi-2023.png']] as const) {
    test(`保存图片 saves a PNG summary card with nothing drawn in its margins (${path})`, async ({ page }) => {
      await open(page, path)
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-image').click()])
      expect(download.suggestedFilename()).toBe(file)
      const png = readFileSync((await download.path())!)
      expect(png.subarray(1, 4).toString()).toBe('PNG')
      expect(png.readUInt32BE(16)).toBe(1080)
      expect(png.readUInt32BE(20)).toBe(1350)
      // the picture as the browser decodes it: how many pixels are not white, on the card and in
      // its side margins (72 px each side, below the blue bar), where no text may run
      const inked = await page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0))
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(image.width, image.height)
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(image, 0, 0)
        const count = (x0: number, x1: number) => {
          const { data } = ctx.getImageData(x0, 16, x1 - x0, image.height - 16)
          let n = 0
          for (let i = 0; i < data.length; i += 4) {
            if (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250)
              n++
          }
          return n
        }
        return { card: count(0, image.width), left: count(0, 64), right: count(image.width - 64, image.width) }
      }, png.toString('base64'))
      expect(inked.card).toBeGreaterThan(50_000)
      expect(inked).toMatchObject({ left: 0, right: 0 })
    })
  }
})

test.describe('install', () => {
  test('the browser finds the app installable', async ({ baseURL }) => {
    // installability is not judged in incognito contexts: use a real profile
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'district-brief-profile-')), { ...launchOptions, baseURL, serviceWorkers: 'allow' })
    const page = await context.newPage()
    await open(page, '/')
    const cdp = await context.newCDPSession(page)
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map(e => e.errorId), { timeout: 20_000 }).toEqual([])
    const manifest = await (await page.request.get('/manifest.webmanifest')).json()
    expect(manifest).toMatchObject({ name: '区情速览 District Brief', short_name: '区情速览', lang: 'zh-CN', display: 'standalone' })
    const sizes = manifest.icons.map((i: { sizes: string, purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']))
    expect(manifest.shortcuts.map((s: { url: string }) => s.url).sort()).toEqual(['/d/410702', '/d/410703', '/d/410811'])
    await context.close()
  })
})

import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'

test.use({ serviceWorkers: 'allow' })

/** Waits until the service worker controls the page and About has checked every file it keeps. */
async function savedForOffline(page: Page) {
  await open(page, '/about')
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true)
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 })
}

/** Changes the worker's cache from the page: `edit` gets the precache and the keys whose URL matches `pattern`. */
function inCache(page: Page, pattern: string, edit: 'corrupt' | 'delete' | 'type'): Promise<string[]> {
  return page.evaluate(async ([pattern, edit]) => {
    const cache = await caches.open((await caches.keys()).find(n => n.includes('precache'))!)
    const keys = (await cache.keys()).filter(r => new RegExp(pattern!).test(new URL(r.url).pathname))
    const out: string[] = []
    for (const key of keys) {
      if (edit === 'corrupt')
        await cache.put(key, new Response('<!doctype html><title>host fallback</title>', { headers: { 'content-type': 'text/html' } }))
      if (edit === 'delete')
        await cache.delete(key)
      out.push(edit === 'type' ? (await cache.match(key))?.headers.get('content-type') ?? 'none' : key.url)
    }
    return out
  }, [pattern, edit] as const)
}

test.describe('a cache that heals itself', () => {
  test('a web page cached under a start-up chunk\'s name (a host\'s fallback during a deploy) is replaced on the next load', async ({ page }) => {
    test.setTimeout(90_000)
    await savedForOffline(page)
    expect(await inCache(page, '^/assets/(framework|app)-[\\w-]+\\.js$', 'corrupt')).toHaveLength(2)
    await open(page, '/d/410703')
    await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
    expect(await inCache(page, '^/assets/(framework|app)-[\\w-]+\\.js$', 'type')).toEqual([expect.stringMatching(/javascript/), expect.stringMatching(/javascript/)])
  })

  test('files lost from the cache: offline a page still opens, About says what is missing, online they come back', async ({ page, context }) => {
    test.setTimeout(90_000)
    await savedForOffline(page)
    expect(await inCache(page, '^/(d/410703|d/410702/report|compare)$', 'delete')).toHaveLength(3)
    await context.setOffline(true)
    // the page itself is gone from the cache: the app's frame renders it from the cached data
    await open(page, '/d/410703')
    await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
    await open(page, '/about')
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'partial')
    await context.setOffline(false)
    // online, About's check fetches them again
    await page.reload()
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 })
    expect(await inCache(page, '^/(d/410703|d/410702/report|compare)$', 'type')).toEqual(Array.from({ length: 3 }, () => expect.stringMatching(/html/)))
  })
})

test('a start-up chunk the cache holds broken (its type right, its code not) is dropped with the cache, and the page starts from the network', async ({ page }) => {
  test.setTimeout(90_000)
  await savedForOffline(page)
  await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find(n => n.includes('precache'))!)
    const entry = (await cache.keys()).find(r => /\/assets\/app-[\w-]+\.js$/.test(r.url))!
    await cache.put(entry, new Response('throw new Error("a broken deploy")', { headers: { 'content-type': 'text/javascript' } }))
  })
  await open(page, '/d/410703')
  await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
  // once only: the broken file is gone with the old cache
  expect(await page.evaluate(() => sessionStorage.getItem('district-brief:healed'))).toBe('1')
})

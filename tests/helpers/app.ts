import type { Page } from '@playwright/test'

/** Opens a page and waits until the app has hydrated, so taps reach Vue. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
  return response
}

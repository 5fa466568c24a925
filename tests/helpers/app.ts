import type { Page } from '@playwright/test'

/** Opens a page and waits until the app has hydrated, so taps reach Vue. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
  return response
}

/**
 * The pages the browser loads as documents (not the app's own navigations) and, in between,
 * the scripts, in the order they are asked for (path and query).
 */
export function documentsAndScripts(page: Page): string[] {
  const requests: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if ((r.isNavigationRequest() && r.frame() === page.mainFrame()) || r.resourceType() === 'script')
      requests.push(url.pathname + url.search)
  })
  return requests
}

/** The documents alone, from `documentsAndScripts`. */
export function documentsOf(requests: string[]): string[] {
  return requests.filter(r => !/\/assets\//.test(r))
}

/**
 * The texts, among the elements the selector finds, that take more than one line on the screen
 * (the lines of the text itself, not of the boxes around it).
 */
export function wrappedTexts(page: Page, selector: string): Promise<Array<string | null>> {
  return page.evaluate(sel => [...document.querySelectorAll(sel)]
    .filter((el) => {
      const tops = new Set<number>()
      const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      while (texts.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(texts.currentNode)
        for (const r of range.getClientRects())
          tops.add(Math.round(r.top))
      }
      return tops.size > 1
    })
    .map(el => el.textContent), selector)
}

/** The lines each element the selector finds takes on the screen, as text, one string per line. */
export function textLines(page: Page, selector: string): Promise<string[][]> {
  return page.evaluate(sel => [...document.querySelectorAll(sel)].map((el) => {
    const lines = new Map<number, string>()
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    while (texts.nextNode()) {
      const node = texts.currentNode
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange()
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const rect = range.getClientRects()[0]
        if (rect)
          lines.set(Math.round(rect.top), (lines.get(Math.round(rect.top)) ?? '') + node.textContent![i])
      }
    }
    return [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line.trim()).filter(Boolean)
  }), selector)
}

/**
 * Where the app scrolls when it lands on a page (src/main.ts, the router's scrollBehavior): a
 * link's #target, or, going back, the card the reader left. Cards off screen are laid out at a
 * guessed height until they come near it (`content-visibility: auto`, MetricCard.vue), so a
 * target's place is only known once the page around it has settled: the scroll is repeated for a
 * few frames until the target stays put.
 */

const nextFrame = () => new Promise(resolve => requestAnimationFrame(resolve))

const px = (value: string) => Number.parseFloat(value) || 0

/** The id a link's #hash names; one cut mid-character (#%E5%8D) names no card, and is taken as typed. */
export function hashTarget(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1))
  }
  catch {
    return hash.slice(1)
  }
}

/** The page's scroll padding: the line below the sticky header. */
function headerLine(): number {
  return px(getComputedStyle(document.documentElement).scrollPaddingTop)
}

/** Where a link's #target lands, as CSS places it for a link from elsewhere: below the header, by its scroll margin. */
export function landingTop(el: HTMLElement): number {
  return headerLine() + px(getComputedStyle(el).scrollMarginTop)
}

/**
 * The element with this id once `ready` says so (it may render a few frames after the route), or
 * null after 2.5 s. The wait is in time, not frames: on a busy phone the page gone back to may
 * take over a second to render its cards while frames still come at 60 a second.
 */
export async function waitForElement(id: string, ready: () => boolean = () => true): Promise<HTMLElement | null> {
  const giveUp = performance.now() + 2500
  while (!(document.getElementById(id) && ready()) && performance.now() < giveUp)
    await nextFrame()
  return document.getElementById(id)
}

/**
 * Scrolls `el` to `top` (px from the top of the screen) and keeps it there while the page around
 * it settles: until it is put and still there two frames later, or for at most 1.5 s (in time, not
 * frames, as in `waitForElement`). Put means within half a screen pixel (a scroll offset is
 * rounded to the screen's pixels, and a looser mark would let each way back land a pixel further
 * off), or, for a target the page cannot scroll that far (a card at the foot of the page), as far
 * as it scrolls, the page no longer growing. It gives way at once to a reader who scrolls, taps or
 * types, and stops when the link is left (`hash`). Whether the target may be scrolled to once
 * more, for the router's last word.
 */
export async function settleOn(el: HTMLElement, top: number, hash: string): Promise<boolean> {
  let reader = false
  const stop = () => {
    reader = true
  }
  const inputs = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const
  for (const type of inputs) addEventListener(type, stop, { passive: true, capture: true })
  const mark = Math.max(0.5, 0.5 / devicePixelRatio) + 1e-3
  const page = document.scrollingElement ?? document.documentElement
  try {
    const giveUp = performance.now() + 1500
    let put = false
    // since when the page has scrolled as far as it goes towards the target, which has not moved
    let stuckSince: number | undefined
    let last: number | undefined
    while (performance.now() < giveUp) {
      if (reader || !el.isConnected || location.hash !== hash)
        return false
      const off = el.getBoundingClientRect().top - top
      const stuck = last !== undefined && Math.abs(off - last) <= mark
        && (off < 0 ? scrollY <= mark : scrollY >= page.scrollHeight - page.clientHeight - mark)
      last = off
      stuckSince = stuck ? stuckSince ?? performance.now() : undefined
      if (Math.abs(off) <= mark) {
        if (put)
          return true
        put = true
      }
      // as far as it goes, for longer than a page still rendering its cards below takes to grow
      else if (stuckSince !== undefined && performance.now() - stuckSince >= 300) {
        return true
      }
      else {
        put = false
        // (where the page cannot scroll that far, or not yet, as it is still being laid out, this
        // scrolls as far as it can, and tries again a few frames on)
        window.scrollTo({ top: scrollY + off, behavior: 'instant' })
      }
      // the frame that lays out what came near the screen, and one to read it in
      await nextFrame()
      await nextFrame()
    }
    return !reader && el.isConnected && location.hash === hash
  }
  finally {
    for (const type of inputs) removeEventListener(type, stop, { capture: true })
  }
}

export interface Anchor { id: string, top: number }

/**
 * The card, quote or comparison row at the top of the screen, with its height on the screen:
 * where the reader is on a page they leave. A page gone back to is rendered afresh, its cards at
 * a guessed height and its comparison rows a few at a time, so the saved scroll offset alone
 * would land above or below it; the way back settles on this.
 */
export function topOfScreen(): Anchor | undefined {
  const line = headerLine()
  for (const el of document.querySelectorAll<HTMLElement>('main .metric[id], main mark[id], main .compare-row[id]')) {
    const { top, bottom } = el.getBoundingClientRect()
    if (bottom > line)
      return { id: el.id, top }
  }
  return undefined
}

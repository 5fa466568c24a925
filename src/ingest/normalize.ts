/**
 * A matching copy of the cleaned text: full-width digits and traditional characters mapped one
 * character for one, so every offset found in the copy is an offset into the verbatim text.
 */
import * as OpenCC from 'opencc-js'

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })

const FULL_WIDTH: Record<string, string> = { '％': '%', '．': '.', '＋': '+', '－': '-' }

/** Same length as `text`; only single characters are swapped. */
export function forMatching(text: string): string {
  const seen = new Map<string, string>()
  let out = ''
  for (const ch of text) {
    let mapped = seen.get(ch)
    if (mapped === undefined) {
      const code = ch.charCodeAt(0)
      if (code >= 0xFF10 && code <= 0xFF19) mapped = String.fromCharCode(code - 0xFF10 + 48)
      else if (FULL_WIDTH[ch]) mapped = FULL_WIDTH[ch]
      else if (code >= 0x3400 && ch.length === 1) {
        const simple = toSimplified(ch)
        mapped = simple.length === 1 ? simple : ch
      }
      else mapped = ch
      seen.set(ch, mapped)
    }
    // astral characters are two code units; keep them as they are so lengths stay equal
    out += ch.length === mapped.length ? mapped : ch
  }
  return out
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 }

/** 十一 → 11, 二十 → 20, 百 → 100, 3 → 3; undefined when it is not a number. */
export function parseNumeral(s: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s)
  if (!s || [...s].some(c => DIGITS[c] === undefined && MULTIPLIERS[c] === undefined)) return undefined
  let total = 0
  let section = 0
  let digit: number | undefined
  for (const c of s) {
    const d = DIGITS[c]
    if (d !== undefined) {
      digit = d
      continue
    }
    const m = MULTIPLIERS[c]!
    if (m === 10000) {
      total += (section + (digit ?? 0)) * m
      section = 0
    }
    else {
      section += (digit ?? 1) * m
    }
    digit = undefined
  }
  return total + section + (digit ?? 0)
}

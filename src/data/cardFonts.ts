/**
 * The preview cards' font, prepared once per build: the system's Noto Sans CJK SC, regular and
 * bold, cut down to the characters the cards draw (HarfBuzz's subsetter). resvg reads a font
 * file again for every glyph it draws, so the 19 MB collections cost most of a second a card;
 * the cut fonts are a few hundred KB. Where fontconfig does not find the family, the cards use
 * the system's fonts as they are.
 *
 * Loaded by vite.config.ts, where the `~` alias does not apply: relative imports only.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const CARD_FAMILY = 'Noto Sans CJK SC'

/** What resvg is given to draw text with. */
export interface CardFontOptions {
  loadSystemFonts: boolean
  fontFiles?: string[]
  defaultFontFamily: string
}

export const SYSTEM_FONTS: CardFontOptions = { loadSystemFonts: true, defaultFontFamily: CARD_FAMILY }

/** The file and face (its index in a collection) fontconfig holds for the family in a weight. */
function systemFace(weight: 'regular' | 'bold'): { file: string, index: number } | undefined {
  try {
    const [file, index, family] = execFileSync('fc-match', ['-f', '%{file}\n%{index}\n%{family}', `${CARD_FAMILY}:weight=${weight}`], { encoding: 'utf8' }).split('\n')
    return file && family?.split(',').includes(CARD_FAMILY) ? { file, index: Number(index) || 0 } : undefined
  }
  catch {
    return undefined
  }
}

interface HarfBuzz {
  memory: WebAssembly.Memory
  _initialize: () => void
  malloc: (size: number) => number
  free: (ptr: number) => void
  hb_blob_create: (data: number, length: number, mode: number, user: number, destroy: number) => number
  hb_blob_destroy: (blob: number) => void
  hb_blob_get_data: (blob: number, length: number) => number
  hb_blob_get_length: (blob: number) => number
  hb_face_create: (blob: number, index: number) => number
  hb_face_destroy: (face: number) => void
  hb_face_reference_blob: (face: number) => number
  hb_set_add: (set: number, value: number) => void
  hb_set_clear: (set: number) => void
  hb_set_invert: (set: number) => void
  hb_subset_input_create_or_fail: () => number
  hb_subset_input_destroy: (input: number) => void
  hb_subset_input_set: (input: number, which: number) => number
  hb_subset_input_unicode_set: (input: number) => number
  hb_subset_or_fail: (face: number, input: number) => number
}

const HB_MEMORY_MODE_WRITABLE = 2
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6

function harfBuzz(): HarfBuzz {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HarfBuzz
  hb._initialize()
  return hb
}

/** The face of a font file with only the glyphs of `text` (and what its layout features reach). */
function subset(hb: HarfBuzz, font: Uint8Array, index: number, text: string): Uint8Array {
  const data = hb.malloc(font.byteLength)
  new Uint8Array(hb.memory.buffer).set(font, data)
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0)
  const face = hb.hb_face_create(blob, index)
  hb.hb_blob_destroy(blob)
  const input = hb.hb_subset_input_create_or_fail()
  // every layout feature kept, as the whole font has them
  const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG)
  hb.hb_set_clear(features)
  hb.hb_set_invert(features)
  const unicodes = hb.hb_subset_input_unicode_set(input)
  for (const c of new Set(text)) hb.hb_set_add(unicodes, c.codePointAt(0)!)
  const cut = hb.hb_subset_or_fail(face, input)
  hb.hb_subset_input_destroy(input)
  try {
    if (cut === 0)
      throw new Error(`HarfBuzz could not subset face ${index} of the card font`)
    const result = hb.hb_face_reference_blob(cut)
    const at = hb.hb_blob_get_data(result, 0)
    // a copy: the wasm memory is freed below and may move as it grows
    const bytes = new Uint8Array(hb.memory.buffer).slice(at, at + hb.hb_blob_get_length(result))
    hb.hb_blob_destroy(result)
    hb.hb_face_destroy(cut)
    return bytes
  }
  finally {
    hb.hb_face_destroy(face)
    hb.free(data)
  }
}

/**
 * Runs `draw` with the card font cut to the characters of `text`, written to a folder of its own
 * that is removed once `draw` has finished; with the system's fonts where the family is not installed.
 */
export async function withCardFonts<T>(text: string, draw: (fonts: CardFontOptions) => T | Promise<T>): Promise<T> {
  const faces = [systemFace('regular'), systemFace('bold')].filter(f => f !== undefined)
  if (faces.length === 0)
    return draw(SYSTEM_FONTS)
  const dir = mkdtempSync(join(tmpdir(), 'district-brief-fonts-'))
  try {
    const hb = harfBuzz()
    const fontFiles = [...new Map(faces.map(f => [`${f.file}#${f.index}`, f])).values()].map((f, i) => {
      const path = join(dir, `card-${i}.otf`)
      writeFileSync(path, subset(hb, readFileSync(f.file), f.index, text))
      return path
    })
    return await draw({ loadSystemFonts: false, fontFiles, defaultFontFamily: CARD_FAMILY })
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

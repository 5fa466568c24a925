/**
 * Report wording → the comparable indicators of data/indicators.json, through each indicator's
 * name and synonyms (生产总值, 规上工业增加值, GDP). The catalogue is the one place they are
 * written; a figure whose subject names none of them is drafted as report-only, with its own name.
 */
import { readFileSync } from 'node:fs'
import type { Indicator } from '../schemas/report.ts'

type CatalogueEntry = Pick<Indicator, 'id' | 'name' | 'synonyms'>

function key(phrase: string): string {
  return phrase.replace(/[\s“”"'‘’《》()（）]/g, '').toUpperCase()
}

/** Phrase → id for a catalogue: its names and synonyms in both languages. */
export function synonymLookup(indicators: readonly CatalogueEntry[]): ReadonlyMap<string, string> {
  return new Map(indicators.flatMap(i => [i.name.zh, i.name.en, ...i.synonyms.zh, ...i.synonyms.en].map(p => [key(p), i.id] as const)))
}

let shipped: ReadonlyMap<string, string> | undefined

/** The lookup of the catalogue this tool ships with, read once. */
function shippedLookup(): ReadonlyMap<string, string> {
  shipped ??= synonymLookup((JSON.parse(readFileSync(new URL('../../data/indicators.json', import.meta.url), 'utf8')) as { indicators: CatalogueEntry[] }).indicators)
  return shipped
}

/** The comparable indicator a subject phrase names, when it names one exactly. */
export function indicatorFor(subject: string, lookup: ReadonlyMap<string, string> = shippedLookup()): string | undefined {
  return lookup.get(key(subject))
}

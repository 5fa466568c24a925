/** Splits report text into plain runs and quoted runs, so the reader can highlight every sourced figure. */
export interface QuoteRef {
  quote: string
  /** indicator id of the metric quoting it */
  id: string
}

export type Segment =
  | { kind: 'text', text: string }
  | { kind: 'quote', text: string, ids: string[] }

export function segmentText(text: string, quotes: QuoteRef[]): Segment[] {
  const spans: Array<{ start: number, end: number, ids: string[] }> = []
  for (const q of quotes) {
    const start = text.indexOf(q.quote)
    if (start < 0)
      continue
    const same = spans.find(s => s.start === start && s.end === start + q.quote.length)
    if (same)
      same.ids.push(q.id)
    else spans.push({ start, end: start + q.quote.length, ids: [q.id] })
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Segment[] = []
  let pos = 0
  for (const s of spans) {
    if (s.start < pos) {
      // overlaps the previous quote: one highlight covers both, with both metrics
      const last = out.at(-1)
      if (last?.kind === 'quote') {
        last.ids.push(...s.ids.filter(id => !last.ids.includes(id)))
        if (s.end > pos) {
          last.text += text.slice(pos, s.end)
          pos = s.end
        }
      }
      continue
    }
    if (s.start > pos)
      out.push({ kind: 'text', text: text.slice(pos, s.start) })
    out.push({ kind: 'quote', text: text.slice(s.start, s.end), ids: [...s.ids] })
    pos = s.end
  }
  if (pos < text.length)
    out.push({ kind: 'text', text: text.slice(pos) })
  return out
}

export function paragraphs(source: string): string[] {
  return source.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean)
}

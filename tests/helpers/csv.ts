/** Reading the app's CSV downloads back, as a spreadsheet or a script would. */

/** Reads an RFC 4180 CSV (a BOM, quoted cells, CRLF) back into records by column name. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [[]]
  let field = ''
  let quoted = false
  const s = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"'
        i++
      }
      else if (c === '"') {
        quoted = false
      }
      else {
        field += c
      }
    }
    else if (c === '"') {
      quoted = true
    }
    else if (c === ',') {
      records.at(-1)!.push(field)
      field = ''
    }
    else if (c === '\n' || (c === '\r' && s[i + 1] === '\n')) {
      if (c === '\r')
        i++
      records.at(-1)!.push(field)
      field = ''
      records.push([])
    }
    else {
      field += c
    }
  }
  if (field || records.at(-1)!.length)
    records.at(-1)!.push(field)
  const [head = [], ...body] = records.filter(r => r.length > 0)
  return body.map(r => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])))
}

import { describe, expect, it } from 'vitest'
import { readInput } from '../../../src/ingest/read'

const DIR = 'tests/fixtures/ingest/formats'
const GDP = '全年实现地区生产总值261亿元'

describe('readInput', () => {
  it.each([
    ['gb18030.txt', 'gb18030'],
    ['utf8-bom.txt', 'utf-8'],
    ['utf16le-bom.txt', 'utf-16'],
  ])('detects the encoding of %s', async (file, encoding) => {
    const r = await readInput(`${DIR}/${file}`)
    expect(r.encoding).toBe(encoding)
    expect(r.text.startsWith('红旗区2023年')).toBe(true)
    expect(r.text).toContain(GDP)
  })

  it('takes the article out of a GB2312 web page, without its navigation', async () => {
    const r = await readInput(`${DIR}/page.html`)
    expect(r.format).toBe('html')
    expect(r.text).toContain(GDP)
    expect(r.text).not.toContain('首页')
  })

  it('reads the text of a Word file and of a PDF with a text layer', async () => {
    expect((await readInput(`${DIR}/report.docx`)).text).toContain(GDP)
    expect((await readInput(`${DIR}/text-layer.pdf`)).text).toContain('GDP 216')
  })
})

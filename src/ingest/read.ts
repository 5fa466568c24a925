/**
 * Reads a report file into plain text: detects the text encoding (jschardet + iconv-lite), pulls
 * the article out of a web page (linkedom + Readability) and the text out of a Word file (mammoth).
 */
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import iconv from 'iconv-lite'
import jschardet from 'jschardet'
import { IngestError } from './errors.ts'

export const MAX_BYTES = 10 * 1024 * 1024

export type InputFormat = 'text' | 'html' | 'docx' | 'pdf'

export interface ReadResult {
  text: string
  format: InputFormat
  encoding: string
}

/** Encodings a Chinese report plausibly comes in; anything else is more likely a misdetection. */
const CHINESE_ENCODINGS: Record<string, string> = {
  'ascii': 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  'utf-16': 'utf-16',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'gb2312': 'gb18030',
  'gbk': 'gb18030',
  'gb18030': 'gb18030',
  'big5': 'big5',
}

const FIX_ENCODING = 'save it as UTF-8 (or pass --encoding gb18030|big5|utf-16le) and run again'

function formatOf(path: string, bytes: Uint8Array): InputFormat {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1')
  if (head.startsWith('%PDF')) return 'pdf'
  const ext = extname(path).toLowerCase()
  if (head.startsWith('PK\u0003\u0004') && ext === '.docx') return 'docx'
  if (ext === '.html' || ext === '.htm') return 'html'
  if (ext === '.docx') return 'docx'
  if (ext === '.pdf') return 'pdf'
  return 'text'
}

/** Images, archives and executables have tell-tale first bytes; a NUL byte outside UTF-16 is binary. */
function looksBinary(bytes: Uint8Array, encoding: string | undefined): boolean {
  const head = Buffer.from(bytes.subarray(0, 4)).toString('latin1')
  if (['\u0089PNG', 'GIF8', 'PK\u0003\u0004', '\u007fELF'].includes(head) || head.startsWith('\u00ff\u00d8')) return true
  if (encoding?.startsWith('utf-16')) return false
  const sample = bytes.subarray(0, 8192)
  return sample.includes(0)
}

/** Names the encoding of a text file, or throws when it cannot tell. */
export function detectEncoding(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes)
  // jschardet reads BOMs itself; a lone UTF-16 file without BOM is told by its zero bytes.
  const guess = jschardet.detect(buffer.subarray(0, 64 * 1024), { minimumThreshold: 0 })
  const name = (guess.encoding ?? '').toLowerCase()
  const mapped = CHINESE_ENCODINGS[name]
  if (!mapped || guess.confidence < 0.2)
    throw new IngestError('unknown-encoding', `cannot tell the text encoding (best guess ${guess.encoding ?? 'none'}, ${Math.round(guess.confidence * 100)}%): ${FIX_ENCODING}`)
  return mapped
}

export function decodeText(bytes: Uint8Array, encoding?: string): { text: string, encoding: string } {
  const chosen = encoding ?? detectEncoding(bytes)
  if (!iconv.encodingExists(chosen))
    throw new IngestError('unknown-encoding', `unknown encoding ${chosen}: ${FIX_ENCODING}`)
  const text = iconv.decode(Buffer.from(bytes), chosen)
  // A wrong guess shows as replacement characters; better to stop than to draft from mojibake.
  const bad = (text.match(/\uFFFD/g) ?? []).length
  if (bad > Math.max(3, text.length / 200))
    throw new IngestError('unknown-encoding', `the text does not decode cleanly as ${chosen} (${bad} broken characters): ${FIX_ENCODING}`)
  return { text, encoding: chosen }
}

const BLOCK = /^(?:P|DIV|H[1-6]|LI|TR|TD|TH|SECTION|ARTICLE|BLOCKQUOTE|PRE|TABLE|UL|OL|BR)$/

/** Text of a DOM subtree with a line break around each block, as a reader sees paragraphs. */
function blockText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? ''
  const tag = (node as Element).tagName ?? ''
  const inner = [...node.childNodes].map(blockText).join('')
  return BLOCK.test(tag) ? `\n${inner}\n` : inner
}

/**
 * The article of a web page, as paragraphs; page chrome Readability cannot tell is left to clean().
 * The HTML and Word libraries load only for their formats: linkedom alone takes a second to load.
 */
export async function htmlToText(html: string): Promise<string> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')])
  const { document } = parseHTML(html)
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse()
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
    const title = article.title ? `${article.title}\n` : ''
    return title + blockText(inner.body as unknown as Node)
  }
  return blockText(document.body as unknown as Node)
}

/** The charset a web page declares, which beats a statistical guess. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)
  const name = m?.[1]?.toLowerCase()
  return name ? (CHINESE_ENCODINGS[name] ?? (iconv.encodingExists(name) ? name : undefined)) : undefined
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js prints its warnings (one on load, for Node) with console.log, which would land in
  // --json output; silence it while it runs
  const log = console.log
  console.log = () => {}
  try {
    const { extractText, getDocumentProxy } = await import('unpdf')
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 })
    const { text } = await extractText(pdf, { mergePages: true })
    return text
  }
  finally {
    console.log = log
  }
}

/** Reads one input file into text, or throws an IngestError that says what to do. */
export async function readInput(path: string, options: { encoding?: string } = {}): Promise<ReadResult> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) throw new IngestError('not-found', `${path} is not a file: check the path`)
  if (info.size > MAX_BYTES)
    throw new IngestError('too-large', `${path} is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the 10 MB limit: give the report text alone (save the page as text, or drop its images)`)
  if (info.size === 0) throw new IngestError('empty', `${path} is empty: give the file with the report text`)
  const bytes = new Uint8Array(await readFile(path))
  const format = formatOf(path, bytes)
  let result: ReadResult
  if (format === 'pdf') {
    const text = await pdfText(bytes).catch(() => {
      throw new IngestError('bad-pdf', `${path} cannot be read as a PDF: export the report again or give its text`)
    })
    if (text.replace(/\s/g, '').length < 20)
      throw new IngestError('no-text-layer', `${path} is a PDF without a text layer (scanned pages): run OCR on it first, or give the report text`)
    result = { text, format, encoding: 'pdf' }
  }
  else if (format === 'docx') {
    const { default: mammoth } = await import('mammoth')
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }).catch(() => {
      throw new IngestError('bad-docx', `${path} cannot be read as a Word file: save it again as .docx or give its text`)
    })
    result = { text: value, format, encoding: 'docx' }
  }
  else {
    if (looksBinary(bytes, undefined) && !/^(?:\xff\xfe|\xfe\xff)/.test(Buffer.from(bytes.subarray(0, 2)).toString('latin1')))
      throw new IngestError('binary', `${path} is a binary file, not text: give the report as .txt, .html, .docx or .pdf`)
    const decoded = decodeText(bytes, options.encoding ?? (format === 'html' ? declaredCharset(bytes) : undefined))
    result = { text: format === 'html' ? await htmlToText(decoded.text) : decoded.text, format, encoding: decoded.encoding }
  }
  if (!result.text.trim()) throw new IngestError('empty', `${path} has no text: give the file with the report text`)
  return result
}

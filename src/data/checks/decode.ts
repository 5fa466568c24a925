/**
 * Reads a data file's bytes as strict UTF-8. A lenient decoder would turn a bad byte into U+FFFD,
 * which then fails every quote check with errors that never mention the encoding.
 */

/** A file's contents: bytes from disk, or text already decoded (tests, tools). */
export type FileText = string | Uint8Array

const BOM = [0xEF, 0xBB, 0xBF]
const CJK = /[\u4E00-\u9FFF]/

/** The offset of the first byte that strict UTF-8 cannot read (the file is known to be invalid). */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true })
    }
    catch {
      return i
    }
  }
  return bytes.length - 1 // a sequence cut off at the end of the file
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    return CJK.test(new TextDecoder('gb18030', { fatal: true }).decode(bytes))
  }
  catch {
    return false
  }
}

/** The text of a file, or a plain sentence saying why it cannot be read as UTF-8. */
export function decodeUtf8(contents: FileText): { text: string } | { problem: string } {
  if (typeof contents === 'string')
    return { text: contents }
  if (BOM.every((b, i) => contents[i] === b))
    return { problem: 'starts with a byte-order mark (BOM): save it as UTF-8 without BOM' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(contents) }
  }
  catch {
    if (looksLikeGb18030(contents))
      return { problem: 'is not UTF-8 (looks like GBK/GB18030): save it as UTF-8' }
    const at = firstInvalidByte(contents)
    const line = contents.subarray(0, at).filter(b => b === 0x0A).length + 1
    const hex = contents[at]!.toString(16).toUpperCase().padStart(2, '0')
    return { problem: `is not valid UTF-8: byte 0x${hex} on line ${line} (byte ${at}) cannot be read; save it as UTF-8` }
  }
}

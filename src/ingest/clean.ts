/**
 * Cleans extracted report text: drops page chrome, strips paragraph indents and rejoins lines a
 * web page or PDF broke mid-sentence. Everything else stays exactly as written (traditional
 * characters, full-width digits, half-width punctuation), so quotes can be verbatim.
 */

export interface CleanResult {
  text: string
  /** lines dropped as page chrome */
  removed: string[]
  /** each rejoin, as `end of line⏎start of next` */
  rejoined: string[]
}

/** Lines that belong to the web page around a report, never to the report. */
const CHROME = [
  /^(?:本文地址|原文地址|网站地图|網站地圖|责任编辑|責任編輯|编辑|打印本页|打印本頁|关闭窗口|關閉窗口|分享到|分享至|验证码|驗證碼|发表评论|發表評論|留言与评论|网友评论|上一篇|下一篇|相关阅读|相关链接|相关文章|扫一扫|版权所有|版權所有|主办单位|ICP备|来源[:：]|信息来源|字号|【?打印】?|【?关闭】?|浏览次数|阅读次数|点击数|返回顶部|TOP)/i,
  /^本文仅代表作者观点/,
  /(?:网站地图|打印本页|关闭窗口|加入收藏|设为首页)/,
  /^\W*(?:共有\s*条评论|评论\s*\d*\s*条?)\W*$/,
]

/** Sentence-final marks: a line that ends in one of these is a whole paragraph. */
const TERMINAL = /[。！？!?；;：:”"』」）)]$/
/** A next line starting like this carries on the sentence above: a figure with its unit, or a comma. */
const CONTINUES = /^(?:[0-9０-９.．]+\s*(?:%|％|个百分点|[万亿]|元|個|个|家|项|人)|[,，、;；。)）])/
/** Running text has commas; a heading or a byline has none. */
const CLAUSE_MARK = /[,，、；;]/

/** A line at least this long without a full stop is a paragraph cut by the page, not a heading. */
const MIN_BROKEN_LINE = 30

/** Whether `next` carries on the sentence `prev` was cut in. */
function carriesOn(prev: string, next: string): boolean {
  if (TERMINAL.test(prev)) return false
  if (CONTINUES.test(next)) return true
  return prev.length >= MIN_BROKEN_LINE && CLAUSE_MARK.test(prev) && CLAUSE_MARK.test(next)
}

const INDENT = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/g

export function isChrome(line: string): boolean {
  return line.length < 200 && CHROME.some(re => re.test(line))
}

export function cleanText(raw: string): CleanResult {
  const removed: string[] = []
  const rejoined: string[] = []
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map(l => l.replace(INDENT, ''))
  const paragraphs: string[] = []
  for (const line of lines) {
    if (!line) continue
    if (isChrome(line)) {
      removed.push(line)
      continue
    }
    const prev = paragraphs[paragraphs.length - 1]
    if (prev !== undefined && carriesOn(prev, line)) {
      rejoined.push(`${prev.slice(-12)}⏎${line.slice(0, 12)}`)
      paragraphs[paragraphs.length - 1] = prev + line
    }
    else {
      paragraphs.push(line)
    }
  }
  return { text: paragraphs.join('\n\n'), removed, rejoined }
}

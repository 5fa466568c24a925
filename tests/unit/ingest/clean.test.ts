import { describe, expect, it } from 'vitest'
import { cleanText } from '../../../src/ingest/clean'

describe('cleanText', () => {
  it('drops page chrome lines and says which', () => {
    const r = cleanText('  全区地区生产总值完成216亿元。\n\n本文地址:/baogao/10615.html\n留言与评论(共有 条评论)\n验证码:\n网站地图\n责任编辑:张三\n打印本页 关闭窗口')
    expect(r.text).toBe('全区地区生产总值完成216亿元。')
    expect(r.removed).toHaveLength(6)
  })

  it('rejoins a sentence a page broke between 同比增长 and 4.7%', () => {
    const r = cleanText('社会消费品零售总额完成138.9亿元,同比增长\n\n4.7%,总量居全市第2位。')
    expect(r.text).toBe('社会消费品零售总额完成138.9亿元,同比增长4.7%,总量居全市第2位。')
    expect(r.rejoined).toEqual(['138.9亿元,同比增长⏎4.7%,总量居全市第2'])
  })

  it('rejoins a long line cut mid-word but keeps headings and bylines apart', () => {
    const r = cleanText('卫滨区:\n\n□记者 李蕊\n\n去年,该区产业发展取得突破,隧道设备产业园建成投用。全区开展“四有”研发活动的规\n\n上工业企业31家,覆盖率达88.57%。')
    expect(r.text.split('\n\n')).toEqual(['卫滨区:', '□记者 李蕊', '去年,该区产业发展取得突破,隧道设备产业园建成投用。全区开展“四有”研发活动的规上工业企业31家,覆盖率达88.57%。'])
  })

  it('strips indents and keeps full-width digits and traditional characters as written', () => {
    const r = cleanText('\u3000\u3000全縣生產總值增長４．７％。\r\n')
    expect(r.text).toBe('全縣生產總值增長４．７％。')
  })
})

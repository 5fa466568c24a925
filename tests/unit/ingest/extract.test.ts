import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../src/ingest/extract'

const one = (text: string) => {
  const figures = extractFigures(text)
  expect(figures).toHaveLength(1)
  return figures[0]!
}

describe('extractFigures', () => {
  it('reads value, growth, gap to the city average and the verbatim clause', () => {
    const text = '去年,该区全年实现地区生产总值141.8亿元,同比增长2.3%,高于全市平均水平0.8个百分点;'
    const f = one(text)
    expect(f).toMatchObject({ indicator: 'gdp', value: 141.8, unit: '亿元', change: { kind: 'pct', value: 2.3 }, vsAveragePp: 0.8 })
    expect(f.quote).toBe('该区全年实现地区生产总值141.8亿元,同比增长2.3%,高于全市平均水平0.8个百分点')
    expect(text.slice(f.start, f.start + f.quote.length)).toBe(f.quote)
  })

  it('gives a fall and a gap below the average a minus sign', () => {
    expect(one('规模以上工业增加值同比下降3.5%,低于全市平均水平1.2个百分点。')).toMatchObject({
      indicator: 'industrial-value-added', change: { kind: 'pct', value: -3.5 }, vsAveragePp: -1.2,
    })
  })

  it('reads through full-width digits and traditional characters, quoting them as written', () => {
    const f = one('全縣地區生產總值完成２１６．５億元，同比增長４．７％，增速居五區第二位。')
    expect(f).toMatchObject({ indicator: 'gdp', value: 216.5, unit: '亿元', change: { kind: 'pct', value: 4.7 } })
    expect(f.ranks).toEqual([{ scope: 'districts', basis: 'growth', position: 2, of: 5 }])
    expect(f.quote).toBe('全縣地區生產總值完成２１６．５億元，同比增長４．７％，增速居五區第二位')
  })

  it('reads several ranks, with their basis, from one clause', () => {
    expect(one('社会消费品零售总额完成138.9亿元,同比增长4.7%,总量居全市第2位、四区第1位。').ranks).toEqual([
      { scope: 'city', basis: 'total', position: 2 },
      { scope: 'districts', basis: 'total', position: 1, of: 4 },
    ])
  })

  it('keeps a rank-only statement (营商环境评价全省第十一)', () => {
    expect(one('营商环境评价全省第十一。')).toMatchObject({ name: '营商环境评价', ranks: [{ scope: 'province', basis: 'total', position: 11 }] })
    expect(one('区域经济总量连续十年位居全省县级行政区首位。')).toMatchObject({ name: '区域经济总量', ranks: [{ scope: 'province', basis: 'total', position: 1 }] })
    expect(extractFigures('我区位列第一方阵。')).toEqual([])
  })

  it('marks approximate (余, 突破: a lower bound; 近: about) and estimated (预计, 左右, 力争) figures', () => {
    expect(one('惠及居民3000余户。')).toMatchObject({ value: 3000, unit: '户', approximate: true })
    expect(one('组织开展论坛活动近百场。')).toMatchObject({ value: 100, unit: '场', approximate: 'near' })
    expect(one('企业数量突破1.7万家。')).toMatchObject({ value: 1.7, unit: '万家', approximate: true })
    expect(one('预计全年地区生产总值增长6%左右。')).toMatchObject({ indicator: 'gdp', estimate: true, change: { kind: 'pct', value: 6 } })
  })

  it('reads an absolute change in the figure unit (增加15天)', () => {
    expect(one('优良天数227天,同比增加15天。')).toMatchObject({ indicator: 'good-air-days', value: 227, change: { kind: 'abs', value: 15, unit: '天' } })
  })

  it('yields one figure per number in a clause, carrying 新增 to each listed item', () => {
    const figures = extractFigures('新增技能人才5299人、高技能人才3708人。')
    expect(figures.map(f => [f.indicator, f.value])).toEqual([['new-skilled-workers', 5299], ['new-high-skilled-workers', 3708]])
  })

  it('shares out 分别 values and plan completion to the items listed before', () => {
    const figures = extractFigures('全年列入省重点项目4个、市重点项目19个,分别完成投资32.2亿元、134.8亿元,占年度计划的169.6%、165.1%。')
    expect(figures.map(f => [f.name, f.value, f.unit])).toEqual([
      ['列入省重点项目', 4, '个'],
      ['市重点项目', 19, '个'],
      ['列入省重点项目完成投资', 32.2, '亿元'],
      ['市重点项目完成投资', 134.8, '亿元'],
      ['列入省重点项目占年度计划', 169.6, '%'],
      ['市重点项目占年度计划', 165.1, '%'],
    ])
  })

  it('names shares after the figure they are a share of, and keeps index values', () => {
    const [, share] = extractFigures('其中税收完成10.8亿元,占比93.9%。')
    expect(share).toMatchObject({ indicator: 'tax-share', value: 93.9, unit: '%' })
    expect(one('生态环境质量稳定向好,综合指数4.71。')).toMatchObject({ name: '综合指数', value: 4.71, unit: '' })
    expect(extractFigures('开工率、达效率均为100%。').map(f => [f.name, f.value])).toEqual([['开工率', 100], ['达效率', 100]])
  })

  it('names a count by the noun after it (14家企业), or after 的 (总投资25亿元的孵化园)', () => {
    expect(one('助力科瑞斯博、维可托等14家企业与高校签订产学研协议。')).toMatchObject({ name: '企业', value: 14, unit: '家' })
    expect(one('总投资25亿元的专精特新孵化园开工建设。')).toMatchObject({ name: '专精特新孵化园总投资', value: 25 })
  })

  it('ignores numbers that are names, dates or ordinals', () => {
    expect(extractFigures('3月6日,PM2.5、PM10指数完成市定任务,S309建成通车,12345热线畅通,第九期“三个一批”启动,打造15分钟生活圈。')).toEqual([])
  })
})

describe('extractFigures, on wording the seed reports do not use', () => {
  it('hands 分别 growths to the sectors listed before them', () => {
    const figures = extractFigures('其中零售业、住宿业、餐饮业分别增长2.6%、12%、2.4%。')
    expect(figures.map(f => [f.name, f.change?.value])).toEqual([['零售业', 2.6], ['住宿业', 12], ['餐饮业', 2.4]])
    for (const f of figures) expect(f.quote).toBe('其中零售业、住宿业、餐饮业分别增长2.6%、12%、2.4%')
  })

  it('reads gaps to the national and provincial growth, preferring the city one', () => {
    expect(one('规上工业增加值增长3.7%,高于全国0.7、全省2.3个百分点。')).toMatchObject({ vsAveragePp: 0.7, vsAverageScope: 'country' })
    expect(one('地区生产总值增长5.5%,高于全省0.5、全市1.2个百分点。')).toMatchObject({ vsAveragePp: 1.2, vsAverageScope: 'city' })
  })

  it('names a rank on a rate after the figure before it (完成率排名全市第一)', () => {
    const [, rate] = extractFigures('固定资产投资总额增长8.3%,完成率排名全市第一。')
    expect(rate).toMatchObject({ name: '固定资产投资总额完成率', ranks: [{ scope: 'city', position: 1 }] })
  })
})

describe('extractFigures, on lists joined by 和', () => {
  it('hands 分别 growths back to the figures just before, in order', () => {
    const [total, budget] = extractFigures('完成财政总收入50.8亿元,其中一般预算收入18.8亿元,分别增长26.7%和18.9%。')
    expect(total).toMatchObject({ value: 50.8, change: { kind: 'pct', value: 26.7 } })
    expect(budget).toMatchObject({ indicator: 'general-budget-revenue', value: 18.8, change: { kind: 'pct', value: 18.9 } })
  })

  it('reads 分别削减 a和b as falls of the things listed', () => {
    expect(extractFigures('二氧化硫排放量和化学需氧量分别削减3013吨和1498吨。').map(f => [f.name, f.change])).toEqual([
      ['二氧化硫排放量', { kind: 'abs', value: -3013, unit: '吨' }],
      ['化学需氧量', { kind: 'abs', value: -1498, unit: '吨' }],
    ])
  })

  it('skips a threshold that qualifies a noun (3000万元以上工业项目75个)', () => {
    expect(one('实施3000万元以上工业项目75个。')).toMatchObject({ value: 75, unit: '个' })
  })
})

describe('extractFigures, on lists with a shared head or a shared rank', () => {
  it('gives 增速均居全市第一 to every growth listed before it', () => {
    const figures = extractFigures('规上工业增加值、固定资产投资、社会消费品零售总额分别增长7.2%、10.5%、6.8%,增速均居全市第一。')
    expect(figures.map(f => f.indicator)).toEqual(['industrial-value-added', 'fixed-asset-investment', 'retail-sales'])
    for (const f of figures) expect(f.ranks).toEqual([{ scope: 'city', basis: 'growth', position: 1 }])
  })

  it('hands the shared head to each modifier (城镇、农村居民人均可支配收入)', () => {
    const [urban, rural] = extractFigures('城镇、农村居民人均可支配收入分别达到45210元、22130元,分别增长5.1%和7.3%。')
    expect(urban).toMatchObject({ indicator: 'urban-disposable-income', value: 45210, change: { value: 5.1 } })
    expect(rural).toMatchObject({ name: '农村居民人均可支配收入', value: 22130, change: { value: 7.3 } })
  })

  it('reads a growth in brackets as the growth of the figure before it', () => {
    expect(extractFigures('一般公共预算收入完成20.3亿元(同口径增长8.1%)。')).toMatchObject([
      { indicator: 'general-budget-revenue', value: 20.3, change: { kind: 'pct', value: 8.1 } },
    ])
  })

  it('marks every figure of a targets sentence as an estimate', () => {
    const figures = extractFigures('2024年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。')
    expect(figures.map(f => f.estimate)).toEqual([true, true])
  })
})

describe('extractFigures, on the 城乡 pair and growths after a list', () => {
  it('reads 城乡居民人均可支配收入分别达a和b, 增长x和y as the urban and the rural figure', () => {
    const [urban, rural] = extractFigures('城乡居民人均可支配收入分别达28336元和13632元,增长8.5%和9%。')
    expect(urban).toMatchObject({ indicator: 'urban-disposable-income', value: 28336, change: { value: 8.5 } })
    expect(rural).toMatchObject({ name: '农村居民人均可支配收入', value: 13632, change: { value: 9 } })
  })

  it('gives a rank to the clause just before it when that clause has no figure', () => {
    const [coal, energy] = extractFigures('煤炭消费总量控制在655.9万吨以内,万元地区生产总值能耗提前完成任务,居全市第一。')
    expect(coal!.ranks).toEqual([])
    expect(energy).toMatchObject({ name: '万元地区生产总值能耗提前完成任务', ranks: [{ scope: 'city', position: 1 }] })
  })
})

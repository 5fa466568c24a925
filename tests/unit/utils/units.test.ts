import { describe, expect, it } from 'vitest'
import { convert, sizeInSmallestUnit, unitFactor } from '~/utils/units'

describe('unitFactor', () => {
  it('is 1 for the same unit, even one without a group', () => {
    expect(unitFactor('亿元', '亿元')).toBe(1)
    expect(unitFactor('%', '%')).toBe(1)
    expect(unitFactor('天', '天')).toBe(1)
  })

  it('gives the factor from the larger into the smaller unit', () => {
    expect(unitFactor('万人', '人')).toBe(1e4)
    expect(unitFactor('亿元', '万元')).toBe(1e4)
    expect(unitFactor('亿元', '元')).toBe(1e8)
    expect(unitFactor('万米', '公里')).toBe(10)
    expect(unitFactor('万平方米', '平方米')).toBe(1e4)
  })

  it('gives the inverse factor from the smaller into the larger unit', () => {
    expect(unitFactor('人', '万人')).toBe(1e-4)
    expect(unitFactor('万元', '亿元')).toBe(1e-4)
  })

  it('treats synonyms as equal', () => {
    expect(unitFactor('名', '人')).toBe(1)
    expect(unitFactor('公里', '千米')).toBe(1)
  })

  it('is undefined for units that measure different things', () => {
    expect(unitFactor('亿元', '人')).toBeUndefined()
    expect(unitFactor('万户', '万人')).toBeUndefined()
    expect(unitFactor('%', '个百分点')).toBeUndefined()
    expect(unitFactor('平方米', '米')).toBeUndefined()
    expect(unitFactor('个', '家')).toBeUndefined()
  })
})

describe('convert', () => {
  it('converts report units into indicator units', () => {
    expect(convert(1.36, '万人', '人')).toBe(13600)
    expect(convert(3.8, '万米', '米')).toBe(38000)
    expect(convert(4.08, '万元', '元')).toBe(40800)
    expect(convert(5.5, '万户', '户')).toBe(55000)
    expect(convert(2.46, '万件', '件')).toBe(24600)
  })

  it('rounds away floating-point noise', () => {
    // 0.07 * 1e4 is 700.0000000000001 in floating point
    expect(convert(0.07, '万元', '元')).toBe(700)
    expect(convert(727.6, '万元', '亿元')).toBe(0.07276)
    expect(convert(1354, '万元', '亿元')).toBe(0.1354)
  })

  it('leaves values alone when the unit is unchanged', () => {
    expect(convert(93.9, '%', '%')).toBe(93.9)
    expect(convert(-1.5, '个百分点', '个百分点')).toBe(-1.5)
  })

  it('is undefined for incompatible units', () => {
    expect(convert(4.49, '亿元', '人')).toBeUndefined()
    expect(convert(90, '亩', '平方米')).toBeUndefined()
  })
})

describe('sizeInSmallestUnit', () => {
  it('sizes a unit in its group, and a unit without a group as 1', () => {
    expect(sizeInSmallestUnit('亿元')).toBe(1e8)
    expect(sizeInSmallestUnit('公里')).toBe(1e3)
    expect(sizeInSmallestUnit('万平方米')).toBe(1e4)
    expect(sizeInSmallestUnit('个')).toBe(1)
  })
})

/** The bar chart every card, ranking and comparison uses: labelled bars, one in focus. */
import type { ECOption } from '../echarts'
import type { Palette } from '../themes/palette'

export interface Bar {
  name: string
  value: number
  /** the text shown at the end of the bar (already formatted) */
  label: string
  focus?: boolean
}

/**
 * `namesAbove`: each bar's name on a line of its own above it, the whole width of the chart, for
 * names too long to stand beside a bar (规模以上工业增加值, Value added of industry above designated size).
 */
export function barOption(bars: Bar[], opts: { palette: Palette, label: string, horizontal?: boolean, namesAbove?: boolean }): ECOption {
  const { palette: p, horizontal = true, namesAbove = false } = opts
  const categoryAxis = {
    type: 'category' as const,
    data: bars.map(b => b.name),
    inverse: horizontal,
    axisTick: { show: false },
    axisLine: { show: !namesAbove, lineStyle: { color: p.grid } },
    axisLabel: namesAbove
      ? { color: p.text, fontSize: 12, inside: true, align: 'left' as const, verticalAlign: 'bottom' as const, padding: [0, 0, 11, 0], width: 320, overflow: 'truncate' as const }
      : { color: p.text, fontSize: 12 },
  }
  const valueAxis = {
    type: 'value' as const,
    show: false,
    splitLine: { show: false },
    min: Math.min(0, ...bars.map(b => b.value)),
  }
  return {
    animation: false,
    aria: { enabled: true, label: { description: opts.label } },
    // the axis labels (district names) inside the box: ECharts 6's form of `containLabel`
    grid: namesAbove
      ? { left: 8, right: 88, top: 18, bottom: 0 }
      : {
          ...(horizontal ? { left: 8, right: 88, top: 4, bottom: 4 } : { left: 8, right: 8, top: 24, bottom: 4 }),
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        },
    tooltip: { trigger: 'item', confine: true, backgroundColor: p.surface, borderColor: p.border, textStyle: { color: p.text }, formatter: (params: unknown) => {
      const i = (params as { dataIndex: number }).dataIndex
      const b = bars[i]
      return b ? `${b.name}: ${b.label}` : ''
    } },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [{
      type: 'bar',
      barMaxWidth: namesAbove ? 12 : 22,
      data: bars.map(b => ({
        value: b.value,
        // rounded at the bar's outer end: right or top, left or bottom below zero
        itemStyle: { color: b.focus ? p.focus : p.other, borderRadius: outerEnd(b.value, horizontal) },
        label: { show: true, position: horizontal ? 'right' : 'top', formatter: b.label, color: p.text, fontWeight: b.focus ? 'bold' : 'normal', fontSize: 12 },
      })),
    }],
  }
}

/** Corner radii (top-left, top-right, bottom-right, bottom-left) that round a bar's end away from zero. */
function outerEnd(value: number, horizontal: boolean): number[] {
  if (horizontal)
    return value < 0 ? [4, 0, 0, 4] : [0, 4, 4, 0]
  return value < 0 ? [0, 0, 4, 4] : [4, 4, 0, 0]
}

export function barHeight(count: number, horizontal = true, namesAbove = false): number {
  if (namesAbove)
    return count * 40 + 18
  return horizontal ? Math.max(72, count * 34 + 16) : 160
}

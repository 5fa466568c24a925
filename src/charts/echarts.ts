/**
 * The one place that registers ECharts parts: only what the app draws.
 * AriaComponent is required, or `aria` in an option silently does nothing.
 */
import type { BarSeriesOption } from 'echarts/charts'
import { BarChart } from 'echarts/charts'
import type { AriaComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components'
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer])

export type ECOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption>

export { init } from 'echarts/core'

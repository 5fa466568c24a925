/**
 * A chart as a picture: SVG that ECharts drew from our option builders (text in it is escaped
 * by ECharts) at build time (src/charts/ssr.ts). While hydrating, `svg` is empty in
 * the browser: the element gets no innerHTML, so hydration keeps the prerendered SVG.
 */
import { defineComponent, h } from 'vue'

export const StaticSvg = defineComponent({
  name: 'StaticSvg',
  props: { svg: { type: String, required: true } },
  setup(props) {
    return () => h('div', { class: 'static-svg', innerHTML: props.svg || undefined })
  },
})

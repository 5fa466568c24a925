/**
 * A chart prerendered to SVG at build time (ECharts' own output from our option builders, never
 * data). On the server it writes the SVG; in the browser it renders an empty element with no
 * innerHTML, so hydration keeps the prerendered SVG instead of clearing it.
 */
import { defineComponent, h } from 'vue'

export default defineComponent({
  name: 'StaticSvg',
  props: { svg: { type: String, required: true } },
  setup(props) {
    return () => (import.meta.env.SSR ? h('div', { class: 'static-svg', innerHTML: props.svg }) : h('div', { class: 'static-svg' }))
  },
})

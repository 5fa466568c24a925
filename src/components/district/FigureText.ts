/**
 * Prose in which each figure stays on one line (142亿元, not 142亿 | 元; 第1位, not 第1 | 位).
 * A functional component: the report's text renders one for each of its 70-odd passages,
 * none of which needs an instance of its own to set up as the page starts.
 */
import { h } from 'vue'
import type { FunctionalComponent } from 'vue'
import { figureRuns } from '~/utils/figureRuns'

export const FigureText: FunctionalComponent<{ text: string }> = props =>
  figureRuns(props.text).map(run => (run.figure ? h('span', { class: 'figure' }, run.text) : run.text))

FigureText.props = { text: { type: String, required: true } }

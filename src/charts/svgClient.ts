/**
 * A chart's static SVG, drawn by ./svgWorker.ts. One worker serves every chart on the page; it
 * starts with the first chart that needs it.
 */
import type { ECOption } from './echarts'
import type { SvgRequest, SvgResponse } from './svgWorker'

let worker: Worker | undefined
let nextId = 0
const pending = new Map<number, { resolve: (svg: string) => void, reject: (error: Error) => void }>()

function svgWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./svgWorker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', ({ data }: MessageEvent<SvgResponse>) => {
      const request = pending.get(data.id)
      pending.delete(data.id)
      if (data.svg !== undefined)
        request?.resolve(data.svg)
      else
        request?.reject(new Error(data.error ?? 'chart not drawn'))
    })
    worker.addEventListener('error', () => {
      for (const request of pending.values()) request.reject(new Error('chart worker failed'))
      pending.clear()
      worker = undefined
    })
  }
  return worker
}

/** Functions (the tooltip formatter) cannot cross to a worker, and a picture has no tooltip. */
function cloneable(option: ECOption): ECOption {
  const picture = { ...option }
  delete picture.tooltip
  return picture
}

export function drawSvg(option: ECOption, width: number, height: number): Promise<string> {
  if (typeof Worker === 'undefined')
    return Promise.reject(new Error('no workers here'))
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    svgWorker().postMessage({ id, option: cloneable(option), width, height } satisfies SvgRequest)
  })
}

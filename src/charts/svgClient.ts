/**
 * A chart's static SVG, drawn by ./svgWorker.ts. One worker serves every chart on the page; it
 * starts with the first chart that needs it.
 */
import echartsUrl from 'virtual:echarts-url'
import type { ECOption } from './echarts'
import type { SvgRequest, SvgResponse } from './svgWorker'

let worker: Worker | undefined
let nextId = 0
const pending = new Map<number, { resolve: (svg: string) => void, reject: (error: Error) => void }>()
/**
 * A drawing takes a few milliseconds, but the first waits for ECharts to download (165 KB gzip:
 * seconds on a slow network). One that has not come back by then is not coming.
 */
const TIMEOUT_MS = 20_000

function failAll(reason: string) {
  for (const request of pending.values()) request.reject(new Error(reason))
  pending.clear()
  worker?.terminate()
  worker = undefined
}

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
      // ECharts did not load in this worker: the next chart starts a new one
      if (data.failed)
        failAll(data.error ?? 'chart worker could not load ECharts')
    })
    worker.addEventListener('error', () => failAll('chart worker failed'))
    worker.addEventListener('messageerror', () => failAll('chart worker sent an unreadable message'))
  }
  return worker
}

/** Functions (the tooltip formatter) cannot cross to a worker, and a picture has no tooltip. */
function cloneable(option: ECOption): ECOption {
  const picture = { ...option }
  delete picture.tooltip
  return picture
}

/** The chart as SVG; rejects when no worker can draw it (the caller then shows the live chart). */
export function drawSvg(option: ECOption, width: number, height: number): Promise<string> {
  if (typeof Worker === 'undefined')
    return Promise.reject(new Error('no workers here'))
  const id = nextId++
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id)
      reject(new Error('chart worker did not answer'))
    }, TIMEOUT_MS)
    pending.set(id, {
      resolve: (svg) => { clearTimeout(timer); resolve(svg) },
      reject: (error) => { clearTimeout(timer); reject(error) },
    })
    try {
      svgWorker().postMessage({ id, echarts: echartsUrl, option: cloneable(option), width, height } satisfies SvgRequest)
    }
    catch (error) {
      pending.get(id)?.reject(error instanceof Error ? error : new Error(String(error)))
      pending.delete(id)
    }
  })
}

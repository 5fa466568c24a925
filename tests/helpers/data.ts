/** The shipped data, read the way the build reads it, so browser tests check what pages show against data/. */
import { loadDataset } from '~/data/vitePlugin'

export const { dataset } = loadDataset('data')

export function report(code: string) {
  const r = dataset.reports.find(x => x.meta.district.code === code)
  if (!r)
    throw new Error(`no report for ${code}`)
  return r
}

export function indicator(id: string) {
  const i = dataset.indicators.find(x => x.id === id)
  if (!i)
    throw new Error(`no indicator ${id}`)
  return i
}

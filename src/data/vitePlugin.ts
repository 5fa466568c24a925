/**
 * Serves the validated data/ to the app as virtual modules:
 *   virtual:data — what every page needs: the indicator catalogue, with loaders that import each
 *   city and each indicator's year on demand;
 *   virtual:data/indicator/<id>_<year> — an indicator's ranking for one year (./rankingChunk.ts);
 *   virtual:data/directory — provinces → cities, for browsing a large dataset from home;
 *   virtual:data/city/<4 digits> — a city's districts and the loaders of their reports;
 *   virtual:data/search — the search index, loaded when the reader starts typing.
 * Invalid data stops dev and build with every problem named by file and field.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { CITY_MODULE, DIRECTORY_MODULE, INDICATOR_MODULE, REPORT_MODULE, SEARCH_MODULE, cityModule, indicatorModule, isDataChunkModule, rankingChunkName, reportModule } from './chunkModules.ts'
import type { PeerGroups } from './buildDataset.ts'
import { buildIndex, cityChunks, dataVersion, directory, districtSummaries, peerGroups, rankingChunk, rankingYears, reportChunk, searchEntries, untitled } from './buildDataset.ts'
import type { CityChunk } from '../schemas/dataset.ts'
import { LIST_UP_TO } from '../schemas/constants.ts'
import { readDataDir } from './readDataDir.ts'
import type { Dataset } from './validate.ts'
import { DataValidationError, validateData } from './validate.ts'

const ID = 'virtual:data'

export interface DataPluginOptions {
  dir?: string
  /** fixed build time, for reproducible builds */
  builtAt?: string
}

export function loadDataset(dir: string): { dataset: Dataset, version: string } {
  const raw = readDataDir(dir)
  const { dataset, errors } = validateData(raw)
  if (!dataset)
    throw new DataValidationError(errors)
  return { dataset, version: dataVersion(raw) }
}

/** A city's districts and the loaders of their reports (`loader`: a report's id → its loader's source), as the source of a module's value. */
function cityChunkSource(city: CityChunk, loader: (id: string) => string): string {
  const reportLoaders = city.districts.flatMap(d => d.reports).map(r => `${JSON.stringify(r.id)}: ${loader(r.id)}`)
  return `{ rank: ${city.rank}, districts: ${JSON.stringify(city.districts)}, reportLoaders: {${reportLoaders.join(',')}} }`
}

/** Where the server build keeps a report, and how its modules read it (see `reportLoader` below). */
const serverReportFile = (config: { root: string, build: { outDir: string } }, id: string) => resolve(config.root, config.build.outDir, 'data', `${id}.json`)
const READ_REPORT = `import { readFile } from 'node:fs/promises'\nconst readReport = async path => ({ default: JSON.parse(await readFile(path, 'utf8')) })`

export function dataPlugin(options: DataPluginOptions = {}): Plugin {
  const dir = resolve(options.dir ?? 'data')
  let cache: { dataset: Dataset, version: string } | undefined
  // looked up once per build: a report chunk each for thousands of reports
  let lookups: { reports: Map<string, Dataset['reports'][number]>, peers: PeerGroups, cities: Map<string, CityChunk> } | undefined
  const get = () => (cache ??= loadDataset(dir))
  const lookup = () => (lookups ??= { reports: new Map(get().dataset.reports.map(r => [r.id, r])), peers: peerGroups(get().dataset), cities: cityChunks(get().dataset) })
  const builtAt = options.builtAt ?? new Date().toISOString()
  /** the reports the server build's modules name, written beside them */
  const serverReports = new Set<string>()
  return {
    name: 'district-brief:data',
    buildStart() {
      cache = undefined
      lookups = undefined
      get()
      this.addWatchFile(dir)
    },
    resolveId(id) {
      if (id === ID || isDataChunkModule(id))
        return `\0${id}`
    },
    load(id) {
      if (!id.startsWith('\0virtual:data'))
        return
      const { dataset, version } = get()
      const key = id.slice(1)
      // The browser imports a report's chunk. The build's server renders tens of thousands of
      // pages in one process, in which an imported module stays for good: every report would end
      // up in memory at once (1.5 GB at 3,000 districts × 5 years), and each collection of garbage
      // would walk it. So the server build reads a report from a JSON file beside its modules as
      // a page needs it, and lets it go once the page is written.
      const server = this.environment.config.command === 'build' && this.environment.config.consumer === 'server'
      const reportLoader = (reportId: string): string => {
        if (!server)
          return `() => import(${JSON.stringify(reportModule(reportId))})`
        serverReports.add(reportId)
        return `() => readReport(${JSON.stringify(serverReportFile(this.environment.config, reportId))})`
      }
      const cityModuleSource = (city: CityChunk) => cityChunkSource(city, reportLoader)
      const serverHeader = server ? [READ_REPORT] : []
      if (key === ID) {
        const index = buildIndex(dataset, version, builtAt)
        // a dataset small enough to list whole comes with the first load, as it always has: a
        // district page then starts with its report's chunk alone
        const small = index.districtCount <= LIST_UP_TO
        const cityLoaders = [...lookup().cities].map(([code, city]) => `${JSON.stringify(code)}: () => ${small ? `Promise.resolve({ default: ${cityModuleSource(city)} })` : `import(${JSON.stringify(cityModule(code))})`}`)
        // each indicator's years, newest first, each a chunk of its own
        const indicatorLoaders = dataset.indicators.map((i) => {
          const years = rankingYears(dataset, i.id).map(y => `${y}: () => import(${JSON.stringify(indicatorModule(i.id, y))})`)
          return `${JSON.stringify(i.id)}: {${years.join(',')}}`
        })
        return [
          ...(small ? serverHeader : []),
          `export const index = ${JSON.stringify(index)}`,
          `export const cityLoaders = {${cityLoaders.join(',')}}`,
          `export const indicatorLoaders = {${indicatorLoaders.join(',')}}`,
          `export const loadSearchIndex = () => import(${JSON.stringify(SEARCH_MODULE)})`,
          `export const loadDirectory = () => import(${JSON.stringify(DIRECTORY_MODULE)})`,
        ].join('\n')
      }
      if (key.startsWith(CITY_MODULE)) {
        const city = lookup().cities.get(key.slice(CITY_MODULE.length))
        if (!city)
          return
        return [...serverHeader, `export default ${cityModuleSource(untitled(city))}`].join('\n')
      }
      if (key === DIRECTORY_MODULE)
        return `export default ${JSON.stringify(directory(districtSummaries(dataset)))}`
      if (key === SEARCH_MODULE)
        return `export default ${JSON.stringify(searchEntries(districtSummaries(dataset)))}`
      if (key.startsWith(REPORT_MODULE)) {
        const report = lookup().reports.get(key.slice(REPORT_MODULE.length))
        return report && `export default ${JSON.stringify(reportChunk(dataset, report, lookup().peers))}`
      }
      if (key.startsWith(INDICATOR_MODULE)) {
        const name = rankingChunkName(key.slice(INDICATOR_MODULE.length))
        const chunk = name && rankingChunk(dataset, name.id, name.year)
        return chunk && `export default ${JSON.stringify(chunk)}`
      }
    },
    // the server build's reports, written once its modules are (a server build writes no assets)
    writeBundle() {
      if (this.environment.config.consumer !== 'server' || !serverReports.size)
        return
      const { dataset } = get()
      const { config } = this.environment
      mkdirSync(dirname(serverReportFile(config, '_')), { recursive: true })
      for (const id of serverReports)
        writeFileSync(serverReportFile(config, id), JSON.stringify(reportChunk(dataset, lookup().reports.get(id)!, lookup().peers)))
      serverReports.clear()
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(dir)) {
        cache = undefined
        lookups = undefined
        ctx.server.restart()
      }
    },
  }
}

/// <reference types="vite-ssg" />
import { fileURLToPath, URL } from 'node:url'
import process from 'node:process'
import VueI18n from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import type { UserConfig } from 'vite'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { dataPlugin, loadDataset } from './src/data/vitePlugin.ts'
import { cityChunks, newestReports } from './src/data/buildDataset.ts'
import { aliasPaths, prerenderPaths } from './src/data/prerenderPaths.ts'
import { previewServerPlugin } from './src/build/previewServer.ts'
import { deployChecksPlugin } from './src/build/deployChecks.ts'
import { ogImagePlugin } from './src/data/ogImages.ts'
import { reportFilesPlugin } from './src/data/reportFiles.ts'
import { earlyScriptPlugin } from './src/build/earlyScript.ts'
import { inlineStylesheets, markSynthetic, startAfterPaint, writeAlias } from './src/build/prerenderedHtml.ts'
import { isSyntheticData } from './src/data/readDataDir.ts'
import { precacheManifest } from './src/build/precacheManifest.ts'
import { writeOfflineManifests } from './src/build/offlineManifests.ts'
import { buildStatsPlugin } from './src/build/buildStats.ts'

/** Deploy under a sub-folder with BASE_PATH=/brief/; SITE_URL is the host of canonical links and link previews. */
const base = process.env.BASE_PATH ?? '/'
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173'
// one timestamp for both of vite-ssg's builds (client and server), so hydration matches
process.env.BUILT_AT ??= new Date().toISOString()

/** DATA_DIR and OUT_DIR let tests build a second version of the app beside the first. */
const dataDir = process.env.DATA_DIR ?? 'data'
const outDir = process.env.OUT_DIR ?? 'dist'
/** a dataset of `npm run synth`: every page says so, and the build refuses SITE_URL */
const synthetic = isSyntheticData(dataDir)

const FRAMEWORK = /[\\/]node_modules[\\/](?:@vue|vue|vue-router|vue-i18n|@intlify|pinia|@vueuse|@unhead|unhead|hookable)[\\/]/

export default defineConfig(({ isPreview }): UserConfig => {
  const { dataset, version } = loadDataset(dataDir)
  /** the city chunk each district is in, for the cities' offline lists */
  const chunkOfCode = new Map([...cityChunks(dataset)].flatMap(([chunk, c]) => c.districts.map(d => [d.code, chunk] as const)))
  /** pages written as a copy of another's HTML, not rendered again */
  const aliases = aliasPaths(dataset)
  return {
    base,
    // the dev server falls back to the SPA; `npm start` serves the prerendered pages and a real 404
    appType: isPreview ? 'mpa' : 'spa',
    resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
    define: {
      'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrl),
      // every component uses <script setup>: the Options API code stays out of the bundle
      '__VUE_OPTIONS_API__': 'false',
      '__VUE_PROD_DEVTOOLS__': 'false',
      '__VUE_PROD_HYDRATION_MISMATCH_DETAILS__': 'false',
    },
    plugins: [
      vue(),
      // messages compiled at build time: the runtime-only vue-i18n ships, no message compiler, no eval
      VueI18n({ include: [fileURLToPath(new URL('./src/locales/**', import.meta.url))], runtimeOnly: true, dropMessageCompiler: true, compositionOnly: true, fullInstall: false, strictMessage: false }),
      previewServerPlugin(),
      earlyScriptPlugin(),
      buildStatsPlugin(route => (aliases.has(route) ? 1 : 0)),
      deployChecksPlugin({ synthetic }),
      dataPlugin({ dir: dataDir, builtAt: process.env.BUILT_AT }),
      ogImagePlugin(dataset),
      reportFilesPlugin({ dataset, version, site: siteUrl, base }),
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        // a file over Workbox's 2 MiB is left out of the precache with a warning, not a failed
        // build: the precache holds far less (src/build/precacheManifest.ts)
        showMaximumFileSizeToCacheInBytesWarning: true,
        // fetched on the page's own connection, like every other same-origin request
        useCredentials: true,
        includeAssets: ['favicon.svg'],
        pwaAssets: {
          image: 'public/favicon.svg',
          preset: 'minimal-2023',
          includeHtmlHeadLinks: true,
          // index.html has its own theme colours, one per colour scheme
          injectThemeColor: false,
          overrideManifestIcons: true,
        },
        manifest: {
          id: base,
          name: '区情速览 District Brief',
          short_name: '区情速览',
          description: '区县政府工作报告与发展成就速览：关键数据、排名与对比，离线可读，一键分享。',
          lang: 'zh-CN',
          dir: 'ltr',
          start_url: base,
          scope: base,
          display: 'standalone',
          theme_color: '#1d4ed8',
          background_color: '#f5f6f8',
          categories: ['news', 'government', 'education'],
          screenshots: [
            { src: 'screenshots/phone-district.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: '卫滨区：摘要与数据卡片' },
            { src: 'screenshots/phone-home.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: '首页：各区县关键数据' },
          ],
          shortcuts: newestReports(dataset).slice(0, 4).map(r => ({
            name: r.meta.district.name.zh,
            short_name: r.meta.district.name.zh,
            url: `${base}d/${r.meta.district.code}`,
          })),
        },
        // our own worker (src/sw.ts): Workbox's precache, made to heal itself
        strategies: 'injectManifest',
        srcDir: 'src',
        filename: 'sw.ts',
        injectManifest: {
          rollupFormat: 'iife',
          // the app's code, every data chunk, the ECharts chunk and the pages below: the whole app
          // works offline after one visit (the plugin adds the web manifest itself: globbing it too lists it twice with two
          // revisions, and Workbox then refuses the whole precache list)
          globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
          // Preview images are for chat apps and the install sheet, not for reading offline. The
          // HTML kept is that of the pages a reader opens from a link or the home screen: home,
          // districts, reports, compare, the indicator list, about. The 206 indicator pages (in
          // two languages, 60% of the bytes) and a district page's year and pinyin aliases
          // (/d/410703/2023, /d/weibin) come from the app's frame in their language (shell.html,
          // en/shell.html), in which the app renders them from the cached data; so does a link
          // that leads nowhere (the app's not-found page).
          globIgnores: [
            'og/**',
            'screenshots/**',
            '**/404.html',
            '**/m/*.html',
            '**/d/*/[0-9][0-9][0-9][0-9].html',
            '**/d/*/[0-9][0-9][0-9][0-9]/report.html',
            // a pinyin alias (a slug starts with a letter, a code with a digit): one pattern, not one
            // per district, which every file of the build was matched against in turn
            '**/d/[!0-9]*.html',
          ],
          // each city's list of files, for a reader to save it offline, once the precache is decided
          manifestTransforms: [precacheManifest(outDir, base, {
            reportIds: dataset.reports.map(r => r.id),
            decided: (files, everything) => writeOfflineManifests(outDir, dataset.reports, files, { everything, builtAt: process.env.BUILT_AT!, cityChunk: code => chunkOfCode.get(code) }),
          })],
        },
      }),
    ],
    ssgOptions: {
      formatting: 'none',
      dirStyle: 'flat',
      // pages rendered on every core: a national dataset has tens of thousands
      workers: 'auto',
      // each page's CSS is inlined whole (src/build/prerenderedHtml.ts)
      beastiesOptions: false,
      includedRoutes: () => prerenderPaths(dataset),
      onPageRendered: (route, html) => {
        const rendered = startAfterPaint(inlineStylesheets(html, outDir, base))
        const page = synthetic ? markSynthetic(rendered) : rendered
        const alias = aliases.get(route)
        if (alias)
          writeAlias(outDir, alias, page)
        return page
      },
    },
    ssr: { noExternal: ['vue-echarts'] },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: {
        // the framework in a chunk of its own, cached across deploys of the app; the app's modules
        // that two or more pages share in one chunk, not a dozen of a few hundred bytes each
        output: { codeSplitting: { groups: [{ name: 'framework', test: FRAMEWORK }, { name: 'shared', test: /[\\/]src[\\/]/, minShareCount: 2 }] } },
        // the preview images and the precache list take their few seconds on every build, by
        // design: a warning about it each time would hide the warnings that matter
        checks: { bundlerTimings: false },
      },
    },
  }
})

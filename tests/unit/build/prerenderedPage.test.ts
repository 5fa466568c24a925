import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bootRecord } from '~/build/bootScript'
import { bootScript, inlineIcon, inlineStylesheets, optimizePrerenderedPage } from '~/build/prerenderedPage'

const PAGE = [
  '<html><head>',
  '<script type="module" defer="" crossorigin="" src="/brief/assets/app-abc.js"></script>',
  '<link rel="modulepreload" crossorigin="" href="/brief/assets/districts-1.js">',
  '<link rel="modulepreload" crossorigin="" href="/brief/assets/DistrictPage-1.js">',
  '<link rel="stylesheet" crossorigin="" href="/brief/assets/app-x.css">',
  '<link rel="manifest" href="/brief/manifest.webmanifest" crossorigin="use-credentials">',
  '<link rel="icon" href="/brief/favicon.ico" sizes="48x48">',
  '<link rel="icon" href="/brief/favicon.svg" sizes="any" type="image/svg+xml">',
  '</head><body><main>卫滨区</main></body></html>',
].join('\n')

const BOOT = {
  file: 'assets/boot-Q1w2.js',
  pages: { 'assets/DistrictPage-1.js': ['assets/format-1.js', 'assets/DistrictPage-1.js'], 'assets/HomePage-1.js': ['assets/HomePage-1.js'] },
  data: { 'virtual:data/report/weibin-2023': ['assets/weibin-2023-1.js'], 'virtual:data/report/hongqi-2023': ['assets/hongqi-2023-1.js'] },
  messages: { en: ['assets/en-1.js'] },
}

function outDir() {
  const dir = mkdtempSync(join(tmpdir(), 'district-brief-out-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'assets', 'app-x.css'), 'main{color:red}')
  writeFileSync(join(dir, 'assets', 'boot-Q1w2.js'), 'const BOOT={}')
  mkdirSync(join(dir, '.vite'))
  writeFileSync(join(dir, '.vite', 'boot.json'), JSON.stringify(BOOT))
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#1d4ed8"/>\n</svg>\n')
  return dir
}

describe('a prerendered page paints with its HTML alone', () => {
  it('starts the app from the classic boot script instead of a module script', () => {
    const html = bootScript(PAGE, { ...BOOT, pages: {} }, '/brief/')
    expect(html).toContain('<script defer src="/brief/assets/boot-Q1w2.js"></script>')
    expect(html).not.toContain('type="module"')
    expect(html).not.toContain('modulepreload')
  })

  it('names the chunks of the page it was rendered with, for the boot script to fetch with the app', () => {
    const html = bootScript(PAGE, BOOT, '/brief/')
    expect(html).toContain('<script defer src="/brief/assets/boot-Q1w2.js" data-page-chunks="/brief/assets/format-1.js /brief/assets/DistrictPage-1.js"></script>')
    expect(html).not.toContain('HomePage')
  })

  it('names the data chunks the page was rendered with, and the messages of its language when they load on demand', () => {
    const html = bootScript(PAGE.replace('<html>', '<html lang="en">'), BOOT, '/brief/', ['virtual:data/report/weibin-2023'])
    expect(html).toContain('data-page-chunks="/brief/assets/format-1.js /brief/assets/DistrictPage-1.js /brief/assets/weibin-2023-1.js /brief/assets/en-1.js"')
    expect(html).not.toContain('hongqi')
    // Chinese, the default, ships with the app
    expect(bootScript(PAGE.replace('<html>', '<html lang="zh-CN">'), BOOT, '/brief/')).not.toContain('en-1.js')
  })

  it('keeps the module script when no boot script was built', () => {
    const html = bootScript(PAGE, undefined, '/brief/')
    expect(html).toContain('src="/brief/assets/app-abc.js"')
    expect(html).not.toContain('modulepreload')
  })

  it('finds the boot script the build emitted, by its record rather than by its name', () => {
    const dir = outDir()
    writeFileSync(join(dir, 'assets', 'boot-from-an-old-build.js'), '')
    expect(bootRecord(dir)).toEqual(BOOT)
    expect(bootRecord(join(tmpdir(), 'no-such-build'))).toBeUndefined()
  })

  it('makes the two favicon links one data: URL of the SVG', () => {
    const html = inlineIcon(PAGE, outDir())
    const icons = html.match(/<link rel="icon"[^>]*>/g) ?? []
    expect(icons).toHaveLength(1)
    expect(icons[0]).toContain('href="data:image/svg+xml,%3Csvg xmlns=\'http://www.w3.org/2000/svg\'')
    expect(icons[0]).toContain('%231d4ed8')
    expect(icons[0]).not.toMatch(/\n/)
  })

  it('inlines the CSS, drops the manifest link and leaves the content alone', () => {
    const html = optimizePrerenderedPage(PAGE, outDir(), '/brief/')
    expect(html).toContain('<style data-href="/brief/assets/app-x.css">main{color:red}</style>')
    expect(html).not.toContain('rel="stylesheet"')
    expect(html).not.toContain('rel="manifest"')
    expect(html).toContain('<script defer src="/brief/assets/boot-Q1w2.js" data-page-chunks="/brief/assets/format-1.js /brief/assets/DistrictPage-1.js"></script>')
    expect(html).toContain('<main>卫滨区</main>')
  })

  it('inlines a stylesheet the page links twice once', () => {
    const twice = PAGE.replace('</head>', '<link rel="stylesheet" crossorigin="" href="/brief/assets/app-x.css">\n</head>')
    const html = inlineStylesheets(twice, outDir(), '/brief/')
    expect(html.match(/main\{color:red\}/g)).toHaveLength(1)
    expect(html).not.toContain('rel="stylesheet"')
  })
})

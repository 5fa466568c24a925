/**
 * What the build leaves in the output folder is what a host deploys, so the build cleans up
 * after itself and says when the pages will name the wrong site.
 */
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import type { Logger, Plugin } from 'vite'

/** The folder vite-ssg's client build writes its SSR manifest to, which it reads while rendering: build metadata, not part of the site. */
const BUILD_METADATA = '.vite'

export interface DeployChecksOptions {
  /** the build is on synthetic data (src/synth/): it must not reach a real host */
  synthetic?: boolean
}

export function deployChecksPlugin(options: DeployChecksOptions = {}): Plugin {
  let outDir = 'dist'
  let logger: Logger | undefined
  return {
    name: 'district-brief:deploy-checks',
    apply: 'build',
    config(config) {
      if (options.synthetic && process.env.SITE_URL)
        throw new Error(syntheticDeployError())
      // vite-ssg reads the SSR manifest after both builds, so the last moment it is no longer
      // needed is its own onFinished, after every page is rendered and the service worker is written
      const previous = config.ssgOptions?.onFinished
      config.ssgOptions = {
        ...config.ssgOptions,
        onFinished: async () => {
          await previous?.()
          await rm(resolve(outDir, BUILD_METADATA), { recursive: true, force: true })
          if (options.synthetic)
            logger?.warn(syntheticWarning(outDir))
          else if (!process.env.SITE_URL)
            logger?.warn(siteUrlWarning())
        },
      }
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      logger = config.logger
    },
  }
}

/** Printed last, where a deploy script's log ends, because a missing SITE_URL breaks nothing visible until a link is shared. */
export function siteUrlWarning(): string {
  return '\n⚠ SITE_URL is not set: every page\'s canonical link and link preview name http://localhost:4173.\n'
    + '  Build for a real host with SITE_URL=https://your.host npm run build.\n'
}

/** A build for a real host (SITE_URL) on synthetic data is a mistake: it stops before it writes anything. */
export function syntheticDeployError(): string {
  return 'DATA_DIR holds synthetic data (synthetic.json, npm run synth): such a build is for measuring, never deployed, and takes no SITE_URL.'
}

export function syntheticWarning(outDir: string): string {
  return `\n⚠ ${outDir} is built on synthetic data: every page says 合成数据 · synthetic data. Do not deploy it.\n`
}

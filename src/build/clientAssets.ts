/** Files made from the data at build time (preview images, report JSON), emitted into the client build only: vite-ssg also runs an SSR build, which gets none. */
import type { Plugin } from 'vite'

export interface ClientAsset {
  fileName: string
  source: string | Uint8Array
}

export function clientAssetsPlugin(name: string, files: () => ClientAsset[] | Promise<ClientAsset[]>): Plugin {
  let ssr = false
  return {
    name: `district-brief:${name}`,
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    async generateBundle() {
      if (ssr)
        return
      for (const file of await files())
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source })
    },
  }
}

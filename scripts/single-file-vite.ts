/**
 * The Vite plugins that turn Slidev's build into one self-contained HTML file (`npm run
 * build:single`). vite.config.ts adds them only when DECK_SINGLE_FILE=1, so the ordinary build stays
 * code-split.
 *
 * vite-plugin-singlefile inlines every script, style and asset (fonts as data: URLs) into
 * index.html. Two things it cannot do by itself with Slidev:
 * - Slidev's own output options (`manualChunks`, `chunkFileNames`) split the bundle into chunks,
 *   which would stay outside the HTML; they are dropped for this build.
 * - The favicon is a file in public/, linked from the page; it is put into the page as a data: URL.
 */
import type { Plugin, PluginOption } from 'vite'
import { readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { viteSingleFile } from 'vite-plugin-singlefile'

export const SINGLE_FILE_ENV = 'DECK_SINGLE_FILE'

/** Drops the output options that Slidev sets to split its bundle into named chunks. */
function withoutSlidevChunks(): Plugin {
  return {
    name: 'deck:single-file-no-chunks',
    enforce: 'post',
    outputOptions(output) {
      const rest: typeof output & { manualChunks?: unknown } = { ...output }
      delete rest.manualChunks
      delete rest.chunkFileNames
      return rest
    },
  }
}

const ICON_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' }

/** Replaces the link to the favicon in public/ by the icon itself. */
function inlineFavicon(publicDir: string): Plugin {
  return {
    name: 'deck:single-file-favicon',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html.replace(/(<link\b[^>]*\brel="icon"[^>]*\bhref=")([^"]+)(")/, (whole, before: string, href: string, after: string) => {
          if (/^(?:data:|https?:)/.test(href))
            return whole
          const file = resolve(publicDir, href.replace(/^(?:\.\/|\/)+/, ''))
          const type = ICON_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
          return `${before}data:${type};base64,${readFileSync(file).toString('base64')}${after}`
        })
      },
    },
  }
}

export function singleFilePlugins(publicDir: string): PluginOption[] {
  return [viteSingleFile({ removeViteModuleLoader: true }), withoutSlidevChunks(), inlineFavicon(publicDir)]
}

/**
 * A plain static file server, as dumb as the simplest static host: it serves files that exist under
 * a base path and nothing else. No rewrites, no fallback to index.html for unknown paths; a folder
 * without a trailing slash is redirected, a folder with one serves its index.html.
 *
 *   node scripts/serve.ts [dir=dist] [--base /sub/path/] [--port 4173]
 */
import type { AddressInfo } from 'node:net'
import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import process from 'node:process'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticServer {
  server: Server
  /** The full URL of the base path, ending in a slash. */
  url: string
  close: () => Promise<void>
}

/** Normalises a base path to the form `/a/b/` (or `/`). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

export function serveStatic(options: { root: string, base?: string, port?: number, host?: string }): Promise<StaticServer> {
  const root = resolve(options.root)
  const base = normaliseBase(options.base ?? '/')
  const host = options.host ?? '127.0.0.1'

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const pathname = decodeURIComponent(url.pathname)
    if (`${pathname}/` === base) {
      res.writeHead(301, { Location: base + url.search })
      res.end()
      return
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': TYPES['.txt'] })
      res.end('Not found')
      return
    }
    let file = normalize(join(root, pathname.slice(base.length)))
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403)
      res.end()
      return
    }
    let stats = statSync(file, { throwIfNoEntry: false })
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` })
        res.end()
        return
      }
      file = join(file, 'index.html')
      stats = statSync(file, { throwIfNoEntry: false })
    }
    if (!stats?.isFile()) {
      res.writeHead(404, { 'Content-Type': TYPES['.txt'] })
      res.end('Not found')
      return
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stats.size,
      'Cache-Control': 'no-cache',
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file).pipe(res)
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      resolvePromise({
        server,
        url: `http://${host}:${port}${base}`,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const root = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist'
  const base = argValue(args, '--base') ?? process.env.DECK_BASE ?? '/'
  const port = Number(argValue(args, '--port') ?? 4173)
  try {
    statSync(join(root, 'index.html'))
  }
  catch {
    console.error(`Nothing to serve: ${resolve(root)}/index.html does not exist. Run "npm run build" first.`)
    process.exit(1)
  }
  const { url } = await serveStatic({ root, base, port })
  console.log(`Serving ${resolve(root)} at ${url}`)
  console.log(`Presenter mode: ${url}#/presenter/1`)
}

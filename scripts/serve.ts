/**
 * A static file server for the built deck, for a classroom and for the end-to-end tests: as plain
 * as the simplest static host (files that exist under a base path and nothing else; no rewrites, no
 * fallback to index.html), and it never falls over. Files are served by `sirv`, compressed by
 * `compression` (brotli or gzip, as the browser accepts; a precompressed `.br` or `.gz` beside a file
 * is sent as it is). Before a request reaches them, it is checked: a method other than GET or HEAD
 * gets 405, a very long URL 414, a malformed percent-encoding 400, a path that climbs out of the
 * folder or names a hidden file 403 or 404. Node itself answers a request it cannot parse
 * (an unknown method, oversized headers) with 400 or 431. None of these stops the server.
 *
 *   node scripts/serve.ts [dir=dist] [--base /sub/path/] [--port 4173] [--host 127.0.0.1]
 *
 * It listens on 127.0.0.1 only, unless `--host` says otherwise (`--host 0.0.0.0` to reach the
 * other devices in the room).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { networkInterfaces } from 'node:os'
import { join, resolve, sep } from 'node:path'
import process from 'node:process'
import compression from 'compression'
import sirv from 'sirv'
import { parseCommandLine, usageError } from './cli.ts'

export interface StaticServer {
  server: Server
  /** The full URL of the base path, ending in a slash. */
  url: string
  close: () => Promise<void>
}

/** Longer request targets get 414; a deck's URLs are short (slides are addressed after the #). */
export const MAX_URL_LENGTH = 2048

/** Normalises a base path to the form `/a/b/` (or `/`). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

export interface Verdict {
  status: number
  /** For a redirect. */
  location?: string
  /** For 200: the path inside the folder, starting with a slash. */
  path?: string
}

/**
 * What to answer a request with, before any file is read: a refusal, a redirect, or the path of the
 * file to look up inside the folder. Pure, so every odd request can be tested without a socket.
 */
export function judgeRequest(method: string | undefined, rawUrl: string | undefined, base: string): Verdict {
  if (method !== 'GET' && method !== 'HEAD')
    return { status: 405 }
  const target = rawUrl ?? '/'
  if (target.length > MAX_URL_LENGTH)
    return { status: 414 }
  if (!target.startsWith('/'))
    return { status: 400 }
  const query = target.indexOf('?')
  const rawPath = query >= 0 ? target.slice(0, query) : target
  const search = query >= 0 ? target.slice(query) : ''
  let pathname: string
  try {
    pathname = decodeURIComponent(rawPath)
  }
  catch {
    return { status: 400 }
  }
  if (pathname.includes('\0') || pathname.includes('\\'))
    return { status: 400 }
  const segments = pathname.split('/')
  if (segments.some(s => s === '..' || s === '.'))
    return { status: 403 }
  if (`${pathname}/` === base)
    return { status: 301, location: base + search }
  if (!pathname.startsWith(base))
    return { status: 404 }
  const inside = `/${pathname.slice(base.length)}`
  // Hidden files (.nojekyll, .git, …) are not part of the site.
  if (inside.split('/').some(s => s.startsWith('.')))
    return { status: 404 }
  return { status: 200, path: inside }
}

function refuse(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  const text = `${status} ${statusText(status)}\n`
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers })
  res.end(text)
}

function statusText(status: number): string {
  return ({ 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 414: 'URI Too Long', 500: 'Internal Server Error' } as Record<number, string>)[status] ?? ''
}

export function serveStatic(options: { root: string, base?: string, port?: number, host?: string }): Promise<StaticServer> {
  const root = resolve(options.root)
  const base = normaliseBase(options.base ?? '/')
  const host = options.host ?? '127.0.0.1'
  // dev: look each file up when asked (a rebuild while serving is seen at once) and send
  // `Cache-Control: no-cache` with an ETag, so a reload always gets the latest build.
  const files = sirv(root, { dev: true, etag: true, gzip: true, brotli: true, extensions: [], onNoMatch: (_req, res) => refuse(res, 404) })
  const compress = compression()

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const verdict = judgeRequest(req.method, req.url, base)
    if (verdict.status === 405)
      return refuse(res, 405, { Allow: 'GET, HEAD' })
    if (verdict.status === 301)
      return void res.writeHead(301, { Location: verdict.location! }).end()
    if (verdict.status !== 200 || !verdict.path)
      return refuse(res, verdict.status)
    const file = join(root, verdict.path)
    if (file !== root && !file.startsWith(root + sep))
      return refuse(res, 403)
    const stats = statSync(file, { throwIfNoEntry: false })
    let path = verdict.path
    if (stats?.isDirectory()) {
      // A folder: with a trailing slash its index.html, without one a redirect to it (so the
      // page's relative links resolve inside the folder).
      if (!path.endsWith('/')) {
        const query = req.url!.indexOf('?')
        return void res.writeHead(301, { Location: `${req.url!.slice(0, query >= 0 ? query : undefined)}/${query >= 0 ? req.url!.slice(query) : ''}` }).end()
      }
      path += 'index.html'
    }
    req.url = encodeURI(path)
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => files(req, res))
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res)
    }
    catch (error) {
      console.error(`serve: ${req.method} ${req.url}: ${(error as Error).message}`)
      if (!res.headersSent)
        refuse(res, 500)
      else
        res.destroy()
    }
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      const shown = host.includes(':') ? `[${host}]` : host
      resolvePromise({
        server,
        url: `http://${shown}:${port}${base}`,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}

/** The machine's network addresses, for telling a class where to point their browsers. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flat().filter(a => a && a.family === 'IPv4' && !a.internal).map(a => a!.address)
}

const USAGE = 'Usage: npm run serve -- [dir=dist] [--base /sub/path/] [--port 4173] [--host 0.0.0.0]'

if (import.meta.main) {
  const { values, positionals } = parseCommandLine(USAGE, {
    allowPositionals: true,
    options: {
      base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
      port: { type: 'string', short: 'p', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  })
  const root = positionals[0] ?? 'dist'
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    usageError(`--port takes a port number, not "${values.port}"`, USAGE)
  }
  if (!statSync(join(root, 'index.html'), { throwIfNoEntry: false })?.isFile()) {
    console.error(`Nothing to serve: ${resolve(root)}/index.html does not exist. Run "npm run build" first.`)
    process.exit(1)
  }
  try {
    const { url } = await serveStatic({ root, base: values.base, port, host: values.host })
    console.log(`Serving ${resolve(root)} at ${url}`)
    console.log(`Presenter mode: ${url}#/presenter/1 (audience: ${url}#/1)`)
    if (values.host === '0.0.0.0' || values.host === '::') {
      for (const address of lanAddresses())
        console.log(`Other devices in the room: http://${address}:${port}${normaliseBase(values.base)}`)
    }
    else {
      console.log('Only this computer can reach it; add --host 0.0.0.0 to reach other devices in the room.')
    }
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    console.error(code === 'EADDRINUSE' ? `Port ${port} is in use; choose another with --port.` : `Could not serve: ${(error as Error).message}`)
    process.exit(1)
  }
}

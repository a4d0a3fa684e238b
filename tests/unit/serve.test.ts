import type { StaticServer } from '../../scripts/serve.ts'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { judgeRequest, MAX_URL_LENGTH, serveStatic } from '../../scripts/serve.ts'

/** Sends one request exactly as written (no client tidies the URL up) and returns the status. */
function rawRequest(port: number, requestLine: string, headers: string[] = []): Promise<{ status: number, head: string }> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\n${headers.map(h => `${h}\r\n`).join('')}Connection: close\r\n\r\n`)
    })
    let text = ''
    socket.setEncoding('latin1')
    socket.on('data', chunk => text += chunk)
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1])
      done({ status, head: text.split('\r\n\r\n')[0] })
    })
    socket.on('error', fail)
    socket.setTimeout(5000, () => fail(new Error(`no answer to ${requestLine.slice(0, 80)}`)))
  })
}

let folder: string
const base = '/courses/deck/'
let site: StaticServer
let port: number

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'serve-test-'))
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>deck</title>')
  mkdirSync(join(folder, 'assets'))
  writeFileSync(join(folder, 'assets', 'app.js'), `console.log(${JSON.stringify('x'.repeat(20_000))})\n`)
  writeFileSync(join(folder, '.nojekyll'), '')
  site = await serveStatic({ root: folder, base })
  port = Number(new URL(site.url).port)
})

afterAll(async () => {
  await site?.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('judging a request before any file is read', () => {
  it.each([
    ['GET', '/courses/deck/', 200],
    ['HEAD', '/courses/deck/assets/app.js', 200],
    ['GET', '/courses/deck', 301],
    ['POST', '/courses/deck/', 405],
    ['DELETE', '/courses/deck/', 405],
    [undefined, '/courses/deck/', 405],
    ['GET', '/%E0%A4%A', 400],
    ['GET', '/courses/deck/%', 400],
    ['GET', '/courses/deck/%00', 400],
    ['GET', '/courses/deck/..%5C..%5Cetc', 400],
    ['GET', '/courses/deck/../../etc/passwd', 403],
    ['GET', '/courses/deck/%2e%2e/%2e%2e/etc/passwd', 403],
    ['GET', `/courses/deck/${'a'.repeat(MAX_URL_LENGTH)}`, 414],
    ['GET', 'http://elsewhere.example/courses/deck/', 400],
    ['GET', '/other/', 404],
    ['GET', '/courses/deck/.nojekyll', 404],
  ] as const)('%s %s → %i', (method, url, status) => {
    expect(judgeRequest(method, url, base).status).toBe(status)
  })

  it('keeps the query on the redirect to the folder', () => {
    expect(judgeRequest('GET', '/courses/deck?x=1', base)).toEqual({ status: 301, location: '/courses/deck/?x=1' })
  })
})

describe('the server', () => {
  it('answers each bad request with a 4xx and goes on serving', async () => {
    const bad: [string, number][] = [
      ['GET /courses/deck/%E0%A4%A HTTP/1.1', 400],
      ['GET /%E0%A4%A HTTP/1.1', 400],
      ['GET /courses/deck/../../../../etc/passwd HTTP/1.1', 403],
      ['GET /courses/deck/%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1', 403],
      [`GET /courses/deck/${'a'.repeat(5000)} HTTP/1.1`, 414],
      [`GET /courses/deck/${'a'.repeat(40_000)} HTTP/1.1`, 431],
      ['POST /courses/deck/ HTTP/1.1', 405],
      ['PUT /courses/deck/index.html HTTP/1.1', 405],
      ['BREW /courses/deck/ HTTP/1.1', 400],
      ['GET courses HTTP/1.1', 400],
      ['GET /courses/deck/nothing-here.js HTTP/1.1', 404],
      ['GET /courses/deck/.nojekyll HTTP/1.1', 404],
    ]
    for (const [line, status] of bad) {
      const answer = await rawRequest(port, line)
      expect(answer.status, line.slice(0, 60)).toBe(status)
      expect((await rawRequest(port, 'GET /courses/deck/ HTTP/1.1')).status, `served after ${line.slice(0, 60)}`).toBe(200)
    }
  })

  it('answers HEAD with the headers alone', async () => {
    const answer = await rawRequest(port, 'HEAD /courses/deck/index.html HTTP/1.1')
    expect(answer.status).toBe(200)
    expect(answer.head).toMatch(/content-type: text\/html/i)
  })

  it('compresses what it sends, brotli or gzip as the browser accepts', async () => {
    const br = await fetch(`${site.url}assets/app.js`, { headers: { 'Accept-Encoding': 'br' } })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect((await br.text()).length).toBeGreaterThan(20_000)
    const gzip = await fetch(`${site.url}assets/app.js`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    await gzip.arrayBuffer()
  })

  it('serves the folder given on the command line, on 127.0.0.1 unless told otherwise', async () => {
    const node = process.execPath
    const child = spawn(node, [resolve(import.meta.dirname, '../../scripts/serve.ts'), folder, '--port', '0', '--base', '/x/'], { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = ''
        child.stdout.on('data', (chunk) => {
          out += chunk
          const match = /Serving (.+) at (http:\/\/\S+)/.exec(out)
          if (match) {
            expect(match[1]).toBe(folder)
            done(match[2])
          }
        })
        child.on('exit', code => fail(new Error(`serve.ts exited with ${code}`)))
      })
      expect(new URL(url).hostname).toBe('127.0.0.1')
      const page = await fetch(url)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<title>deck</title>')
    }
    finally {
      child.kill()
    }
  })
})

import { describe, expect, it } from 'vitest'
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/chromium.ts'

const none = () => undefined

describe('finding a Chromium', () => {
  it('prefers CHROMIUM_PATH, then the system\'s, then Playwright\'s own', () => {
    const all = (p: string) => ['/opt/chrome', '/usr/bin/chromium', '/pw/chrome'].includes(p)
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, platform: 'linux', exists: all, playwrightPath: () => '/pw/chrome' }))
      .toEqual({ path: '/opt/chrome', via: 'CHROMIUM_PATH' })
    expect(findChromium({ env: {}, platform: 'linux', exists: all, playwrightPath: () => '/pw/chrome' }))
      .toEqual({ path: '/usr/bin/chromium', via: 'system' })
    expect(findChromium({ env: {}, platform: 'linux', exists: p => p === '/pw/chrome', playwrightPath: () => '/pw/chrome' }))
      .toEqual({ path: '/pw/chrome', via: 'playwright' })
  })

  it('finds Chrome where macOS and Windows install it', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium({ env: {}, platform: 'darwin', exists: p => p === mac, playwrightPath: none })?.path).toBe(mac)
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    expect(findChromium({ env: {}, platform: 'win32', exists: p => p === win, playwrightPath: none })?.path).toBe(win)
  })

  it('names a CHROMIUM_PATH that points nowhere', () => {
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/no/such/chrome' }, exists: () => false, playwrightPath: none }))
      .toThrow('CHROMIUM_PATH is set to "/no/such/chrome", but there is no file there.')
  })

  it('finds nothing on a machine without one, and the message says what to install', () => {
    expect(findChromium({ env: {}, platform: 'linux', exists: () => false, playwrightPath: none })).toBeUndefined()
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install -y chromium')
    expect(NO_CHROMIUM_MESSAGE).toContain('CHROMIUM_PATH=')
  })
})

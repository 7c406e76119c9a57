import { describe, expect, it } from 'vitest'
import { clientAddress } from './client-address'

const headers = (xff?: string, extra: Record<string, string> = {}) => new Headers({ ...(xff ? { 'x-forwarded-for': xff } : {}), ...extra })

describe('clientAddress', () => {
  it('takes the peer that connected (the entry Next appends), not what the client wrote before it', () => {
    expect(clientAddress(headers('6.6.6.6, 41.73.100.20'), 0)).toBe('41.73.100.20')
    expect(clientAddress(headers('41.73.100.20'), 0)).toBe('41.73.100.20')
  })

  it('ignores X-Real-IP, which any client can send', () => {
    expect(clientAddress(headers(undefined, { 'x-real-ip': '6.6.6.6' }), 0)).toBe('inconnue')
  })

  it('behind trusted proxies, takes the address the first of them saw', () => {
    // client → CDN → nginx → us: nginx's address is last, the CDN's before it, then the client.
    expect(clientAddress(headers('6.6.6.6, 41.73.100.20, 172.64.1.1, 127.0.0.1'), 2)).toBe('41.73.100.20')
    // A forged list longer than the chain changes nothing for the trusted part.
    expect(clientAddress(headers('1.1.1.1, 2.2.2.2, 41.73.100.20, 172.64.1.1, 127.0.0.1'), 2)).toBe('41.73.100.20')
    // More hops configured than entries: the first entry, never undefined.
    expect(clientAddress(headers('41.73.100.20'), 3)).toBe('41.73.100.20')
  })
})

// The address a request came from, for sign-in throttling and the audit log. Next appends the
// socket's address to X-Forwarded-For, so its last entry is the peer that connected to us; anything
// before it was written by that peer and may be forged. Behind reverse proxies of our own (nginx,
// a CDN), TRUSTED_PROXY_HOPS says how many of those last entries are our proxies: the entry just
// before them is the client as our first proxy saw it.

export function clientAddress(h: Headers, trustedHops = trustedProxyHops()): string {
  const forwarded = h.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean) ?? []
  if (forwarded.length === 0) return 'inconnue'
  // Never further back than the first entry, whatever the setting says.
  return forwarded[Math.max(0, forwarded.length - 1 - trustedHops)] ?? 'inconnue'
}

function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0
}

// Unit tests import server modules directly; Next's 'server-only' guard is for bundles only.
export {}

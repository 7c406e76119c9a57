// The key that signs staff session cookies: AUTH_SECRET when set, otherwise a random key made
// once and kept beside the database (mode 0600), so `npm start` needs no .env and sessions
// survive a restart.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { env } from './env'

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET
  const file = path.join(path.dirname(env().databasePath), '.auth-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const secret = crypto.randomBytes(32).toString('base64url')
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
      return secret
    } catch {
      return fs.readFileSync(file, 'utf8').trim() // another process made it first
    }
  }
}

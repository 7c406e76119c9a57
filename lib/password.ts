// Staff passwords: argon2id (OWASP's first choice), at least 12 characters, long passphrases and
// any Unicode accepted, the most common passwords refused.
import { hash, verify } from '@node-rs/argon2'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

// The commonest passwords of twelve characters or more, and the obvious local ones.
const COMMON = new Set([
  '123456789012', '1234567890123', 'qwertyuiopas', 'azertyuiopqs', 'motdepasse123', 'motdepasse1234', 'password1234', 'passwordpassword',
  'administrateur', 'administrator', 'bienvenue123', 'bienvenue1234', 'kibarukibaru', 'kibaru123456', 'bamako123456', 'mali12345678',
  'iloveyou1234', 'azertyazerty', 'qwertyqwerty', '000000000000', '111111111111', 'aaaaaaaaaaaa', 'abcdefghijkl', 'jesuisunmotdepasse',
])

/** A French message when the password is not acceptable, or null. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) return `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`
  if (length > MAX_PASSWORD_LENGTH) return `Le mot de passe ne peut pas dépasser ${MAX_PASSWORD_LENGTH} caractères.`
  const folded = password.toLowerCase().replace(/\s+/g, '')
  if (COMMON.has(folded) || /^(.)\1+$/.test(folded)) return 'Ce mot de passe est trop courant : choisissez une phrase que vous seul connaissez.'
  const local = context.email?.split('@')[0]?.toLowerCase()
  if (local && local.length >= 4 && folded.includes(local)) return 'Le mot de passe ne doit pas contenir votre adresse e-mail.'
  return null
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 })
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false
  try {
    return await verify(stored, password.normalize('NFC'))
  } catch {
    return false
  }
}

/** A real hash to verify against when the account does not exist, so timing says nothing. */
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('kibaru-decoy-password-never-valid')
  return decoy
}

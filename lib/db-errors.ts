// Storage faults: the database stayed locked by another writer longer than the busy timeout
// (SQLITE_BUSY, SQLITE_LOCKED), or the disk, or the database's size limit, is full (SQLITE_FULL,
// ENOSPC). They are the server's condition, not the code's: they pass, the write they stopped
// changed nothing (SQLite rolled it back), and the person who pressed the button must be told
// so in French, with what to do. Everything else (a bug, a constraint that should have been
// checked) is not one of them and keeps going to the server log as an error.
import { frenchSpacing } from './typography'

export type StorageFault = 'busy' | 'full'

/** What the person keeps, said after the fault: their text (a save), or the story as it was. */
export type FaultContext = 'text' | 'unchanged'

const BUSY_CODES = /^SQLITE_(BUSY|LOCKED)(_|$)/
const FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])

/**
 * The fault behind an error, if it is one: the error itself or any error in its `cause` chain
 * (drizzle wraps the driver's error in a DrizzleQueryError whose cause is the SqliteError).
 */
export function storageFault(error: unknown): StorageFault | null {
  const seen = new Set<unknown>()
  for (let e = error; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e)
    const code = (e as { code?: unknown }).code
    if (typeof code !== 'string') continue
    if (BUSY_CODES.test(code)) return 'busy'
    if (FULL_CODES.has(code)) return 'full'
  }
  return null
}

const KEPT: Record<FaultContext, string> = {
  text: 'Votre texte est conservé : réessayez dans quelques secondes.',
  unchanged: 'Rien n’a été modifié : réessayez dans quelques secondes.',
}

const MESSAGES: Record<StorageFault, (context: FaultContext) => string> = {
  busy: (context) => frenchSpacing(`La base de données est momentanément occupée. ${KEPT[context]}`),
  full: (context) =>
    frenchSpacing(
      `Le disque du serveur est plein : l’enregistrement n’a pas pu se faire. ${context === 'text' ? 'Votre texte est conservé' : 'Rien n’a été modifié'} ; réessayez dans quelques minutes et prévenez l’administrateur du site.`,
    ),
}

/** The French message for a storage fault, or null when the error is not one (let it go on). */
export function storageFaultMessage(error: unknown, context: FaultContext = 'unchanged'): string | null {
  const fault = storageFault(error)
  return fault ? MESSAGES[fault](context) : null
}

/**
 * One line in the server log, not a stack: the fault is the machine's, and an administrator
 * reading the log needs to know which one (a long lock, a full disk) and how often.
 */
export function logStorageFault(where: string, error: unknown): void {
  let root = error
  while (root instanceof Error && root.cause instanceof Error) root = root.cause
  const detail = root instanceof Error ? `${(root as { code?: string }).code ?? root.name} ${root.message}` : String(root)
  console.warn(`[${where}] ${storageFault(error) === 'busy' ? 'base verrouillée au-delà du délai d’attente' : 'disque plein'} : ${detail}`)
}

export interface StorageFaultFailure {
  ok: false
  error: string
  /** The same request may succeed once the fault has passed. */
  retryable: true
  fault: StorageFault
}

/** Above zero while a caller that retries reports the faults itself (one line, not one per attempt). */
let silenced = 0

/** Runs a synchronous write whose storage faults the caller logs itself. */
export function withoutFaultLog<T>(write: () => T): T {
  silenced++
  try {
    return write()
  } finally {
    silenced--
  }
}

function failure(where: string, context: FaultContext, error: unknown): StorageFaultFailure {
  const fault = storageFault(error)
  if (fault === null) throw error
  if (silenced === 0) logStorageFault(where, error)
  return { ok: false, error: MESSAGES[fault](context), retryable: true, fault }
}

/** The storage fault a write came back refused for, if that is what its result says. */
export function failureFault(result: unknown): StorageFault | null {
  if (typeof result !== 'object' || result === null || (result as { ok?: unknown }).ok !== false) return null
  const fault = (result as { fault?: unknown }).fault
  return fault === 'busy' || fault === 'full' ? fault : null
}

/** Runs a write; a storage fault becomes a retryable failure, any other error is thrown on untouched. */
export function withStorageFaults<T>(where: string, context: FaultContext, write: () => T): T | StorageFaultFailure {
  try {
    return write()
  } catch (error) {
    return failure(where, context, error)
  }
}

/** withStorageFaults for a write that awaits (files, then rows). */
export async function withStorageFaultsAsync<T>(where: string, context: FaultContext, write: () => Promise<T>): Promise<T | StorageFaultFailure> {
  try {
    return await write()
  } catch (error) {
    return failure(where, context, error)
  }
}

/**
 * What an action answers for an unexpected error: the retryable French message of a storage
 * fault (logged in one line), or else `fallback` (logged with its stack, it is a bug).
 */
export function failureMessage(where: string, error: unknown, fallback: string, context: FaultContext = 'unchanged'): string {
  const fault = storageFaultMessage(error, context)
  if (fault) {
    logStorageFault(where, error)
    return fault
  }
  console.error(`[${where}]`, error)
  return fallback
}

// One upload, end to end: check and process the image (sharp), write its files durably, then
// record the row (with its audit entry). The files are in place before the row exists, so a row
// never points to a missing file; if the row cannot be written, the files are removed again.
import 'server-only'
import { createMedia, toChoice, type MediaItem } from '@/db/queries/media'
import { writeWhenUnlocked } from '@/db/queries/write-lock'
import type { StaffUser } from '@/db/queries/users'
import { logStorageFault, storageFaultMessage } from '@/lib/db-errors'
import { env } from '@/lib/env'
import { cleanOriginalName, type MediaFields } from './fields'
import { processImage, UploadRefused } from './process'
import { monthFolder, randomName, removeFiles, storeFiles, type FileToStore } from './storage'
import type { MediaChoice } from './types'

/** Images processed at once: sharp already uses every core for one. Others wait their turn. */
const MAX_PARALLEL = 1
let running = 0
const waiting: (() => void)[] = []

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve))
  running++
  try {
    return await work()
  } finally {
    running--
    waiting.shift()?.()
  }
}

export type UploadResult = { ok: true; media: MediaChoice; item: MediaItem } | { ok: false; error: string; status: number }

/** A full disk or a database locked too long: the uploader may simply try again later. */
function faultResult(error: unknown): UploadResult | null {
  const message = storageFaultMessage(error)
  if (message === null) return null
  logStorageFault('media', error)
  return { ok: false, error: message, status: 503 }
}

export async function uploadImage(
  staff: StaffUser,
  file: { data: Buffer; name: string | null },
  fields: MediaFields,
  ip: string | null,
  { uploadsDir = env().uploadsDir, maxBytes = env().mediaMaxBytes, now = new Date() } = {},
): Promise<UploadResult> {
  let processed: Awaited<ReturnType<typeof processImage>>
  try {
    processed = await inTurn(() => processImage(file.data, maxBytes))
  } catch (error) {
    if (error instanceof UploadRefused) return { ok: false, error: error.message, status: error.status }
    throw error
  }

  const base = `${monthFolder(now)}/${randomName()}`
  const original: FileToStore = { rel: `${base}.${processed.ext}`, data: processed.original }
  const variants = processed.variants.map((v) => ({ rel: `${base}-${v.suffix}.${v.ext}`, variant: v }))
  try {
    await storeFiles(uploadsDir, [original, ...variants.map((v) => ({ rel: v.rel, data: v.variant.data }))])
  } catch (error) {
    // storeFiles has removed what it wrote.
    const fault = faultResult(error)
    if (fault) return fault
    throw error
  }

  try {
    // A database locked by another process: wait for it without freezing the server.
    const item = await writeWhenUnlocked(() =>
      createMedia(
        staff,
        {
          ...fields,
          path: original.rel,
          originalName: cleanOriginalName(file.name),
          mimeType: processed.mimeType,
          width: processed.width,
          height: processed.height,
          bytes: processed.original.length,
          variants: variants.map(({ rel, variant }) => ({ path: rel, width: variant.width, height: variant.height, format: variant.format, bytes: variant.data.length, purpose: variant.purpose })),
        },
        ip,
      ),
    )
    return { ok: true, media: toChoice(item), item }
  } catch (error) {
    await removeFiles(uploadsDir, [original.rel, ...variants.map((v) => v.rel)])
    const fault = faultResult(error)
    if (fault) return fault
    throw error
  }
}

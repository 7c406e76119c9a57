// Uploaded files, served from UPLOADS_DIR. Only known media types, only inside that folder,
// with byte ranges (audio players seek with them) and long caching (file names never change
// content: uploads get new names).
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { env } from '@/lib/env'

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
}

const notFound = () => new Response('Fichier introuvable', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const parts = (await params).path
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\\') || p.includes('\0') || p.startsWith('.'))) return notFound()
  const root = env().uploadsDir
  const file = path.resolve(root, ...parts)
  if (!file.startsWith(root + path.sep)) return notFound()
  const type = TYPES[path.extname(file).toLowerCase()]
  if (!type) return notFound()
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    return notFound()
  }
  if (!stat.isFile()) return notFound()

  const headers = new Headers({
    'content-type': type,
    'cache-control': 'public, max-age=31536000, immutable',
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    'last-modified': stat.mtime.toUTCString(),
  })
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '')
  if (range && (range[1] || range[2])) {
    let start = range[1] ? Number(range[1]) : stat.size - Number(range[2])
    let end = range[1] && range[2] ? Number(range[2]) : stat.size - 1
    start = Math.max(0, start)
    end = Math.min(end, stat.size - 1)
    if (start > end) return new Response(null, { status: 416, headers: { 'content-range': `bytes */${stat.size}` } })
    headers.set('content-range', `bytes ${start}-${end}/${stat.size}`)
    headers.set('content-length', String(end - start + 1))
    return new Response(Readable.toWeb(fs.createReadStream(file, { start, end })) as ReadableStream, { status: 206, headers })
  }
  headers.set('content-length', String(stat.size))
  return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream, { headers })
}

// The library grid: one card per image, linking to its page. Server component.
import Image from 'next/image'
import type { MediaItem } from '@/db/queries/media'
import { formatBytes } from '@/lib/media/sniff'
import './media.css'

const FORMAT: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/avif': 'AVIF', 'image/gif': 'GIF' }

export function mediaFormatLabel(mimeType: string): string {
  return FORMAT[mimeType] ?? mimeType
}

export function MediaGrid({ items }: { items: MediaItem[] }) {
  return (
    <ul className="media-grid">
      {items.map((m) => (
        <li key={m.id} className="media-card">
          <a href={`/admin/medias/${m.id}`} className="media-card-link">
            <span className="media-card-thumb">
              <Image src={m.thumb} alt="" width={m.width} height={m.height} sizes="(max-width: 600px) 50vw, 240px" />
            </span>
            {m.alt ? (
              <span className="media-card-alt">{m.alt}</span>
            ) : (
              <span className="media-card-alt media-card-missing">Texte alternatif manquant{m.originalName ? ` · ${m.originalName}` : ''}</span>
            )}
          </a>
          <span className="media-card-meta">
            {m.width} × {m.height} · {mediaFormatLabel(m.mimeType)} · {formatBytes(m.bytes)}
          </span>
          {m.credit && <span className="media-card-credit">{m.credit}</span>}
        </li>
      ))}
    </ul>
  )
}

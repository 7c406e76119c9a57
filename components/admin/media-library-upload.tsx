'use client'

// The upload panel of the library page: after each upload, says so with a link to the new image
// and refreshes the grid (the new image comes first), ready for the next one.
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { MediaChoice } from '@/lib/media/types'
import { MediaUploadForm } from './media-upload-form'

export function MediaLibraryUpload({ maxBytes }: { maxBytes: number }) {
  const router = useRouter()
  const [last, setLast] = useState<{ media: MediaChoice; name: string } | null>(null)
  return (
    <section className="media-upload-panel" aria-labelledby="media-upload-title">
      <h2 id="media-upload-title">Ajouter une image</h2>
      <MediaUploadForm
        maxBytes={maxBytes}
        onStart={() => setLast(null)}
        onUploaded={(media, name) => {
          setLast({ media, name })
          router.refresh()
        }}
      />
      <p className="media-upload-done" aria-live="polite">
        {last && (
          <>
            <span className="save-ok">« {last.name} » a été ajoutée à la médiathèque.</span>{' '}
            <a href={`/admin/medias/${last.media.id}`}>Voir et compléter sa fiche</a>
          </>
        )}
      </p>
    </section>
  )
}

'use client'

import { useEffect, useState } from 'react'

/**
 * "Copier le lien": without JavaScript it is a link to the article itself (a long press copies
 * it); with JavaScript it copies and says so. Phones that offer the Web Share API get "Partager…".
 */
export function CopyLink({ url, title }: { url: string; title: string }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle')
  const [canShare, setCanShare] = useState(false)
  useEffect(() => setCanShare(typeof navigator !== 'undefined' && typeof navigator.share === 'function'), [])

  const copy = async (event: React.MouseEvent) => {
    event.preventDefault()
    try {
      await navigator.clipboard.writeText(url)
      setCopied('done')
    } catch {
      setCopied('failed')
    }
    setTimeout(() => setCopied('idle'), 4000)
  }

  return (
    <>
      <a className="share share-copy" href={url} onClick={copy}>
        Copier le lien
      </a>
      {canShare && (
        <button type="button" className="share share-native" onClick={() => navigator.share({ title, url }).catch(() => undefined)}>
          Partager…
        </button>
      )}
      <span className="copy-status" role="status">
        {copied === 'done' ? 'Lien copié !' : copied === 'failed' ? 'Copie impossible : sélectionnez l’adresse.' : ''}
      </span>
    </>
  )
}

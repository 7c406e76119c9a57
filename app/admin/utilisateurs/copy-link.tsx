'use client'

import { useId, useRef, useState } from 'react'
import { formatDateTime } from '@/lib/dates'
import type { TokenKind } from '@/lib/tokens'

export interface ShownLink {
  url: string
  kind: TokenKind
  name: string
  expiresAt: string
}

/**
 * A one-time link, shown once (only its hash is stored): a read-only field to select and a copy
 * button. No mail server: the administrator passes it on by WhatsApp, SMS or by hand.
 */
export function CopyLink({ link }: { link: ShownLink }) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  const label = link.kind === 'invite' ? 'Lien d’invitation' : 'Lien de réinitialisation'

  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url)
      setCopied('yes')
    } catch {
      // Without clipboard access (older browser, refused permission): select it for Ctrl+C.
      input.current?.select()
      setCopied(document.execCommand?.('copy') ? 'yes' : 'no')
    }
  }

  return (
    <div className="one-time-link">
      <div className="field">
        <label htmlFor={id}>
          {label} <span className="visually-hidden">pour {link.name}</span>
        </label>
        <div className="copy-row">
          <input id={id} ref={input} type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} aria-describedby={`${id}-help`} spellCheck={false} />
          <button type="button" onClick={copy}>
            Copier le lien
          </button>
        </div>
      </div>
      <p className="field-help" id={`${id}-help`}>
        Pour {link.name}, valable jusqu’au {formatDateTime(new Date(link.expiresAt))}, pour un seul usage. Il ne sera plus affiché : copiez-le
        maintenant et transmettez-le à la personne elle-même.
      </p>
      <p className="copy-status" aria-live="polite">
        {copied === 'yes' ? 'Lien copié.' : copied === 'no' ? 'La copie a échoué : sélectionnez le lien et copiez-le vous-même.' : ''}
      </p>
    </div>
  )
}

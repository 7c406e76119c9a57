'use client'

import { useEffect } from 'react'

/** Tells the server that this story was read, once the page has loaded. */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const send = () => {
      const body = String(articleId)
      if (!navigator.sendBeacon?.('/api/vues', body)) {
        fetch('/api/vues', { method: 'POST', body, keepalive: true }).catch(() => undefined)
      }
    }
    if (document.readyState === 'complete') send()
    else window.addEventListener('load', send, { once: true })
    return () => window.removeEventListener('load', send)
  }, [articleId])
  return null
}

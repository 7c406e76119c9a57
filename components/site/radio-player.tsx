'use client'

// The radio player lives in the site layout, so a stream keeps playing while the reader moves
// from article to article (client-side navigation never unmounts the layout).
import { useEffect, useRef, useState } from 'react'

export interface PlayableStation {
  slug: string
  name: string
  streamUrl: string
}

export const PLAY_EVENT = 'kibaru:play-radio'

export function playStation(station: PlayableStation) {
  window.dispatchEvent(new CustomEvent<PlayableStation>(PLAY_EVENT, { detail: station }))
}

export function RadioPlayer() {
  const audio = useRef<HTMLAudioElement>(null)
  const [station, setStation] = useState<PlayableStation | null>(null)
  const [playing, setPlaying] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const onPlay = (event: Event) => {
      const next = (event as CustomEvent<PlayableStation>).detail
      const el = audio.current
      if (!el || !next) return
      setError(null)
      setStation(next)
      // Start inside the click's user activation, as browsers require for sound.
      if (el.getAttribute('src') !== next.streamUrl) el.src = next.streamUrl
      el.play().catch(() => setError('Impossible de lancer ce flux pour le moment.'))
    }
    window.addEventListener(PLAY_EVENT, onPlay)
    return () => window.removeEventListener(PLAY_EVENT, onPlay)
  }, [])

  const toggle = () => {
    const el = audio.current
    if (!el) return
    if (el.paused) el.play().catch(() => setError('Impossible de reprendre la lecture.'))
    else el.pause()
  }

  const close = () => {
    const el = audio.current
    if (el) {
      el.pause()
      el.removeAttribute('src')
      el.load()
    }
    setStation(null)
  }

  return (
    <section className="radio-player" aria-label="Lecteur radio" hidden={!station}>
      <audio
        ref={audio}
        preload="none"
        loop
        onPlaying={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onError={() => station && setError('Le flux ne répond pas.')}
      />
      {station && (
        <div className="radio-player-inner">
          <span className={playing ? 'live-dot live-dot-on' : 'live-dot'} aria-hidden="true" />
          <p className="radio-player-now" aria-live="polite">
            {error ?? (playing ? 'En direct : ' : 'En pause : ')}
            {!error && <strong>{station.name}</strong>}
          </p>
          <button type="button" onClick={toggle}>
            {playing ? 'Pause' : 'Lecture'}
          </button>
          <button type="button" onClick={close} className="radio-player-close">
            Fermer
          </button>
        </div>
      )}
    </section>
  )
}

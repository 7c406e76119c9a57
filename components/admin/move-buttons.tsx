'use client'

// "Monter" / "Descendre" for an ordered list (rubriques, radios). Keyboard first: the pressed
// button keeps the focus after the row has moved (React moves the row's DOM node, which blurs
// it), and a status line says where the item now is.
import { useEffect, useRef, useState, useTransition } from 'react'

export type MoveResult = { ok: true; message: string } | { ok: false; error: string }

/** When the request itself fails (connection lost): said in French, nothing is lost. */
export const OFFLINE = 'Le serveur ne répond pas : vérifiez la connexion, puis réessayez. Rien de ce que vous avez saisi n’est perdu.'

interface Props {
  id: number
  name: string
  index: number
  count: number
  move: (id: number, direction: 'up' | 'down') => Promise<MoveResult>
}

export function MoveButtons({ id, name, index, count, move }: Props) {
  const [pending, startTransition] = useTransition()
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const intent = useRef<{ direction: 'up' | 'down'; from: number } | null>(null)
  const outcome = useRef<MoveResult | null>(null)
  const up = useRef<HTMLButtonElement>(null)
  const down = useRef<HTMLButtonElement>(null)

  // Once the move is over (buttons enabled again) say so; once the row has moved (the list is
  // refreshed, which may come a little later), give the focus back to the button pressed, or to
  // the other one when the row reached an end.
  useEffect(() => {
    if (pending || !outcome.current) return
    const result = outcome.current
    outcome.current = null
    setStatus(result.ok ? { ok: true, text: result.message } : { ok: false, text: result.error })
    if (!result.ok && intent.current) {
      const wanted = intent.current.direction === 'up' ? up : down
      intent.current = null
      wanted.current?.focus()
    }
  }, [pending])

  useEffect(() => {
    if (pending || !intent.current || intent.current.from === index) return
    const { direction } = intent.current
    intent.current = null
    const wanted = direction === 'up' ? (index > 0 ? up : down) : index < count - 1 ? down : up
    wanted.current?.focus()
  }, [pending, index, count])

  const go = (direction: 'up' | 'down') => {
    intent.current = { direction, from: index }
    setStatus(null)
    startTransition(async () => {
      outcome.current = await move(id, direction).catch((): MoveResult => ({ ok: false, error: OFFLINE }))
    })
  }

  return (
    <div className="tx-move-buttons">
      <button ref={up} type="button" className="tx-button-small" disabled={pending || index === 0} onClick={() => go('up')}>
        Monter<span className="visually-hidden"> {name}</span>
      </button>
      <button ref={down} type="button" className="tx-button-small" disabled={pending || index === count - 1} onClick={() => go('down')}>
        Descendre<span className="visually-hidden"> {name}</span>
      </button>
      <span role="status" className={status && !status.ok ? 'field-error' : 'visually-hidden'}>
        {status?.text}
      </span>
    </div>
  )
}

'use client'

import { playStation, type PlayableStation } from './radio-player'

/** A plain link to the stream (it plays without JavaScript); with JavaScript, the site player. */
export function PlayRadioButton({ station, label }: { station: PlayableStation; label: string }) {
  return (
    <a
      href={station.streamUrl}
      className="button"
      onClick={(event) => {
        event.preventDefault()
        playStation(station)
      }}
    >
      {label}
    </a>
  )
}

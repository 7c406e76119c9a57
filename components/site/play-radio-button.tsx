export interface PlayableStation {
  slug: string
  name: string
  streamUrl: string
}

/** A plain link to the stream (it plays without JavaScript); with JavaScript, the site player. */
export function PlayRadioButton({ station, label }: { station: PlayableStation; label: string }) {
  return (
    <a href={station.streamUrl} className="button" data-play-station={station.name}>
      {label}
    </a>
  )
}

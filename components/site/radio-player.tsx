/**
 * The radio player at the end of every reader page, driven by public/reader.js: hidden until a
 * station is played; while one is on, links and searches swap the page around it, so the stream
 * keeps playing while the reader moves from article to article.
 */
export function RadioPlayer() {
  return (
    <section className="radio-player" aria-label="Lecteur radio" hidden data-radio-player>
      <audio preload="none" loop />
      <div className="radio-player-inner">
        <span className="live-dot" aria-hidden="true" />
        <p className="radio-player-now" aria-live="polite" />
        <button type="button" data-radio-toggle>
          Lecture
        </button>
        <button type="button" className="radio-player-close" data-radio-close>
          Fermer
        </button>
      </div>
    </section>
  )
}

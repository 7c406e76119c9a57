'use client'

// An unexpected failure: a French page for the reader; the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="wrap error-page">
      <p className="error-code">Erreur</p>
      <h1>Un problème est survenu</h1>
      <p>La page n’a pas pu être affichée. Réessayez dans un instant ; si le problème continue, revenez à l’accueil.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Réessayer
        </button>{' '}
        <a href="/">Retour à l’accueil</a>
      </p>
    </div>
  )
}

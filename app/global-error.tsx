'use client'

export default function GlobalError() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', maxWidth: '40rem', margin: '0 auto' }}>
        <h1>Un problème est survenu</h1>
        <p>Le site Kibaru n’a pas pu afficher cette page. Réessayez dans un instant.</p>
        <p>
          <a href="/">Retour à l’accueil</a>
        </p>
      </body>
    </html>
  )
}

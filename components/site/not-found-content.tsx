import { Link } from '@/components/ui/link'

export function NotFoundContent() {
  return (
    <div className="wrap error-page">
      <p className="error-code">Erreur 404</p>
      <h1>Page introuvable</h1>
      <p>Cette page n’existe pas ou n’est plus en ligne. L’adresse est peut-être incomplète.</p>
      <form action="/recherche" method="get" role="search" className="search-form search-form-page">
        <label htmlFor="q-404">Rechercher un article</label>
        <div className="search-row">
          <input id="q-404" name="q" type="search" enterKeyHint="search" />
          <button type="submit">Rechercher</button>
        </div>
      </form>
      <p>
        <Link href="/">Retour à l’accueil</Link>
      </p>
    </div>
  )
}

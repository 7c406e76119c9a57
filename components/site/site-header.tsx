import { Link } from '@/components/ui/link'
import { formatLongDate } from '@/lib/dates'
import { frenchSpacing } from '@/lib/typography'

interface Props {
  siteName: string
  tagline: string
  categories: { slug: string; name: string }[]
  today: Date
}

export function SiteHeader({ siteName, tagline, categories, today }: Props) {
  return (
    <header className="site-header">
      <div className="masthead wrap">
        <Link href="/" className="brand">
          <span className="brand-name">{siteName}</span>
          <span className="brand-tagline">{frenchSpacing(tagline)}</span>
        </Link>
        <p className="masthead-date">{formatLongDate(today)}</p>
        {/* Named, so the search page's own form is not a second landmark of the same name. */}
        <form action="/recherche" method="get" role="search" aria-label="Recherche sur le site" className="search-form">
          <label htmlFor="q-header" className="visually-hidden">
            Rechercher un article
          </label>
          <input id="q-header" name="q" type="search" placeholder="Rechercher…" autoComplete="off" enterKeyHint="search" />
          <button type="submit">Rechercher</button>
        </form>
        {/* The phone menu is a <details>: it opens and closes without JavaScript. */}
        <details className="mobile-menu">
          <summary>Menu</summary>
          <nav aria-label="Menu">
            <ul>
              <li>
                <Link href="/">Accueil</Link>
              </li>
              {categories.map((c) => (
                <li key={c.slug}>
                  <Link href={`/rubriques/${c.slug}`}>{c.name}</Link>
                </li>
              ))}
              <li>
                <Link href="/radios">Radios et TV en direct</Link>
              </li>
            </ul>
            <form action="/recherche" method="get" role="search" aria-label="Recherche sur le site" className="search-form search-form-menu">
              <label htmlFor="q-menu">Rechercher un article</label>
              <input id="q-menu" name="q" type="search" enterKeyHint="search" />
              <button type="submit">Rechercher</button>
            </form>
          </nav>
        </details>
      </div>
      <nav className="rubriques" aria-label="Rubriques">
        <ul className="wrap">
          <li>
            <Link href="/">À la une</Link>
          </li>
          {categories.map((c) => (
            <li key={c.slug}>
              <Link href={`/rubriques/${c.slug}`}>{c.name}</Link>
            </li>
          ))}
          <li className="nav-radios">
            <Link href="/radios">Radios</Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}

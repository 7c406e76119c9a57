import { Link } from '@/components/ui/link'

interface Props {
  siteName: string
  facebookPageUrl: string
  liveTvSlug: string | null
  categories: { slug: string; name: string }[]
  year: number
}

export function SiteFooter({ siteName, facebookPageUrl, liveTvSlug, categories, year }: Props) {
  return (
    <footer className="site-footer">
      <div className="wrap footer-grid">
        <section aria-labelledby="footer-live">
          <h2 id="footer-live">En direct</h2>
          <ul>
            <li>
              <Link href="/radios">Écoutez les radios du Mali</Link>
            </li>
            {liveTvSlug && (
              <li>
                <Link href={`/radios#${liveTvSlug}`}>ORTM en direct</Link>
              </li>
            )}
            <li>
              <a href={facebookPageUrl} rel="noopener">
                Suivez-nous sur Facebook
              </a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="footer-rubriques">
          <h2 id="footer-rubriques">Rubriques</h2>
          <ul className="footer-columns">
            {categories.map((c) => (
              <li key={c.slug}>
                <Link href={`/rubriques/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">{siteName}</h2>
          <ul>
            <li>
              <Link href="/a-propos">À propos</Link>
            </li>
            <li>
              <Link href="/contact">Contact</Link>
            </li>
            <li>
              <Link href="/mentions-legales">Mentions légales</Link>
            </li>
          </ul>
        </section>
      </div>
      <p className="wrap copyright">
        © {year} {siteName}. Tous droits réservés.
      </p>
    </footer>
  )
}

import type { Metadata } from 'next'
import { siteMetadata } from '@/components/site/page-metadata'
import { Link } from '@/components/ui/link'
import { Pagination, parsePage } from '@/components/ui/pagination'
import { searchArticles, suggestQuery } from '@/db/queries/search'
import { getCategories } from '@/db/queries/site'
import { formatDate, formatNumber } from '@/lib/dates'
import { cleanQuery, parseDay, splitHighlights } from '@/lib/search'
import { isSlug } from '@/lib/slug'
import { frenchSpacing } from '@/lib/typography'

type Props = { searchParams: Promise<Record<'q' | 'page' | 'rubrique' | 'du' | 'au', string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = cleanQuery((await searchParams).q)
  return siteMetadata({
    title: q ? `Recherche : ${q}` : 'Recherche',
    description: 'Rechercher dans tous les articles de Kibaru.',
    path: '/recherche',
    noindex: true,
  })
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const q = cleanQuery(params.q)
  const rubrique = typeof params.rubrique === 'string' && isSlug(params.rubrique) ? params.rubrique : ''
  const from = parseDay(params.du)
  const to = parseDay(params.au)
  const filtered = Boolean(rubrique || from || to)
  const results = q ? searchArticles(q, parsePage(params.page), { category: rubrique || null, from, to }) : null
  const suggestion = results && results.total === 0 ? suggestQuery(q) : null
  const categories = await getCategories()
  const query: Record<string, string> = { q, ...(rubrique && { rubrique }), ...(from && { du: from }), ...(to && { au: to }) }
  return (
    <div className="wrap listing search-page">
      <header className="listing-header">
        <h1>Recherche</h1>
        <form action="/recherche" method="get" role="search" className="search-form search-form-page">
          <label htmlFor="q-page">Rechercher dans les articles</label>
          <div className="search-row">
            <input id="q-page" name="q" type="search" defaultValue={q} maxLength={200} enterKeyHint="search" />
            <button type="submit">Rechercher</button>
          </div>
          <fieldset className="search-filters">
            <legend>Affiner</legend>
            <div>
              <label htmlFor="f-rubrique">Rubrique</label>
              <select id="f-rubrique" name="rubrique" defaultValue={rubrique}>
                <option value="">Toutes les rubriques</option>
                {categories.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="f-du">Publié depuis le</label>
              <input id="f-du" name="du" type="date" defaultValue={from ?? ''} />
            </div>
            <div>
              <label htmlFor="f-au">Jusqu’au</label>
              <input id="f-au" name="au" type="date" defaultValue={to ?? ''} />
            </div>
          </fieldset>
        </form>
      </header>

      {!results && <p className="empty">Saisissez un nom, un lieu ou un sujet : « Kidal », « coton », « Aigles »…</p>}

      {results && results.total === 0 && (
        <section className="empty" aria-live="polite">
          <h2>Aucun article ne correspond à « {q} ».</h2>
          {suggestion && (
            <p className="search-suggestion">
              Essayez plutôt :{' '}
              <Link href={`/recherche?${new URLSearchParams({ ...query, q: suggestion })}`}>« {suggestion} »</Link>
            </p>
          )}
          {filtered && (
            <p>
              <Link href={`/recherche?${new URLSearchParams({ q })}`}>Chercher « {q} » sans les filtres</Link>
            </p>
          )}
          <ul>
            <li>Vérifiez l’orthographe, ou essayez un mot plus court ou plus général.</li>
            <li>Les accents et les majuscules sont facultatifs : « segou » trouve « Ségou ».</li>
          </ul>
          {categories.length > 0 && !suggestion && (
            <p>
              Parcourez aussi les rubriques :{' '}
              {categories.map((c, i) => (
                <span key={c.slug}>
                  {i > 0 && ', '}
                  <Link href={`/rubriques/${c.slug}`}>{c.name}</Link>
                </span>
              ))}
              .
            </p>
          )}
        </section>
      )}

      {results && results.total > 0 && (
        <>
          <p className="search-count" aria-live="polite">
            {results.capped ? 'Plus de ' : ''}
            {formatNumber(results.total)} résultat{results.total > 1 ? 's' : ''} pour « {q} »
          </p>
          <ol className="search-results">
            {results.items.map(({ article, snippet }) => (
              <li key={article.id} className="search-result">
                {article.category && <p className="kicker">{article.category.name}</p>}
                <h2 className="card-title">
                  <Link href={`/articles/${article.slug}`}>{frenchSpacing(article.title)}</Link>
                </h2>
                <p className="search-snippet">
                  {splitHighlights(snippet).map((part, i) => (part.hit ? <mark key={i}>{frenchSpacing(part.text)}</mark> : <span key={i}>{frenchSpacing(part.text)}</span>))}
                </p>
                <p className="card-meta">
                  <time dateTime={article.publishedAt}>{formatDate(new Date(article.publishedAt))}</time>
                </p>
              </li>
            ))}
          </ol>
          <Pagination basePath="/recherche" page={results.page} totalPages={results.totalPages} query={query} />
        </>
      )}
    </div>
  )
}

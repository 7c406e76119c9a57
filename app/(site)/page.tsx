import type { Metadata } from 'next'
import { siteMetadata } from '@/components/site/page-metadata'
import { ArticleCard } from '@/components/article/article-card'
import { MostRead } from '@/components/article/most-read'
import { Link } from '@/components/ui/link'
import { getHomepage, getMostRead } from '@/db/queries/articles'
import { getSettings } from '@/db/queries/site'
import { env } from '@/lib/env'
import { JsonLd, websiteJsonLd } from '@/lib/seo/json-ld'
import { frenchSpacing } from '@/lib/typography'

export async function generateMetadata(): Promise<Metadata> {
  // Name and tagline from the settings (Réglages).
  const { siteName, tagline } = await getSettings()
  return siteMetadata({
    title: `${siteName} – ${frenchSpacing(tagline)}`,
    absoluteTitle: true,
    description: `${siteName}, le portail d’information du Mali : politique, sécurité, économie, société, sport et culture, et les radios en direct.`,
    path: '/',
  })
}

export default async function HomePage() {
  const [home, mostRead, { siteName, tagline }] = await Promise.all([getHomepage(), getMostRead(), getSettings()])
  const now = new Date()
  const [firstLatest, ...otherLatest] = home.latest
  return (
    <div className="wrap home">
      <JsonLd data={websiteJsonLd(env().siteUrl, siteName)} />
      <h1 className="visually-hidden">
        {siteName} – {frenchSpacing(tagline)}
      </h1>
      <div className="home-top">
        <section className="une" aria-labelledby="une-title">
          <h2 id="une-title" className="section-title">
            À la une
          </h2>
          {home.featured ? (
            <ArticleCard article={home.featured} variant="lead" now={now} priority />
          ) : (
            firstLatest && <ArticleCard article={firstLatest} variant="lead" now={now} priority />
          )}
        </section>
        <section className="latest" aria-labelledby="latest-title">
          <h2 id="latest-title" className="section-title">
            Dernières nouvelles
          </h2>
          <div className="latest-list">
            {(home.featured ? home.latest : otherLatest).slice(0, 8).map((a) => (
              <ArticleCard key={a.id} article={a} variant="compact" now={now} />
            ))}
          </div>
        </section>
        <aside className="home-aside">
          <MostRead day={mostRead.day} week={mostRead.week} />
        </aside>
      </div>

      {home.sections.map(({ category, articles }) => (
        <section key={category.slug} className="rubrique-block" aria-labelledby={`bloc-${category.slug}`}>
          <h2 id={`bloc-${category.slug}`} className="section-title">
            <Link href={`/rubriques/${category.slug}`}>{category.name}</Link>
          </h2>
          <div className="card-grid">
            {articles.map((a) => (
              <ArticleCard key={a.id} article={a} now={now} showCategory={false} />
            ))}
          </div>
          <p className="more">
            <Link href={`/rubriques/${category.slug}`}>Toute la rubrique {category.name} →</Link>
          </p>
        </section>
      ))}
    </div>
  )
}

import type { Metadata } from 'next'
import Image from 'next/image'
import { isSlug } from '@/lib/slug'
import { notFound, permanentRedirect } from 'next/navigation'
import { ArticleCard } from '@/components/article/article-card'
import { MostRead } from '@/components/article/most-read'
import { ShareBar } from '@/components/article/share-bar'
import { ViewBeacon } from '@/components/article/view-beacon'
import { Link } from '@/components/ui/link'
import { siteMetadata } from '@/components/site/page-metadata'
import { getArticleBySlug, getMostRead, getRelated, type ArticlePage as ArticlePageData } from '@/db/queries/articles'
import { getSettings } from '@/db/queries/site'
import { ArticleBody } from '@/lib/body/render'
import { formatDateTime, isoDate } from '@/lib/dates'
import { breadcrumbJsonLd, JsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld'
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImagePath } from '@/lib/share-image'
import { absoluteUrl } from '@/lib/site-url'
import { frenchSpacing } from '@/lib/typography'

type Props = { params: Promise<{ slug: string }> }

async function load(slug: string) {
  // Only well-formed slugs reach the cache and the database.
  if (!isSlug(slug)) notFound()
  const found = await getArticleBySlug(slug)
  if (!found) notFound()
  if (found.kind === 'redirect') permanentRedirect(`/articles/${found.slug}`)
  return found.article
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug)
  return siteMetadata({
    title: article.title,
    description: article.standfirst,
    path: `/articles/${article.slug}`,
    image: { url: shareImagePath(article), width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: article.cover?.alt || article.title },
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt ?? article.publishedAt,
      section: article.category?.name ?? null,
      tags: article.tags.map((t) => t.name),
      authors: article.bylines.map((b) => absoluteUrl(`/auteurs/${b.slug}`)),
    },
  })
}

function structuredData(article: ArticlePageData) {
  const url = absoluteUrl(`/articles/${article.slug}`)
  return [
    newsArticleJsonLd({
      url,
      headline: article.title,
      description: article.standfirst,
      images: [absoluteUrl(shareImagePath(article)), ...(article.cover ? [absoluteUrl(article.cover.src)] : [])],
      datePublished: article.publishedAt,
      dateModified: article.modifiedAt ?? article.publishedAt,
      authors: article.bylines.map((b) => ({ name: b.name, url: absoluteUrl(`/auteurs/${b.slug}`) })),
      section: article.category?.name ?? null,
      keywords: article.tags.map((t) => t.name),
      publisher: { name: 'Kibaru', url: absoluteUrl('/'), logo: { url: absoluteUrl('/logo.png'), width: 600, height: 120 } },
    }),
    breadcrumbJsonLd([
      { name: 'Accueil', url: absoluteUrl('/') },
      ...(article.category ? [{ name: article.category.name, url: absoluteUrl(`/rubriques/${article.category.slug}`) }] : []),
      { name: article.title, url },
    ]),
  ]
}

export default async function ArticlePage({ params }: Props) {
  const article = await load((await params).slug)
  const [related, mostRead, settings] = await Promise.all([getRelated(article.id), getMostRead(), getSettings()])
  const now = new Date()
  const published = new Date(article.publishedAt)
  const modified = article.modifiedAt ? new Date(article.modifiedAt) : null
  const url = absoluteUrl(`/articles/${article.slug}`)
  const refs = { media: new Map(article.bodyMedia), articles: new Map(article.bodyArticles) }
  return (
    <div className="wrap article-layout">
      {structuredData(article).map((data, i) => (
        <JsonLd key={i} data={data} />
      ))}
      <article className="article" aria-labelledby="article-title">
        <header className="article-header">
          {article.category && (
            <p className="kicker">
              <Link href={`/rubriques/${article.category.slug}`}>{article.category.name}</Link>
            </p>
          )}
          <h1 id="article-title">{frenchSpacing(article.title)}</h1>
          {article.standfirst && <p className="standfirst">{frenchSpacing(article.standfirst)}</p>}
          <div className="article-meta">
            {article.bylines.length > 0 && (
              <p className="byline">
                Par{' '}
                {article.bylines.map((b, i) => (
                  <span key={b.slug}>
                    {i > 0 && (i === article.bylines.length - 1 ? ' et ' : ', ')}
                    <Link href={`/auteurs/${b.slug}`} rel="author">
                      {b.name}
                    </Link>
                  </span>
                ))}
              </p>
            )}
            <p className="dates">
              Publié le <time dateTime={isoDate(published)}>{formatDateTime(published)}</time>
              {modified && modified > published && (
                <>
                  <br />
                  Mis à jour le <time dateTime={isoDate(modified)}>{formatDateTime(modified)}</time>
                </>
              )}
            </p>
            <p className="reading-time">Lecture : {article.readingMinutes} min</p>
          </div>
        </header>

        {article.cover && (
          <figure className="cover">
            <Image
              src={article.cover.src}
              width={article.cover.width}
              height={article.cover.height}
              alt={article.cover.alt}
              sizes="(max-width: 760px) 100vw, 760px"
              priority
              quality={70}
            />
            {(article.coverCaption || article.coverCredit) && (
              <figcaption>
                {article.coverCaption && <span className="caption">{frenchSpacing(article.coverCaption)}</span>}
                {article.coverCredit && <span className="credit">{frenchSpacing(article.coverCredit)}</span>}
              </figcaption>
            )}
          </figure>
        )}

        <div className="article-content">
          <ArticleBody doc={article.body} refs={refs} dateline={article.dateline} />
          {article.source && (
            <p className="source">
              Source&nbsp;:{' '}
              {article.source.url ? (
                <a href={article.source.url} rel="noopener nofollow">
                  {article.source.name}
                </a>
              ) : (
                article.source.name
              )}
            </p>
          )}
        </div>

        {article.tags.length > 0 && (
          <nav className="article-tags" aria-label="Mots-clés">
            <ul>
              {article.tags.map((t) => (
                <li key={t.slug}>
                  <Link href={`/tags/${t.slug}`}>{t.name}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}

        <ShareBar url={url} title={article.title} />

        <aside className="follow-facebook" aria-label="Facebook">
          <p>Suivez-nous sur Facebook pour ne rien rater de l’actualité malienne.</p>
          <a className="button" href={settings.facebookPageUrl} rel="noopener">
            Suivez-nous sur Facebook
          </a>
        </aside>
      </article>

      <aside className="article-aside">
        {related.length > 0 && (
          <section className="related" aria-labelledby="related-title">
            <h2 id="related-title" className="section-title">
              À lire aussi
            </h2>
            <div className="related-list">
              {related.map((a) => (
                <ArticleCard key={a.id} article={a} variant="row" now={now} />
              ))}
            </div>
          </section>
        )}
        <MostRead day={mostRead.day} week={mostRead.week} excludeId={article.id} />
        <ViewBeacon articleId={article.id} />
      </aside>
    </div>
  )
}

import type { Metadata } from 'next'
import { isSlug } from '@/lib/slug'
import { notFound, permanentRedirect } from 'next/navigation'
import { ArticleCard } from '@/components/article/article-card'
import { ArticleView } from '@/components/article/article-view'
import { MostRead } from '@/components/article/most-read'
import { ViewBeacon } from '@/components/article/view-beacon'
import { siteMetadata } from '@/components/site/page-metadata'
import { getArticleBySlug, getMostRead, getRelated, type ArticlePage as ArticlePageData } from '@/db/queries/articles'
import { getSettings } from '@/db/queries/site'
import { breadcrumbJsonLd, JsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld'
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImagePath } from '@/lib/share-image'
import { absoluteUrl } from '@/lib/site-url'

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
  const url = absoluteUrl(`/articles/${article.slug}`)
  return (
    <div className="wrap article-layout">
      {structuredData(article).map((data, i) => (
        <JsonLd key={i} data={data} />
      ))}
      <ArticleView article={article} url={url} facebookPageUrl={settings.facebookPageUrl} />

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

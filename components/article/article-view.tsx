// The story itself as readers see it: header, cover, body, source, tags, share bar. Used by the
// article page and by the newsroom's preview, so a preview is exactly what will be published.
import Image from 'next/image'
import { ShareBar } from '@/components/article/share-bar'
import { Link } from '@/components/ui/link'
import type { ArticlePage } from '@/db/queries/articles'
import { ArticleBody } from '@/lib/body/render'
import { formatDateTime, isoDate } from '@/lib/dates'
import { frenchSpacing } from '@/lib/typography'

export function ArticleView({ article, url, facebookPageUrl }: { article: ArticlePage; url: string; facebookPageUrl: string }) {
  const published = new Date(article.publishedAt)
  const modified = article.modifiedAt ? new Date(article.modifiedAt) : null
  const refs = { media: new Map(article.bodyMedia), articles: new Map(article.bodyArticles) }
  return (
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
      <a className="button" href={facebookPageUrl} rel="noopener">
        Suivez-nous sur Facebook
      </a>
    </aside>
  </article>
  )
}

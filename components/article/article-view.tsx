// The story itself as readers see it: header, cover, body, source, tags, share bar. Used by the
// article page and by the newsroom's preview, so a preview is exactly what will be published.
import { ShareBar } from '@/components/article/share-bar'
import { Link } from '@/components/ui/link'
import { Picture } from '@/components/ui/picture'
import type { ArticlePage } from '@/db/queries/articles'
import { ArticleBody } from '@/lib/body/render'
import { formatDateTime, isoDate } from '@/lib/dates'
import { frenchSpacing } from '@/lib/typography'

// The cover fills the story's column: the page width less .wrap's padding (16 px each side on a
// phone) up to 1039 px, then the first column of .article-layout, 740 px at most (624 px at 1040).
// widths: from a 360 px phone at density 1 to 1480 px for the desktop column at density 2.
const COVER = { sizes: '(max-width: 1039px) calc(100vw - 32px), 740px', widths: [360, 640, 828, 1080, 1280, 1600] } as const

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
        <Picture image={article.cover} {...COVER} urgency="priority" />
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

import Image from 'next/image'
import type { ArticleCard as Card } from '@/db/queries/articles'
import { Link } from '@/components/ui/link'
import { formatRelative, isoDate } from '@/lib/dates'
import { frenchSpacing } from '@/lib/typography'

type Variant = 'lead' | 'standard' | 'compact' | 'row'

interface Props {
  article: Card
  variant?: Variant
  now: Date
  /** Heading level of the title inside the section that lists it. */
  level?: 2 | 3
  showCategory?: boolean
  /** True for the first image of a page, which the browser should fetch first. */
  priority?: boolean
  /** Row cards show their chapô in listings, not in narrow sidebars. */
  showStandfirst?: boolean
}

const SIZES: Record<Variant, string> = {
  lead: '(max-width: 900px) 100vw, 760px',
  standard: '(max-width: 640px) 100vw, (max-width: 1100px) 50vw, 360px',
  compact: '120px',
  row: '(max-width: 640px) 120px, 240px',
}

export function ArticleCard({ article, variant = 'standard', now, level = 3, showCategory = true, priority = false, showStandfirst }: Props) {
  const Heading = `h${level}` as const
  const href = `/articles/${article.slug}`
  const published = new Date(article.publishedAt)
  const showImage = article.cover && variant !== 'compact'
  return (
    <article className={`card card-${variant}`}>
      {showImage && article.cover && (
        <Link href={href} className="card-image" tabIndex={-1} aria-hidden="true">
          <Image
            src={article.cover.src}
            width={article.cover.width}
            height={article.cover.height}
            alt=""
            sizes={SIZES[variant]}
            priority={priority}
            quality={70}
          />
        </Link>
      )}
      <div className="card-text">
        {showCategory && article.category && (
          <p className="kicker">
            <Link href={`/rubriques/${article.category.slug}`}>{article.category.name}</Link>
          </p>
        )}
        <Heading className="card-title">
          <Link href={href}>{frenchSpacing(article.title)}</Link>
        </Heading>
        {(showStandfirst ?? (variant === 'lead' || variant === 'standard')) && article.standfirst && (
          <p className="card-standfirst">{frenchSpacing(article.standfirst)}</p>
        )}
        <p className="card-meta">
          <time dateTime={isoDate(published)}>{formatRelative(published, now)}</time>
        </p>
      </div>
    </article>
  )
}

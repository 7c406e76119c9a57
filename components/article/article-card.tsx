import type { ArticleCard as Card } from '@/db/queries/articles'
import { Link } from '@/components/ui/link'
import { Picture } from '@/components/ui/picture'
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
  /** The page's main image (the homepage lead): fetched first, never lazy. */
  priority?: boolean
  /** On a phone's first screen (the top of a listing): not lazy, but no higher priority. */
  eager?: boolean
  /** Row cards show their chapô in listings, not in narrow sidebars. */
  showStandfirst?: boolean
}

// Each card's image slot. sizes: its printed width, from app/globals.css: .wrap (max 1180 px,
// padding clamp(16px, 3vw, 28px) each side), .home-top (2fr 1fr from 760 px; 2.1fr 1fr 0.9fr
// from 1100 px, gaps 28 px), .card-grid (1 column, 2 from 640 px, 4 from 1000 px; gaps 22 px),
// .card-row (112 px, 220 px from 640 px; 104 px in the article's aside, which this cannot tell).
// At 390 px: 358 px, or 112 px. widths: what the optimiser may serve there (images without
// stored copies), from a 360 px phone at density 1 to a 430 px one at 3, and desktops at 1 and 2.
const SLOTS: Record<Exclude<Variant, 'compact'>, { sizes: string; widths: readonly number[] }> = {
  lead: { sizes: '(max-width: 759px) calc(100vw - 32px), (max-width: 1099px) 62vw, 564px', widths: [360, 640, 828, 1080, 1280] },
  standard: { sizes: '(max-width: 639px) calc(100vw - 32px), (max-width: 999px) 47vw, 265px', widths: [320, 360, 640, 828, 1080] },
  row: { sizes: '(max-width: 639px) 112px, 220px', widths: [160, 240, 360, 640] },
}

export function ArticleCard({ article, variant = 'standard', now, level = 3, showCategory = true, priority = false, eager = false, showStandfirst }: Props) {
  const Heading = `h${level}` as const
  const href = `/articles/${article.slug}`
  const published = new Date(article.publishedAt)
  return (
    <article className={`card card-${variant}`}>
      {article.cover && variant !== 'compact' && (
        <Link href={href} className="card-image" tabIndex={-1} aria-hidden="true">
          <Picture image={article.cover} alt="" {...SLOTS[variant]} urgency={priority ? 'priority' : eager ? 'eager' : 'lazy'} />
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

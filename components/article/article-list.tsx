import type { ArticleCard as Card } from '@/db/queries/articles'
import { ArticleCard } from './article-card'

/** Rows a 390 × 844 phone shows under the header before any scrolling: their thumbnails are not lazy. */
const EAGER = 3

/** A paginated listing (rubrique, tag, author): stories as rows, newest first. */
export function ArticleList({ articles, now, showCategory = true }: { articles: Card[]; now: Date; showCategory?: boolean }) {
  if (articles.length === 0) return <p className="empty">Aucun article publié pour le moment.</p>
  return (
    <div className="article-list">
      {articles.map((a, i) => (
        <ArticleCard key={a.id} article={a} variant="row" now={now} level={2} showCategory={showCategory} eager={i < EAGER} showStandfirst />
      ))}
    </div>
  )
}

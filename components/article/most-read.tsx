import type { ArticleCard } from '@/db/queries/articles'
import { Link } from '@/components/ui/link'
import { frenchSpacing } from '@/lib/typography'

export function MostRead({ articles, title = 'Les plus lus' }: { articles: ArticleCard[]; title?: string }) {
  if (articles.length === 0) return null
  return (
    <section className="most-read" aria-labelledby="most-read-title">
      <h2 id="most-read-title" className="section-title">
        {title}
      </h2>
      <ol>
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.slug}`}>{frenchSpacing(a.title)}</Link>
          </li>
        ))}
      </ol>
    </section>
  )
}

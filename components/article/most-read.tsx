import type { ArticleCard } from '@/db/queries/articles'
import { Link } from '@/components/ui/link'
import { frenchSpacing } from '@/lib/typography'

function Ranking({ id, title, articles }: { id: string; title: string; articles: ArticleCard[] }) {
  if (articles.length === 0) return null
  return (
    <section className="most-read-period" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
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

/** "Les plus lus" over 24 hours and over 7 days, from stored view counts. */
export function MostRead({ day, week, excludeId }: { day: ArticleCard[]; week: ArticleCard[]; excludeId?: number }) {
  const keep = (list: ArticleCard[]) => list.filter((a) => a.id !== excludeId).slice(0, 5)
  if (day.length === 0 && week.length === 0) return null
  return (
    <section className="most-read" aria-labelledby="most-read-title">
      <h2 id="most-read-title" className="section-title">
        Les plus lus
      </h2>
      <Ranking id="most-read-day" title="Ces dernières 24 heures" articles={keep(day)} />
      <Ranking id="most-read-week" title="Ces 7 derniers jours" articles={keep(week)} />
    </section>
  )
}

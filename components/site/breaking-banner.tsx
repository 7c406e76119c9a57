import { Link } from '@/components/ui/link'
import { frenchSpacing } from '@/lib/typography'

export function BreakingBanner({ story }: { story: { slug: string; title: string } }) {
  return (
    <aside className="breaking" aria-label="Flash info">
      <div className="wrap">
        <span className="breaking-label">Flash info</span>
        <Link href={`/articles/${story.slug}`}>{frenchSpacing(story.title)}</Link>
      </div>
    </aside>
  )
}

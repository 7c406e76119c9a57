import type { Metadata } from 'next'
import Image from 'next/image'
import { isSlug } from '@/lib/slug'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/article/article-list'
import { Pagination, parsePage } from '@/components/ui/pagination'
import { siteMetadata } from '@/components/site/page-metadata'
import { getAuthorPage } from '@/db/queries/articles'
import { formatNumber } from '@/lib/dates'
import { frenchSpacing } from '@/lib/typography'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> }

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const data = isSlug(slug) ? await getAuthorPage(slug, parsePage(query.page)) : null
  if (!data) notFound()
  return data
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props)
  const path = `/auteurs/${data.author.slug}`
  return siteMetadata({
    title: data.page > 1 ? `${data.author.name} – page ${data.page}` : data.author.name,
    description: data.author.bio.slice(0, 200) || `Les articles de ${data.author.name}.`,
    path: data.page > 1 ? `${path}?page=${data.page}` : path,
    image: data.author.photo ? { url: data.author.photo.src, width: data.author.photo.width, height: data.author.photo.height, alt: `Portrait de ${data.author.name}` } : undefined,
  })
}

export default async function AuthorPage(props: Props) {
  const { author, items, page, totalPages, total } = await load(props)
  return (
    <div className="wrap listing">
      <header className="author-header">
        {author.photo && (
          <Image className="author-photo" src={author.photo.src} width={160} height={160} alt={`Portrait de ${author.name}`} sizes="160px" priority />
        )}
        <div>
          <h1>{author.name}</h1>
          {author.jobTitle && <p className="author-job">{author.jobTitle}</p>}
          {author.bio && <p className="author-bio">{frenchSpacing(author.bio)}</p>}
          <p className="listing-description">
            {formatNumber(total)} article{total > 1 ? 's' : ''} publié{total > 1 ? 's' : ''}
          </p>
        </div>
      </header>
      <h2 className="section-title">Ses articles</h2>
      <ArticleList articles={items} now={new Date()} />
      <Pagination basePath={`/auteurs/${author.slug}`} page={page} totalPages={totalPages} />
    </div>
  )
}

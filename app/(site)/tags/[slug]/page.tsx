import type { Metadata } from 'next'
import { isSlug } from '@/lib/slug'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/article/article-list'
import { Pagination, parsePage } from '@/components/ui/pagination'
import { siteMetadata } from '@/components/site/page-metadata'
import { getTagPage } from '@/db/queries/articles'
import { formatNumber } from '@/lib/dates'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> }

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const data = isSlug(slug) ? await getTagPage(slug, parsePage(query.page)) : null
  if (!data) notFound()
  return data
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props)
  const path = `/tags/${data.tag.slug}`
  return siteMetadata({
    title: data.page > 1 ? `${data.tag.name} – page ${data.page}` : data.tag.name,
    description: `Tous les articles de Kibaru sur ${data.tag.name}.`,
    path: data.page > 1 ? `${path}?page=${data.page}` : path,
  })
}

export default async function TagPage(props: Props) {
  const data = await load(props)
  return (
    <div className="wrap listing">
      <header className="listing-header">
        <p className="kicker">Mot-clé</p>
        <h1>{data.tag.name}</h1>
        <p className="listing-description">
          {formatNumber(data.total)} article{data.total > 1 ? 's' : ''}
        </p>
      </header>
      <ArticleList articles={data.items} now={new Date()} />
      <Pagination basePath={`/tags/${data.tag.slug}`} page={data.page} totalPages={data.totalPages} />
    </div>
  )
}

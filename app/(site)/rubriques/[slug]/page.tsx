import type { Metadata } from 'next'
import { isSlug } from '@/lib/slug'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/article/article-list'
import { Pagination, parsePage } from '@/components/ui/pagination'
import { siteMetadata } from '@/components/site/page-metadata'
import { getCategoryPage } from '@/db/queries/articles'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> }

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const data = isSlug(slug) ? await getCategoryPage(slug, parsePage(query.page)) : null
  if (!data) notFound()
  return data
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props)
  const path = `/rubriques/${data.category.slug}`
  return siteMetadata({
    title: data.page > 1 ? `${data.category.name} – page ${data.page}` : data.category.name,
    description: data.category.description || `Toute l’actualité de la rubrique ${data.category.name}.`,
    path: data.page > 1 ? `${path}?page=${data.page}` : path,
    feeds: [{ url: `${path}/feed.xml`, title: `Kibaru – ${data.category.name}` }],
  })
}

export default async function CategoryPage(props: Props) {
  const data = await load(props)
  return (
    <div className="wrap listing">
      <header className="listing-header">
        <p className="kicker">Rubrique</p>
        <h1>{data.category.name}</h1>
        {data.category.description && <p className="listing-description">{data.category.description}</p>}
      </header>
      <ArticleList articles={data.items} now={new Date()} showCategory={false} />
      <Pagination basePath={`/rubriques/${data.category.slug}`} page={data.page} totalPages={data.totalPages} />
    </div>
  )
}

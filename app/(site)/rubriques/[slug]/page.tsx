import type { Metadata } from 'next'
import { isSlug } from '@/lib/slug'
import { notFound, permanentRedirect } from 'next/navigation'
import { ArticleList } from '@/components/article/article-list'
import { Pagination, parsePage } from '@/components/ui/pagination'
import { siteMetadata } from '@/components/site/page-metadata'
import { getCategoryPage } from '@/db/queries/articles'
import { getSettings } from '@/db/queries/site'
import { getCategoryRedirect } from '@/db/queries/taxonomy'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> }

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  if (!isSlug(slug)) notFound()
  const data = await getCategoryPage(slug, parsePage(query.page))
  if (!data) {
    // A renamed rubrique: its old address leads to the current one for good, page included.
    const moved = await getCategoryRedirect(slug)
    if (moved) permanentRedirect(`/rubriques/${moved}${parsePage(query.page) > 1 ? `?page=${parsePage(query.page)}` : ''}`)
    notFound()
  }
  return data
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [data, settings] = await Promise.all([load(props), getSettings()])
  const path = `/rubriques/${data.category.slug}`
  return siteMetadata({
    title: data.page > 1 ? `${data.category.name} – page ${data.page}` : data.category.name,
    description: data.category.description || `Toute l’actualité de la rubrique ${data.category.name}.`,
    path: data.page > 1 ? `${path}?page=${data.page}` : path,
    feeds: [{ url: `${path}/feed.xml`, title: `${settings.siteName} – ${data.category.name}` }],
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

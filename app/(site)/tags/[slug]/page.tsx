import type { Metadata } from 'next'
import { isSlug } from '@/lib/slug'
import { notFound, permanentRedirect } from 'next/navigation'
import { ArticleList } from '@/components/article/article-list'
import { Pagination, parsePage } from '@/components/ui/pagination'
import { siteMetadata } from '@/components/site/page-metadata'
import { getTagPage } from '@/db/queries/articles'
import { getSettings } from '@/db/queries/site'
import { getTagRedirect } from '@/db/queries/taxonomy'
import { formatNumber } from '@/lib/dates'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> }

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  if (!isSlug(slug)) notFound()
  const data = await getTagPage(slug, parsePage(query.page))
  if (!data) {
    // A renamed or merged tag: its old address leads to the current one for good, page included.
    const moved = await getTagRedirect(slug)
    if (moved) permanentRedirect(`/tags/${moved}${parsePage(query.page) > 1 ? `?page=${parsePage(query.page)}` : ''}`)
    notFound()
  }
  return data
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [data, settings] = await Promise.all([load(props), getSettings()])
  const path = `/tags/${data.tag.slug}`
  return siteMetadata({
    title: data.page > 1 ? `${data.tag.name} – page ${data.page}` : data.tag.name,
    description: `Tous les articles de ${settings.siteName} sur ${data.tag.name}.`,
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

import 'server-only'
import type { Metadata } from 'next'
import { getSettings } from '@/db/queries/site'
import { pageMetadata, type PageDescription } from '@/lib/seo/metadata'

/** A reader page's metadata, with the site-wide settings (Facebook app id) filled in. */
export async function siteMetadata(page: PageDescription): Promise<Metadata> {
  const settings = await getSettings()
  return pageMetadata({ facebookAppId: settings.facebookAppId || null, ...page })
}

import 'server-only'
import type { Metadata } from 'next'
import { getDefaultShareImage, getSettings } from '@/db/queries/site'
import { pageMetadata, type PageDescription } from '@/lib/seo/metadata'

/** A reader page's metadata, with the site-wide settings (name, Facebook app id, default share image) filled in. */
export async function siteMetadata(page: PageDescription): Promise<Metadata> {
  const [settings, defaultImage] = await Promise.all([getSettings(), getDefaultShareImage()])
  return pageMetadata({ facebookAppId: settings.facebookAppId || null, siteName: settings.siteName, defaultImage, ...page })
}

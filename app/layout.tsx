import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { getSettings } from '@/db/queries/site'
import { env } from '@/lib/env'
import { frenchSpacing } from '@/lib/typography'
import './globals.css'

// Every page reads the database through the data cache at request time; nothing is prerendered
// at build time, so a build never needs (or freezes) a database.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  // The site's name and tagline come from the settings (Réglages), so a change shows at once.
  const { siteName, tagline } = await getSettings()
  return {
    metadataBase: new URL(env().siteUrl),
    title: { default: `${siteName} – ${frenchSpacing(tagline)}`, template: `%s – ${siteName}` },
    description: `${siteName}, le portail d’information du Mali : politique, sécurité, économie, société, sport et culture.`,
    applicationName: siteName,
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#8c1c13',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { env } from '@/lib/env'
import './globals.css'

// Every page reads the database through the data cache at request time; nothing is prerendered
// at build time, so a build never needs (or freezes) a database.
export const dynamic = 'force-dynamic'

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(env().siteUrl),
    title: { default: 'Kibaru – L’actualité du Mali et du Sahel', template: '%s – Kibaru' },
    description: 'Kibaru, le portail d’information du Mali : politique, sécurité, économie, société, sport et culture.',
    applicationName: 'Kibaru',
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

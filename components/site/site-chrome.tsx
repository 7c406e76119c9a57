import type { ReactNode } from 'react'
import { getBreaking } from '@/db/queries/articles'
import { getCategories, getSettings } from '@/db/queries/site'
import { readerScriptSrc } from '@/lib/reader-script'
import { BreakingBanner } from './breaking-banner'
import { RadioPlayer } from './radio-player'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

/** Header, "Flash info", footer, the radio player and the reader script around every reader page. */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const [settings, categories, breaking] = await Promise.all([getSettings(), getCategories(), getBreaking()])
  const now = new Date()
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <SiteHeader siteName={settings.siteName} tagline={settings.tagline} categories={categories} today={now} />
      {breaking && <BreakingBanner story={breaking} />}
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter
        siteName={settings.siteName}
        facebookPageUrl={settings.facebookPageUrl}
        liveTvSlug={settings.liveTvSlug}
        categories={categories}
        year={now.getFullYear()}
      />
      <RadioPlayer />
      {/* The reader pages' only script (no React runtime: docs/adr/005). */}
      <script src={readerScriptSrc()} defer data-reader-runtime="" />
    </>
  )
}

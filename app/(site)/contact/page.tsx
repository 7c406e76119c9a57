import type { Metadata } from 'next'
import { StaticPage } from '@/components/site/static-page'
import { getSettings } from '@/db/queries/site'

export const metadata: Metadata = { title: 'Contact', alternates: { canonical: '/contact' } }

export default async function ContactPage() {
  const settings = await getSettings()
  return (
    <StaticPage title="Contacter la rédaction">
      <p>
        Une information, une correction, un témoignage ? Écrivez-nous à <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>. Nous
        lisons tous les messages et protégeons nos sources.
      </p>
      <p>
        Vous pouvez aussi nous écrire sur <a href={settings.facebookPageUrl}>notre page Facebook</a>.
      </p>
    </StaticPage>
  )
}

import type { Metadata } from 'next'
import { siteMetadata } from '@/components/site/page-metadata'
import { StaticPage } from '@/components/site/static-page'
import { getSettings } from '@/db/queries/site'

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata({ title: 'Contact', description: 'Écrire à la rédaction de Kibaru.', path: '/contact' })
}

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

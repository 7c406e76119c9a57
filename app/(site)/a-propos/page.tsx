import type { Metadata } from 'next'
import { siteMetadata } from '@/components/site/page-metadata'
import { StaticPage } from '@/components/site/static-page'

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata({ title: 'À propos', description: 'Qui sommes-nous : la rédaction de Kibaru et ses principes.', path: '/a-propos' })
}

export default function AboutPage() {
  return (
    <StaticPage title="À propos de Kibaru">
      <p>
        <strong>Kibaru</strong> signifie « nouvelles » en bambara. Notre rédaction, basée à Bamako avec des correspondants dans les régions, publie chaque jour
        l’actualité du Mali et du Sahel : politique, sécurité, économie, société, sport et culture.
      </p>
      <p>
        Nous écrivons pour les lecteurs qui nous lisent sur leur téléphone, souvent avec un forfait limité : nos pages sont légères, lisibles sans application
        et sans publicité envahissante.
      </p>
      <h2>Nos principes</h2>
      <ul>
        <li>Distinguer les faits des opinions et citer nos sources.</li>
        <li>Corriger nos erreurs de façon visible : un article modifié porte la mention « Mis à jour le ».</li>
        <li>Donner la parole aux habitants de toutes les régions, dans leur diversité.</li>
      </ul>
    </StaticPage>
  )
}

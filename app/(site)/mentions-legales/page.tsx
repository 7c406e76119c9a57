import type { Metadata } from 'next'
import { siteMetadata } from '@/components/site/page-metadata'
import { StaticPage } from '@/components/site/static-page'

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata({ title: 'Mentions légales', description: 'Éditeur, données personnelles et droits.', path: '/mentions-legales' })
}

export default function LegalPage() {
  return (
    <StaticPage title="Mentions légales">
      <h2>Éditeur</h2>
      <p>Kibaru, portail d’information en ligne, Bamako (Mali). Directeur de la publication : le rédacteur en chef de Kibaru.</p>
      <h2>Données personnelles</h2>
      <p>
        Kibaru ne dépose aucun cookie publicitaire et n’utilise aucun outil de mesure tiers. Le nombre de lectures des articles est compté de façon anonyme,
        sans cookie ni adresse conservée.
      </p>
      <h2>Droits</h2>
      <p>
        Les articles, photographies et illustrations publiés sur Kibaru sont protégés. Toute reprise doit citer Kibaru et renvoyer vers l’article d’origine.
      </p>
    </StaticPage>
  )
}

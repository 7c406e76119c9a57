import type { Metadata } from 'next'
import { siteMetadata } from '@/components/site/page-metadata'
import { PlayRadioButton } from '@/components/site/play-radio-button'
import { getRadios } from '@/db/queries/site'
import { frenchSpacing } from '@/lib/typography'

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata({ title: 'Radios et télévision en direct', description: 'Écoutez les radios du Mali et l’ORTM en direct sur Kibaru.', path: '/radios' })
}

export default async function RadiosPage() {
  const radios = await getRadios()
  return (
    <div className="wrap listing">
      <header className="listing-header">
        <h1>Écoutez les radios du Mali</h1>
        <p className="listing-description">Le direct continue pendant que vous lisez : changez de page, le son ne s’arrête pas.</p>
      </header>
      {radios.length === 0 ? (
        <p className="empty">Aucune station n’est disponible pour le moment.</p>
      ) : (
        <ul className="radio-list">
          {radios.map((r) => (
            <li key={r.slug} id={r.slug} className="radio-card">
              <p className="kicker">{r.kind === 'tv' ? 'Télévision' : 'Radio'}</p>
              <h2>{r.name}</h2>
              <p className="radio-where">{[r.city, r.frequency].filter(Boolean).join(' · ')}</p>
              {r.description && <p>{frenchSpacing(r.description)}</p>}
              <PlayRadioButton station={{ slug: r.slug, name: r.name, streamUrl: r.streamUrl }} label={r.kind === 'tv' ? `Écouter ${r.name} en direct` : `Écouter ${r.name}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

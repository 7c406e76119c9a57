import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { canEditArticle } from '@/db/queries/article-writes'
import { listRevisions, readArticleStatus, readPreviousRevision, readRevision } from '@/db/queries/newsroom'
import { requireStaffPage } from '@/lib/auth'
import { formatDateTime } from '@/lib/dates'
import { can } from '@/lib/permissions'
import { diffStats, diffVersions, type DiffPart } from '@/lib/revision-diff'
import { RestoreButton } from './restore-button'
import '@/components/admin/editor.css'

export const metadata: Metadata = { title: 'Historique de l’article' }

const REASONS: Record<string, string> = {
  autosave: 'Sauvegarde automatique',
  save: 'Enregistrement',
  submit: 'Soumission',
  publish: 'Publication',
  restore: 'Restauration',
}

function Diff({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <div className="diff" aria-label={label}>
      {parts.map((p, i) =>
        p.kind === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.kind === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  )
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ version?: string }> }

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id: raw } = await params
  const staff = await requireStaffPage('journalist', `/admin/articles/${encodeURIComponent(raw)}/historique`)
  const id = Number(raw)
  const story = Number.isSafeInteger(id) && id > 0 ? readArticleStatus(id) : null
  if (!story) notFound()
  const mayEdit = canEditArticle(staff, id, story.status)
  // Editors read every history; a journalist reads the history of a story they may edit.
  if (!mayEdit && !can(staff.role, 'article:edit-any')) notFound()
  const revisions = listRevisions(id)
  const wanted = Number((await searchParams).version)
  const selected = revisions.find((r) => r.id === wanted) ?? revisions[0]
  const revision = selected ? readRevision(id, selected.id) : undefined
  const previous = revision ? readPreviousRevision(id, revision.id) : undefined
  const diff = revision ? diffVersions(previous ?? null, revision) : null
  const stats = diff ? diffStats([...diff.title, ...diff.standfirst, ...diff.body]) : null
  const isCurrent = revision?.version === story.version

  return (
    <>
      <div className="admin-heading">
        <h1>Historique : {story.title}</h1>
        <a href={`/admin/articles/${id}`}>Retour à l’éditeur</a>
      </div>
      {revisions.length === 0 ? (
        <p>Aucune version enregistrée pour l’instant.</p>
      ) : (
        <div className="history-grid">
          <nav aria-label="Versions">
            <ol className="revision-list">
              {revisions.map((r) => (
                <li key={r.id} aria-current={r.id === selected?.id ? 'true' : undefined}>
                  <a href={`/admin/articles/${id}/historique?version=${r.id}`}>
                    <time dateTime={r.updatedAt}>{formatDateTime(new Date(r.updatedAt))}</time>
                  </a>
                  <span>{r.by}</span>
                  <span className="revision-reason">{REASONS[r.reason] ?? r.reason}</span>
                  {r.version === story.version && <span className="status-badge">Version actuelle</span>}
                </li>
              ))}
            </ol>
          </nav>
          {revision && diff && stats && selected && (
            <section aria-labelledby="revision-title">
              <h2 id="revision-title">
                Version du {formatDateTime(new Date(selected.updatedAt))} par {selected.by}
              </h2>
              <p className="diff-legend">
                {previous ? 'Comparée à la version précédente' : 'Première version'} : {stats.added} mot{stats.added > 1 ? 's' : ''} ajouté{stats.added > 1 ? 's' : ''}, {stats.removed} mot
                {stats.removed > 1 ? 's' : ''} retiré{stats.removed > 1 ? 's' : ''}. <ins>Texte ajouté</ins> · <del>texte retiré</del>
              </p>
              {mayEdit && !isCurrent && <RestoreButton articleId={id} version={story.version} revisionId={revision.id} />}
              <h3>Titre</h3>
              <Diff parts={diff.title} label="Titre" />
              <h3>Chapô</h3>
              <Diff parts={diff.standfirst} label="Chapô" />
              <h3>Corps</h3>
              <Diff parts={diff.body} label="Corps" />
            </section>
          )}
        </div>
      )}
    </>
  )
}

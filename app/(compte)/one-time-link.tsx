import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { findTokenHolder } from '@/db/queries/users'
import type { TokenKind } from '@/lib/tokens'
import '@/components/admin/staff.css'
import { PasswordForm } from './password-form'

// The pages behind one-time links (/invitation/… and /reinitialisation/…): public, never indexed,
// and they send no Referer, so the link never leaks to another site.
export const oneTimeLinkMetadata = (title: string): Metadata => ({ title, robots: { index: false, follow: false }, referrer: 'no-referrer' })

export function OneTimeLinkPage({ kind, token }: { kind: TokenKind; token: string }) {
  const holder = findTokenHolder(token, kind)
  // Unknown, used, expired, revoked or disabled: one answer, so the page tells nothing more.
  if (!holder) notFound()
  return (
    <main className="staff-card" id="contenu">
      <p className="staff-brand">Kibaru · Rédaction</p>
      {kind === 'invite' ? (
        <>
          <h1>Bienvenue dans la rédaction</h1>
          <p>
            Ce lien active le compte de <strong>{holder.name}</strong> ({holder.email}). Choisissez votre mot de passe pour terminer.
          </p>
        </>
      ) : (
        <>
          <h1>Choisir un nouveau mot de passe</h1>
          <p>
            Pour le compte de <strong>{holder.name}</strong> ({holder.email}). L’ancien mot de passe ne fonctionnera plus et les sessions ouvertes
            seront fermées.
          </p>
        </>
      )}
      <PasswordForm kind={kind} token={token} email={holder.email} />
    </main>
  )
}

/** The same page for every link that does not work, whatever the reason. */
export function InvalidLinkPage() {
  return (
    <main className="staff-card" id="contenu">
      <p className="staff-brand">Kibaru · Rédaction</p>
      <h1>Ce lien n’est plus valable</h1>
      <p>Il a peut-être déjà servi, expiré ou été remplacé par un lien plus récent. Chaque lien ne fonctionne qu’une fois.</p>
      <p>Demandez un nouveau lien à un administrateur de la rédaction.</p>
      <p>
        <a href="/connexion">Aller à la page de connexion</a>
      </p>
    </main>
  )
}

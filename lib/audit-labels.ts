// The audit log in French: one label per action name (for the filter) and one sentence per row
// ("Awa Traoré a publié « Titre »"). Action names are written by many parts of the code base; an
// action this file does not know yet is still shown readably, from its entity and its verb.
import type { Role } from '@/db/schema'
import { ofName } from './elision'
import { ROLE_LABELS } from './permissions'

/** What a row of the log needs to be told in French (names resolved by db/queries/audit.ts). */
export interface AuditFacts {
  action: string
  /** Who did it; null when the account was deleted or the system acted (scheduled publication). */
  actorName: string | null
  entityType: string
  entityId: string | null
  /** The current name or title of the entity, or one remembered in the details. */
  entityName: string | null
  details: unknown
}

const NNBSP = '\u202f'
const quote = (text: string) => `«${NNBSP}${text}${NNBSP}»`


/** Labels for the action filter, for every action name written anywhere in the code base. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'user.sign-in': 'Connexion',
  'user.sign-out': 'Déconnexion',
  'user.first-admin': 'Création du premier administrateur',
  'user.bootstrap-admin': 'Administrateur créé au démarrage',
  'user.invite': 'Invitation',
  'user.role-change': 'Changement de rôle',
  'user.disable': 'Désactivation d’un compte',
  'user.enable': 'Réactivation d’un compte',
  'user.reset-link': 'Lien de réinitialisation',
  'user.password-set': 'Mot de passe défini',
  'user.password-change': 'Mot de passe changé',
  'article.create': 'Création d’un article',
  'article.submit': 'Soumission à la relecture',
  'article.send-back': 'Renvoi au journaliste',
  'article.publish': 'Publication',
  'article.publish-scheduled': 'Publication programmée',
  'article.schedule': 'Programmation',
  'article.unschedule': 'Programmation annulée',
  'article.unpublish': 'Dépublication',
  'article.delete': 'Suppression d’un article',
  'article.restore': 'Restauration d’une version',
  'media.upload': 'Import d’une image',
  'media.update': 'Modification d’une image',
  'media.delete': 'Suppression d’une image',
  'tag.create': 'Création d’un tag',
  'tag.rename': 'Modification d’un tag',
  'tag.update': 'Modification d’un tag',
  'tag.merge': 'Fusion de tags',
  'tag.delete': 'Suppression d’un tag',
  'category.create': 'Création d’une rubrique',
  'category.rename': 'Modification d’une rubrique',
  'category.update': 'Modification d’une rubrique',
  'category.reorder': 'Ordre des rubriques',
  'category.delete': 'Suppression d’une rubrique',
  'settings.update': 'Modification des réglages',
  'radio.create': 'Ajout d’une radio',
  'radio.update': 'Modification d’une radio',
  'radio.reorder': 'Ordre des radios',
  'radio.delete': 'Suppression d’une radio',
  'author.create': 'Création d’un profil d’auteur',
  'author.update': 'Modification d’un profil d’auteur',
  'author.delete': 'Suppression d’un profil d’auteur',
}

// For actions nobody has labelled yet: "tag.merge-into" → "Tag : fusion into".
const ENTITY_NOUNS: Record<string, string> = {
  user: 'Compte',
  article: 'Article',
  media: 'Image',
  tag: 'Tag',
  category: 'Rubrique',
  settings: 'Réglages',
  setting: 'Réglages',
  radio: 'Radio',
  author: 'Auteur',
  revision: 'Version',
}
const VERB_NOUNS: Record<string, string> = {
  create: 'création',
  add: 'ajout',
  update: 'modification',
  edit: 'modification',
  rename: 'nouveau nom',
  delete: 'suppression',
  remove: 'suppression',
  merge: 'fusion',
  reorder: 'nouvel ordre',
  move: 'déplacement',
  upload: 'import',
  publish: 'publication',
  unpublish: 'dépublication',
  schedule: 'programmation',
  restore: 'restauration',
  enable: 'réactivation',
  disable: 'désactivation',
}

export function actionLabel(action: string): string {
  const known = AUDIT_ACTION_LABELS[action]
  if (known) return known
  const [entity = '', ...rest] = action.split('.')
  const verb = rest.join('.')
  const noun = ENTITY_NOUNS[entity] ?? capitalise(entity.replace(/[-_]/g, ' '))
  if (!verb) return noun || action
  return `${noun} : ${VERB_NOUNS[verb] ?? verb.replace(/[-_.]/g, ' ')}`
}

function capitalise(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1) : text
}

function detail(details: unknown, key: string): string | null {
  if (!details || typeof details !== 'object') return null
  const value = (details as Record<string, unknown>)[key]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

function nested(details: unknown, key: string, inner: string): string | null {
  if (!details || typeof details !== 'object') return null
  return detail((details as Record<string, unknown>)[key], inner)
}

function roleLabel(value: string | null): string | null {
  return value && value in ROLE_LABELS ? ROLE_LABELS[value as Role].toLowerCase() : value
}

/** The entity as a reader of the log knows it: its name, else what the details kept, else its number. */
function target(facts: AuditFacts): string {
  const name =
    facts.entityName ??
    detail(facts.details, 'title') ??
    detail(facts.details, 'name') ??
    nested(facts.details, 'to', 'name') ??
    detail(facts.details, 'originalName') ??
    detail(facts.details, 'slug') ??
    detail(facts.details, 'path')
  if (name) return name
  return facts.entityId ? `n° ${facts.entityId}` : ''
}

/** "renommé la rubrique « Sport » en « Sports »" when the details say the name changed. */
function renamed(details: unknown, what: string): string | null {
  const from = nested(details, 'from', 'name')
  const to = nested(details, 'to', 'name')
  return from && to && from !== to ? `renommé ${what} ${quote(from)} en ${quote(to)}` : null
}

/** One row of the log as a French sentence. */
export function describeAudit(facts: AuditFacts): string {
  const actor = facts.actorName ?? 'Le système'
  const name = target(facts)
  const story = quote(name)
  // A person by name; when the account is gone and no name was kept, by its number.
  const person = facts.entityName ?? detail(facts.details, 'name')
  const account = person ?? (facts.entityId ? `le compte n° ${facts.entityId}` : 'un compte supprimé')
  const accountOf = person ? `le compte ${ofName(person)}` : account
  switch (facts.action) {
    case 'user.sign-in':
      return `${actor} a ouvert une session`
    case 'user.sign-out':
      return `${actor} a fermé sa session`
    case 'user.first-admin':
      return `${actor} a créé le premier compte administrateur`
    case 'user.bootstrap-admin':
      return `Le compte administrateur ${account} a été créé au démarrage (ADMIN_EMAIL)`
    case 'user.invite': {
      const role = roleLabel(detail(facts.details, 'role'))
      const renewed = detail(facts.details, 'renewed') !== null
      return renewed
        ? `${actor} a créé un nouveau lien d’invitation pour ${account}`
        : `${actor} a invité ${account}${role ? ` comme ${role}` : ''}`
    }
    case 'user.role-change': {
      const from = roleLabel(detail(facts.details, 'from'))
      const to = roleLabel(detail(facts.details, 'to'))
      return `${actor} a changé le rôle ${person ? ofName(person) : `du compte n° ${facts.entityId ?? '?'}`}${from && to ? ` : ${from} → ${to}` : ''}`
    }
    case 'user.disable':
      return `${actor} a désactivé ${accountOf}`
    case 'user.enable':
      return `${actor} a réactivé ${accountOf}`
    case 'user.reset-link':
      return `${actor} a créé un lien de réinitialisation du mot de passe pour ${account}`
    case 'user.password-set':
      return detail(facts.details, 'kind') === 'reset'
        ? `${actor} a choisi un nouveau mot de passe par un lien de réinitialisation`
        : `${actor} a accepté l’invitation et choisi son mot de passe`
    case 'user.password-change':
      return `${actor} a changé son mot de passe`
    case 'article.create':
      return `${actor} a créé l’article ${story}`
    case 'article.submit':
      return `${actor} a soumis ${story} à la relecture`
    case 'article.send-back':
      return `${actor} a renvoyé ${story} à son auteur`
    case 'article.publish':
      return `${actor} a publié ${story}`
    case 'article.publish-scheduled':
      return facts.actorName ? `${actor} a publié ${story} à l’heure prévue` : `${story} a été publié à l’heure prévue`
    case 'article.schedule':
      return `${actor} a programmé ${story}`
    case 'article.unschedule':
      return `${actor} a annulé la programmation de ${story}`
    case 'article.unpublish':
      return `${actor} a dépublié ${story}`
    case 'article.delete':
      return `${actor} a supprimé l’article ${story}`
    case 'article.restore':
      return `${actor} a restauré une version de ${story}`
    case 'media.upload':
      return `${actor} a importé l’image ${story}`
    case 'media.update':
      return `${actor} a modifié l’image ${story}`
    case 'media.delete':
      return `${actor} a supprimé l’image ${story}`
    case 'tag.create':
      return `${actor} a créé le tag ${story}`
    case 'tag.rename':
    case 'tag.update':
      return `${actor} a ${renamed(facts.details, 'le tag') ?? `modifié le tag ${story}`}`
    case 'tag.merge': {
      // Recorded on the tag that remains; the details keep the one merged into it.
      const source = nested(facts.details, 'source', 'name')
      return source ? `${actor} a fusionné le tag ${quote(source)} dans ${story}` : `${actor} a fusionné un tag dans ${story}`
    }
    case 'tag.delete':
      return `${actor} a supprimé le tag ${story}`
    case 'category.create':
      return `${actor} a créé la rubrique ${story}`
    case 'category.rename':
    case 'category.update':
      return `${actor} a ${renamed(facts.details, 'la rubrique') ?? `modifié la rubrique ${story}`}`
    case 'category.reorder':
      return `${actor} a changé l’ordre des rubriques`
    case 'category.delete':
      return `${actor} a supprimé la rubrique ${story}`
    case 'settings.update':
      return `${actor} a modifié les réglages du site`
    case 'radio.create':
      return `${actor} a ajouté la radio ${story}`
    case 'radio.update':
      return `${actor} a modifié la radio ${story}`
    case 'radio.reorder':
      return `${actor} a changé l’ordre des radios`
    case 'radio.delete':
      return `${actor} a supprimé la radio ${story}`
    default:
      return `${actor} · ${actionLabel(facts.action)}${name ? ` · ${name}` : ''}`
  }
}

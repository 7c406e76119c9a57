import { describe, expect, it } from 'vitest'
import { actionLabel, AUDIT_ACTION_LABELS, describeAudit, type AuditFacts } from './audit-labels'

const facts = (over: Partial<AuditFacts>): AuditFacts => ({
  action: 'article.publish',
  actorName: 'Awa Traoré',
  entityType: 'article',
  entityId: '12',
  entityName: null,
  details: null,
  ...over,
})
const plain = (text: string) => text.replace(/\u202f/g, ' ')

describe('audit log in French', () => {
  it('tells a publication with the story’s current title', () => {
    expect(plain(describeAudit(facts({ entityName: 'Pluies à Mopti' })))).toBe('Awa Traoré a publié « Pluies à Mopti »')
  })

  it('falls back on what the details kept when the entity is gone, then on its number', () => {
    expect(plain(describeAudit(facts({ action: 'article.unpublish', details: { slug: 'pluies-a-mopti' } })))).toBe('Awa Traoré a dépublié « pluies-a-mopti »')
    expect(plain(describeAudit(facts({ action: 'user.disable', entityType: 'user', entityId: '7', details: null })))).toBe('Awa Traoré a désactivé le compte n° 7')
  })

  it('tells role changes with French role names and elision', () => {
    const text = describeAudit(facts({ action: 'user.role-change', entityType: 'user', entityName: 'Oumar Diarra', details: { from: 'journalist', to: 'editor' } }))
    expect(text).toBe('Awa Traoré a changé le rôle d’Oumar Diarra : journaliste → éditeur')
    expect(describeAudit(facts({ action: 'user.invite', entityType: 'user', entityName: 'Fatou Sidibé', details: { role: 'journalist' } }))).toBe(
      'Awa Traoré a invité Fatou Sidibé comme journaliste',
    )
  })

  it('names the system when no account acted', () => {
    expect(plain(describeAudit(facts({ actorName: null, entityName: 'Flash' })))).toBe('Le système a publié « Flash »')
  })

  it('labels every action used by the code base, and unknown ones readably', () => {
    // Every action name written anywhere (grep "action:" and "audit(" in db/ and lib/).
    const used = [
      'user.sign-in', 'user.first-admin', 'user.bootstrap-admin', 'user.invite', 'user.role-change', 'user.disable', 'user.enable', 'user.reset-link', 'user.password-set',
      'article.publish', 'article.unpublish', 'article.schedule', 'article.send-back', 'article.restore', 'article.publish-scheduled',
      'media.upload', 'media.update', 'media.delete',
      'category.create', 'category.update', 'category.delete', 'category.reorder', 'tag.update', 'tag.merge', 'tag.delete',
      'settings.update', 'radio.create', 'radio.update', 'radio.delete', 'radio.reorder',
    ]
    for (const action of used) {
      expect(AUDIT_ACTION_LABELS[action], action).toBeTruthy()
      // A sentence of its own, not the generic fallback.
      expect(describeAudit(facts({ action, entityName: 'X' })), action).not.toContain(' · ')
    }
    expect(actionLabel('tag.frobnicate')).toBe('Tag : frobnicate')
    expect(actionLabel('category.reorder-all')).toBe('Rubrique : reorder all')
    expect(actionLabel('weird')).toBe('Weird')
    expect(describeAudit(facts({ action: 'tag.frobnicate', entityType: 'tag', entityName: 'Sécheresse' }))).toBe('Awa Traoré · Tag : frobnicate · Sécheresse')
  })
})

describe('audit rows written by the other parts of the newsroom', () => {
  it('tells renames, merges, scheduled publications and deleted media from their details', () => {
    const rename = facts({ action: 'category.update', entityType: 'category', entityName: 'Sports', details: { from: { slug: 'sport', name: 'Sport' }, to: { slug: 'sports', name: 'Sports' } } })
    expect(plain(describeAudit(rename))).toBe('Awa Traoré a renommé la rubrique « Sport » en « Sports »')
    const edit = facts({ action: 'tag.update', entityType: 'tag', entityName: 'Coton', details: { from: { name: 'Coton' }, to: { name: 'Coton' } } })
    expect(plain(describeAudit(edit))).toBe('Awa Traoré a modifié le tag « Coton »')
    const merge = facts({ action: 'tag.merge', entityType: 'tag', entityName: 'Coton', details: { source: { id: 3, name: 'coton-graine' }, target: { name: 'Coton' } } })
    expect(plain(describeAudit(merge))).toBe('Awa Traoré a fusionné le tag « coton-graine » dans « Coton »')
    const scheduled = facts({ action: 'article.publish-scheduled', actorName: null, details: { title: 'Le fleuve monte', slug: 'le-fleuve-monte' } })
    expect(plain(describeAudit(scheduled))).toBe('« Le fleuve monte » a été publié à l’heure prévue')
    const deleted = facts({ action: 'media.delete', entityType: 'media', entityId: '9', details: { path: '2026/03/a.jpg', originalName: 'marche.jpg', alt: '' } })
    expect(plain(describeAudit(deleted))).toBe('Awa Traoré a supprimé l’image « marche.jpg »')
    expect(describeAudit(facts({ action: 'settings.update', entityType: 'settings', entityId: null, details: { changed: ['siteName'] } }))).toBe('Awa Traoré a modifié les réglages du site')
  })
})

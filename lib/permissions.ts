// Who may do what (shared/DESIGN.md, "Roles"). Checked inside every action and route handler.
import type { Role } from '@/db/schema'

const RANK: Record<Role, number> = { journalist: 1, editor: 2, admin: 3 }

export const ROLE_LABELS: Record<Role, string> = { journalist: 'Journaliste', editor: 'Éditeur', admin: 'Administrateur' }

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast]
}

export type Permission =
  | 'article:write-own' // write and edit own drafts, submit them for review
  | 'article:edit-any' // edit anyone's article
  | 'article:publish' // publish, schedule, unpublish
  | 'taxonomy:manage' // tags, rubriques
  | 'media:manage-any'
  | 'users:manage'
  | 'settings:manage'

const MINIMUM: Record<Permission, Role> = {
  'article:write-own': 'journalist',
  'article:edit-any': 'editor',
  'article:publish': 'editor',
  'taxonomy:manage': 'editor',
  'media:manage-any': 'editor',
  'users:manage': 'admin',
  'settings:manage': 'admin',
}

export function can(role: Role, permission: Permission): boolean {
  return hasRole(role, MINIMUM[permission])
}

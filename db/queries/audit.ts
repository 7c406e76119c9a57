// The audit log: who did what, when, from where. Written by every significant staff action (in
// the same transaction as the change it records), read by administrators on /admin/journal.
import 'server-only'
import { and, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../open'
import { db } from '../client'
import { articles, auditLog, categories, media, radios, tags, users } from '../schema'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

export interface AuditEntry {
  userId: number | null
  action: string
  entityType: string
  entityId?: string | number | null
  details?: Record<string, unknown> | null
  ip?: string | null
  at?: Date
}

/** Writes one row; pass the transaction of the change so both commit or neither does. */
export function recordAudit(entry: AuditEntry, writer: Db | Tx = db()): void {
  writer
    .insert(auditLog)
    .values({
      at: entry.at ?? new Date(),
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      details: entry.details ?? null,
      ip: entry.ip ?? null,
    })
    .run()
}

export interface AuditRow {
  id: number
  at: Date
  action: string
  actorId: number | null
  actorName: string | null
  entityType: string
  entityId: string | null
  entityName: string | null
  details: unknown
  ip: string | null
}

export interface AuditFilter {
  action?: string | null
  /** Rows made by this person, or about their account. */
  userId?: number | null
}

export const AUDIT_PAGE_SIZE = 50

function whereOf(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = []
  if (filter.action) parts.push(eq(auditLog.action, filter.action))
  if (filter.userId) {
    parts.push(or(eq(auditLog.userId, filter.userId), and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, String(filter.userId))))!)
  }
  return parts.length ? and(...parts) : undefined
}

// The current name of each entity a page of the log mentions, a few queries per page at most.
const NAMES: Record<string, (ids: number[]) => { id: number; name: string | null }[]> = {
  user: (ids) => db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)).all(),
  article: (ids) => db().select({ id: articles.id, name: articles.title }).from(articles).where(inArray(articles.id, ids)).all(),
  tag: (ids) => db().select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, ids)).all(),
  category: (ids) => db().select({ id: categories.id, name: categories.name }).from(categories).where(inArray(categories.id, ids)).all(),
  media: (ids) =>
    db()
      .select({ id: media.id, name: sql<string | null>`coalesce(nullif(${media.alt}, ''), ${media.originalName}, ${media.path})` })
      .from(media)
      .where(inArray(media.id, ids))
      .all(),
  radio: (ids) => db().select({ id: radios.id, name: radios.name }).from(radios).where(inArray(radios.id, ids)).all(),
}

function entityNames(rows: { entityType: string; entityId: string | null }[]): Map<string, string> {
  const wanted = new Map<string, Set<number>>()
  for (const row of rows) {
    const id = Number(row.entityId)
    if (!NAMES[row.entityType] || !Number.isSafeInteger(id) || id <= 0) continue
    if (!wanted.has(row.entityType)) wanted.set(row.entityType, new Set())
    wanted.get(row.entityType)!.add(id)
  }
  const names = new Map<string, string>()
  for (const [type, ids] of wanted) {
    for (const found of NAMES[type]!([...ids])) if (found.name) names.set(`${type}:${found.id}`, found.name)
  }
  return names
}

/** Newest first, one page at a time. */
export function listAudit(filter: AuditFilter, page: number, size = AUDIT_PAGE_SIZE) {
  const where = whereOf(filter)
  const total = db().select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0
  const totalPages = Math.max(1, Math.ceil(total / size))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), totalPages)
  const rows = db()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.userId,
      actorName: users.name,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(size)
    .offset((current - 1) * size)
    .all()
  const names = entityNames(rows)
  const items: AuditRow[] = rows.map((row) => ({ ...row, entityName: names.get(`${row.entityType}:${row.entityId}`) ?? null }))
  return { items, total, page: current, totalPages }
}

/** What the filters offer: the action names present in the log and every staff account. */
export function auditFilterChoices() {
  const actions = db().selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action).all().map((r) => r.action)
  const people = db().select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(users.name).all()
  return { actions, people }
}

import type { ArticleStatus } from '@/db/schema'

export const STATUS_LABELS: Record<ArticleStatus, string> = { draft: 'Brouillon', review: 'En relecture', scheduled: 'Programmé', published: 'Publié' }

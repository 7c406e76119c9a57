import { Link } from '@/components/ui/link'
import { formatNumber } from '@/lib/dates'

/** Previous / next links, `?page=N`; page 1 is the bare URL so it has a single address. */
export function Pagination({ basePath, page, totalPages, query }: { basePath: string; page: number; totalPages: number; query?: Record<string, string> }) {
  if (totalPages <= 1) return null
  const href = (n: number) => {
    const params = new URLSearchParams(query)
    if (n > 1) params.set('page', String(n))
    const qs = params.toString()
    return qs ? `${basePath}?${qs}` : basePath
  }
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Page précédente
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination-status">
        Page {formatNumber(page)} sur {formatNumber(totalPages)}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Page suivante →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** `?page=N` read defensively: anything odd is page 1. */
export function parsePage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  const n = Number(value)
  return Number.isSafeInteger(n) && n >= 1 && n <= 100_000 ? n : 1
}

// GET ?q=…&page=N&mine=1: a page of the media library as JSON, for the picker. Staff only.
import { NextResponse } from 'next/server'
import { listMedia, toChoice } from '@/db/queries/media'
import { Forbidden, requireStaff } from '@/lib/auth'
import { env } from '@/lib/env'
import type { MediaPageAnswer } from '@/lib/media/types'

export const dynamic = 'force-dynamic'

const PICKER_PAGE_SIZE = 18

export async function GET(request: Request) {
  let staff
  try {
    staff = await requireStaff('journalist')
  } catch (error) {
    if (error instanceof Forbidden) {
      return NextResponse.json({ ok: false, error: error.message } satisfies MediaPageAnswer, { status: error.reason === 'anonymous' ? 401 : 403, headers: { 'cache-control': 'no-store' } })
    }
    throw error
  }
  const params = new URL(request.url).searchParams
  const q = (params.get('q') ?? '').slice(0, 200)
  const page = Math.min(Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1), 10_000)
  const list = listMedia({ q, page, pageSize: PICKER_PAGE_SIZE, uploadedBy: params.get('mine') === '1' ? staff.id : null })
  const body: MediaPageAnswer = { ok: true, items: list.items.map(toChoice), page: list.page, totalPages: list.totalPages, total: list.total, maxBytes: env().mediaMaxBytes }
  return NextResponse.json(body, { headers: { 'cache-control': 'private, no-store' } })
}

// Shapes shared by the server (route handlers, queries) and the browser (library page, picker).
// Types only: safe to import from client components.

/** What the picker hands to its caller, and what the upload and list endpoints answer with. */
export interface MediaChoice {
  id: number
  /** Public URL of the original, e.g. "/media/2026/11/3f9c….jpg". */
  src: string
  width: number
  height: number
  alt: string
  credit: string | null
  /** The default caption proposed for a new use; each use may change it. */
  caption: string
  /** A small copy for grids (the 480 px WebP when there is one, else the original). */
  thumb: string
}

/** Answer of POST /admin/medias/televerser. */
export type UploadAnswer = { ok: true; media: MediaChoice } | { ok: false; error: string }

/** Answer of GET /admin/medias/liste. */
export type MediaPageAnswer =
  | { ok: true; items: MediaChoice[]; page: number; totalPages: number; total: number; /** The upload limit, in bytes. */ maxBytes: number }
  | { ok: false; error: string }

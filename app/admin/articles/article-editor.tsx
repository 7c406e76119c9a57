'use client'

// The article form. Its state lives here, in the browser: a refused or failed save never resets
// what was typed, and a copy is kept in local storage until the server has it. Drafts save
// themselves a few seconds after the last change.
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useMemo, useRef, useState, useTransition } from 'react'
import { BodyEditor } from '@/components/admin/body-editor'
import { HydrationGate } from '@/components/admin/hydration-gate'
import { MediaPicker } from '@/components/admin/media-picker'
import '@/components/admin/editor.css'
import type { WriteResult } from '@/db/queries/article-writes'
import type { EditableArticle } from '@/db/queries/newsroom'
import type { BodyDocument } from '@/lib/body/types'
import { STATUS_LABELS } from '@/lib/article-status'
import { formatDateTime, formatTime } from '@/lib/dates'
import { slugify } from '@/lib/slug'
import {
  publishArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  sendBackArticleAction,
  submitForReviewAction,
  unpublishArticleAction,
} from './actions'

/** Delay after the last keystroke before a draft saves itself. */
const AUTOSAVE_DELAY_MS = 3000

export interface CoverChoice {
  id: number
  src: string
  width: number
  height: number
  alt: string
  credit: string | null
}

interface Fields {
  title: string
  slug: string
  standfirst: string
  categoryId: string
  tags: string
  authorIds: number[]
  newAuthors: string[]
  dateline: string
  sourceName: string
  sourceUrl: string
  body: BodyDocument
  cover: CoverChoice | null
  coverCaption: string
  featured: boolean
  breaking: boolean
}

interface Props {
  article: EditableArticle | null
  choices: { categories: { id: number; name: string }[]; authors: { id: number; name: string }[] }
  canPublish: boolean
  defaultAuthorId: number | null
}

function initialFields(article: EditableArticle | null, defaultAuthorId: number | null): Fields {
  return {
    title: article?.title ?? '',
    slug: article?.slug ?? '',
    standfirst: article?.standfirst ?? '',
    categoryId: article?.categoryId ? String(article.categoryId) : '',
    tags: article?.tags.join(', ') ?? '',
    authorIds: article?.authorIds ?? (defaultAuthorId ? [defaultAuthorId] : []),
    newAuthors: [],
    dateline: article?.dateline ?? '',
    sourceName: article?.sourceName ?? '',
    sourceUrl: article?.sourceUrl ?? '',
    body: article?.body ?? { type: 'doc', content: [] },
    cover: article?.cover ?? null,
    coverCaption: article?.coverCaption ?? '',
    featured: article?.featured ?? false,
    breaking: article?.breaking ?? false,
  }
}

/** "2026-11-28T18:30" for a datetime-local input, in Bamako time (UTC, all year). */
function toLocalInput(iso: string | null): string {
  return iso ? iso.slice(0, 16) : ''
}

type Meta = { id: number | null; version: number | null; status: string; slug: string; scheduledAt: string | null }

export function ArticleEditor({ article, choices, canPublish, defaultAuthorId }: Props) {
  const router = useRouter()
  const storageKey = `kibaru:article:${article?.id ?? 'nouveau'}`
  const [fields, setFields] = useState<Fields>(() => initialFields(article, defaultAuthorId))
  const [meta, setMetaState] = useState<Meta>({ id: article?.id ?? null, version: article?.version ?? null, status: article?.status ?? 'draft', slug: article?.slug ?? '', scheduledAt: article?.scheduledAt ?? null })
  const metaRef = useRef(meta)
  const setMeta = (next: Meta) => {
    metaRef.current = next
    setMetaState(next)
  }
  const [dirty, setDirty] = useState(false)
  // Bumped on every change: a save knows whether the text moved on while it was in flight.
  const edits = useRef(0)
  const saving = useRef(false)
  const [slugTouched, setSlugTouched] = useState(!!article)
  const [words, setWords] = useState(0)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [backup, setBackup] = useState<Fields | null>(null)
  const [scheduleAt, setScheduleAt] = useState(toLocalInput(article?.scheduledAt ?? null))
  const [note, setNote] = useState('')
  const [newAuthor, setNewAuthor] = useState('')
  const [coverPicker, setCoverPicker] = useState(false)
  const [pending, startTransition] = useTransition()
  const ids = { body: useId() }
  const firstRender = useRef(true)

  // A copy survives a closed tab, a crash or a failed save, until the server has the text.
  useEffect(() => {
    const saved = window.localStorage.getItem(storageKey)
    if (saved) {
      try {
        setBackup(JSON.parse(saved) as Fields)
      } catch {
        window.localStorage.removeItem(storageKey)
      }
    }
  }, [storageKey])
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    if (dirty) window.localStorage.setItem(storageKey, JSON.stringify(fields))
  }, [fields, dirty, storageKey])
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  const update = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => {
      const next = { ...f, [key]: value }
      // Until the slug is edited by hand (or the story exists), it follows the title.
      if (key === 'title' && !slugTouched) next.slug = slugify(String(value))
      return next
    })
    edits.current++
    setDirty(true)
  }

  const payload = useMemo(
    () => ({
      title: fields.title,
      slug: fields.slug,
      standfirst: fields.standfirst,
      categoryId: fields.categoryId ? Number(fields.categoryId) : null,
      tags: fields.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      authorIds: fields.authorIds,
      newAuthors: fields.newAuthors,
      dateline: fields.dateline,
      sourceName: fields.sourceName,
      sourceUrl: fields.sourceUrl,
      body: fields.body,
      coverMediaId: fields.cover?.id ?? null,
      coverCaption: fields.coverCaption,
      featured: fields.featured,
      breaking: fields.breaking,
    }),
    [fields],
  )
  const payloadRef = useRef(payload)
  payloadRef.current = payload

  const apply = (result: WriteResult, success: string) => {
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {})
      setMessage({ kind: 'error', text: result.error })
      return false
    }
    setErrors({})
    setMeta({ id: result.id, version: result.version, status: result.status, slug: result.slug, scheduledAt: result.scheduledAt ?? null })
    // The server may have given another address than the one asked (taken, reserved): say so.
    setMessage({ kind: 'ok', text: `${success} à ${formatTime(new Date())}${result.notice ? `. ${result.notice}` : ''}` })
    return true
  }

  /** One save, from the latest text and the version the previous save produced. */
  const saveOnce = useCallback(
    async (autosave: boolean): Promise<{ id: number; version: number } | null> => {
      saving.current = true
      const startedAt = edits.current
      const { id, version } = metaRef.current
      const sent = payloadRef.current
      try {
        const result = await saveArticleAction(id, version, sent, autosave)
        if (!result.ok) {
          // An autosave that cannot go through says so quietly; the text stays here and in local storage.
          if (autosave) {
            setMessage({ kind: 'error', text: `Sauvegarde automatique impossible : ${result.error}` })
            if (result.fieldErrors) setErrors(result.fieldErrors)
          } else apply(result, 'Enregistré')
          return null
        }
        apply(result, 'Enregistré')
        // The address field shows the address the story really has, unless it was edited meanwhile.
        if (result.slug !== sent.slug) setFields((f) => (f.slug === sent.slug ? { ...f, slug: result.slug } : f))
        // The new story gets its address without reloading the editor (the cursor stays put).
        if (!id) window.history.replaceState(null, '', `/admin/articles/${result.id}`)
        if (edits.current === startedAt) {
          setDirty(false)
          window.localStorage.removeItem(storageKey)
        }
        return { id: result.id, version: result.version }
      } catch {
        setMessage({ kind: 'error', text: 'Le serveur ne répond pas. Votre texte est conservé dans ce navigateur : réessayez dans un instant.' })
        return null
      } finally {
        saving.current = false
      }
    },
    [storageKey],
  )

  // Saves run one after the other: "Enregistrer" pressed during an autosave waits for it, then saves.
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  /** Saves the form; resolves with where the story now stands, or null when the save failed. */
  const save = useCallback(
    (autosave = false): Promise<{ id: number; version: number } | null> => {
      if (autosave && saving.current) return Promise.resolve(null)
      const run = queue.current.then(() => saveOnce(autosave))
      queue.current = run.catch(() => null)
      return run
    },
    [saveOnce],
  )

  // Autosave: drafts only, a few seconds after the last change, once there is a title.
  useEffect(() => {
    if (!dirty || meta.status !== 'draft' || !fields.title.trim() || !fields.slug) return
    const timer = setTimeout(() => void save(true), AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [fields, dirty, meta.status, save])

  const step = (run: (id: number, version: number) => Promise<WriteResult>, success: string) => () => {
    startTransition(async () => {
      // Unsaved changes go first, and the next step starts from the version they produced.
      const target = dirty || !metaRef.current.id ? await save() : { id: metaRef.current.id, version: metaRef.current.version! }
      if (!target) return
      try {
        const result = await run(target.id, target.version)
        if (apply(result, success)) router.refresh()
      } catch {
        setMessage({ kind: 'error', text: 'Le serveur ne répond pas : réessayez dans un instant.' })
      }
    })
  }

  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`err-${name}`}>
        {errors[name]}
      </p>
    ) : null
  const described = (name: string) => (errors[name] ? `err-${name}` : undefined)
  const authorName = (id: number) => choices.authors.find((a) => a.id === id)?.name ?? `Auteur ${id}`
  const moveAuthor = (index: number, delta: number) => {
    const list = [...fields.authorIds]
    const [item] = list.splice(index, 1)
    list.splice(index + delta, 0, item!)
    update('authorIds', list)
  }

  return (
    // Not a <form>: the image pickers inside hold forms of their own (uploads), and forms cannot nest.
    // "Enregistrer" is a button; Ctrl+S (⌘S) saves too.
    <div
      className="article-editor"
      role="form"
      aria-label="Article"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault()
          startTransition(async () => {
            await save()
          })
        }
      }}
    >
      <div className="editor-status" aria-live="polite">
        <span className={`status-badge status-${meta.status}`}>{STATUS_LABELS[meta.status as keyof typeof STATUS_LABELS]}</span>
        {meta.status === 'scheduled' && meta.scheduledAt && <span className="field-help">pour le {formatDateTime(new Date(meta.scheduledAt))}</span>}
        {/* "Enregistré à …" while nothing changed since; errors stay until the next success. */}
        {message && (message.kind === 'error' || !dirty) && <span className={message.kind === 'ok' ? 'save-ok' : 'form-error'}>{message.text}</span>}
        {dirty && message?.kind !== 'error' && <span className="field-help">Modifications non enregistrées</span>}
        {meta.id && (
          <span className="editor-links">
            <a href={`/apercu/${meta.id}`} target="_blank" rel="noopener">
              Aperçu
            </a>
            <a href={`/admin/articles/${meta.id}/historique`}>Historique</a>
          </span>
        )}
      </div>

      {article?.notes && article.notes.length > 0 && meta.status === 'draft' && (
        <section className="review-notes" aria-label="Notes de relecture">
          {article.notes.slice(0, 3).map((n) => (
            <div key={n.id} className="review-note">
              <p className="review-note-head">
                Note de relecture de {n.by}, le {formatDateTime(new Date(n.at))}
              </p>
              <p className="review-note-body">{n.body}</p>
            </div>
          ))}
        </section>
      )}

      {backup && (
        <div className="notice">
          Une version non enregistrée de cet article est conservée dans ce navigateur.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFields(backup)
              setBackup(null)
              edits.current++
              setDirty(true)
            }}
          >
            La restaurer
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              window.localStorage.removeItem(storageKey)
              setBackup(null)
            }}
          >
            L’ignorer
          </button>
        </div>
      )}

      <HydrationGate>
        <div className="editor-grid">
          <div className="editor-main">
            <div className="field">
              <label htmlFor="title">Titre</label>
              <input id="title" className="input-title" value={fields.title} onChange={(e) => update('title', e.target.value)} aria-describedby={described('title')} maxLength={200} />
              {fieldError('title')}
            </div>
            <div className="field">
              <label htmlFor="slug">Adresse de l’article</label>
              <input
                id="slug"
                value={fields.slug}
                onChange={(e) => {
                  setSlugTouched(true)
                  update('slug', e.target.value)
                }}
                aria-describedby={`slug-help ${described('slug') ?? ''}`.trim()}
                maxLength={80}
              />
              <p className="field-help" id="slug-help">
                /articles/{fields.slug || '…'}
                {meta.status === 'published' && ' · changer l’adresse d’un article publié laisse une redirection depuis l’ancienne.'}
              </p>
              {fieldError('slug')}
            </div>
            <div className="field">
              <label htmlFor="standfirst">Chapô</label>
              <textarea id="standfirst" rows={3} value={fields.standfirst} onChange={(e) => update('standfirst', e.target.value)} aria-describedby={described('standfirst')} maxLength={500} />
              {fieldError('standfirst')}
            </div>
            <div className="field">
              <span className="field-label" id={ids.body}>
                Corps de l’article
              </span>
              <BodyEditor
                initial={fields.body}
                refs={article?.bodyRefs}
                labelledBy={ids.body}
                onChange={(doc, count) => {
                  setWords(count)
                  update('body', doc)
                }}
              />
              {fieldError('body')}
              <span className="visually-hidden">{words} mots</span>
            </div>
          </div>

          <aside className="editor-side">
            <div className="editor-actions">
              <button
                type="button"
                disabled={pending}
                aria-keyshortcuts="Control+S"
                onClick={() =>
                  startTransition(async () => {
                    await save()
                  })
                }
              >
                {pending ? 'Enregistrement…' : 'Enregistrer'}
              </button>
              {meta.status === 'draft' && !canPublish && (
                <button type="button" disabled={pending} onClick={step(submitForReviewAction, 'Soumis à la relecture')}>
                  Soumettre à la relecture
                </button>
              )}
              {canPublish && meta.status !== 'published' && (
                <button type="button" disabled={pending} onClick={step(publishArticleAction, 'Publié')}>
                  Publier
                </button>
              )}
              {canPublish && meta.status === 'published' && (
                <button type="button" className="button-secondary" disabled={pending} onClick={step(unpublishArticleAction, 'Dépublié')}>
                  Dépublier
                </button>
              )}
              {canPublish && meta.status === 'scheduled' && (
                <button type="button" className="button-secondary" disabled={pending} onClick={step(unpublishArticleAction, 'Programmation annulée')}>
                  Annuler la programmation
                </button>
              )}
              {meta.status === 'published' && (
                <a href={`/articles/${meta.slug}`} target="_blank" rel="noopener">
                  Voir l’article en ligne
                </a>
              )}
            </div>

            {canPublish && meta.status !== 'published' && (
              <fieldset className="field editor-schedule">
                <legend>Programmer</legend>
                <label htmlFor="scheduledAt">Date et heure de publication (heure de Bamako)</label>
                <input id="scheduledAt" type="datetime-local" value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} aria-describedby={described('scheduledAt')} />
                {fieldError('scheduledAt')}
                <button type="button" className="button-secondary" disabled={pending} onClick={step((id, version) => scheduleArticleAction(id, version, scheduleAt), 'Programmé')}>
                  Programmer
                </button>
              </fieldset>
            )}

            {canPublish && (meta.status === 'review' || meta.status === 'scheduled') && (
              <fieldset className="field editor-send-back">
                <legend>Renvoyer au journaliste</legend>
                <label htmlFor="reviewNote">Note pour le journaliste</label>
                <textarea id="reviewNote" rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={described('note')} maxLength={2000} />
                {fieldError('note')}
                <button
                  type="button"
                  className="button-secondary"
                  disabled={pending}
                  onClick={step(async (id, version) => {
                    const result = await sendBackArticleAction(id, version, note)
                    if (result.ok) setNote('')
                    return result
                  }, 'Renvoyé au journaliste')}
                >
                  Renvoyer avec cette note
                </button>
              </fieldset>
            )}

            <fieldset className="field cover-field">
              <legend>Image principale</legend>
              {fields.cover ? (
                <>
                  {/* eslint-disable-next-line @next/next/no-img-element -- the library's own file, shown small */}
                  <img src={fields.cover.src} width={fields.cover.width} height={fields.cover.height} alt={fields.cover.alt} />
                  <p className="field-help">
                    Texte alternatif : {fields.cover.alt || <strong>manquant</strong>}
                    {fields.cover.credit && <> · Crédit : {fields.cover.credit}</>} ·{' '}
                    <a href={`/admin/medias/${fields.cover.id}`} target="_blank" rel="noopener">
                      modifier dans la médiathèque
                    </a>
                  </p>
                  <label htmlFor="coverCaption">Légende (pour cet article)</label>
                  <textarea id="coverCaption" rows={2} value={fields.coverCaption} onChange={(e) => update('coverCaption', e.target.value)} maxLength={300} aria-describedby={described('coverCaption')} />
                  {fieldError('coverCaption')}
                </>
              ) : (
                <p className="field-help">Aucune image : la carte de partage sera générée avec le titre.</p>
              )}
              {fieldError('coverMediaId')}
              <div className="cover-actions">
                <button type="button" className="button-secondary" onClick={() => setCoverPicker(true)}>
                  {fields.cover ? 'Changer l’image' : 'Choisir une image'}
                </button>
                {fields.cover && (
                  <button type="button" className="link-button" onClick={() => update('cover', null)}>
                    Retirer l’image
                  </button>
                )}
              </div>
              <MediaPicker
                open={coverPicker}
                title="Image principale"
                selectedId={fields.cover?.id ?? null}
                onClose={() => setCoverPicker(false)}
                onPick={(m) => {
                  setFields((f) => ({ ...f, cover: { id: m.id, src: m.src, width: m.width, height: m.height, alt: m.alt, credit: m.credit }, coverCaption: f.coverCaption || m.caption }))
                  edits.current++
                  setDirty(true)
                }}
              />
            </fieldset>

            <div className="field">
              <label htmlFor="category">Rubrique</label>
              <select id="category" value={fields.categoryId} onChange={(e) => update('categoryId', e.target.value)} aria-describedby={described('categoryId')}>
                <option value="">Choisir une rubrique</option>
                {choices.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {fieldError('categoryId')}
            </div>
            <div className="field">
              <label htmlFor="tags">Tags</label>
              <input id="tags" value={fields.tags} onChange={(e) => update('tags', e.target.value)} aria-describedby={`tags-help ${described('tags') ?? ''}`.trim()} />
              <p className="field-help" id="tags-help">
                Séparés par des virgules ; un mot-clé nouveau est créé à l’enregistrement.
              </p>
              {fieldError('tags')}
            </div>

            <fieldset className="field bylines">
              <legend>Signé par</legend>
              {canPublish ? (
                <>
                  <ol className="byline-list">
                    {fields.authorIds.map((id, i) => (
                      <li key={id}>
                        <span>{authorName(id)}</span>
                        <button type="button" className="link-button" disabled={i === 0} onClick={() => moveAuthor(i, -1)} aria-label={`Monter ${authorName(id)}`}>
                          ↑
                        </button>
                        <button type="button" className="link-button" disabled={i === fields.authorIds.length - 1} onClick={() => moveAuthor(i, 1)} aria-label={`Descendre ${authorName(id)}`}>
                          ↓
                        </button>
                        <button type="button" className="link-button" onClick={() => update('authorIds', fields.authorIds.filter((x) => x !== id))} aria-label={`Retirer ${authorName(id)}`}>
                          Retirer
                        </button>
                      </li>
                    ))}
                    {fields.newAuthors.map((name) => (
                      <li key={`new-${name}`}>
                        <span>{name} (nouveau profil)</span>
                        <button type="button" className="link-button" onClick={() => update('newAuthors', fields.newAuthors.filter((x) => x !== name))} aria-label={`Retirer ${name}`}>
                          Retirer
                        </button>
                      </li>
                    ))}
                  </ol>
                  <label htmlFor="addAuthor">Ajouter une signature</label>
                  <select
                    id="addAuthor"
                    value=""
                    onChange={(e) => {
                      const id = Number(e.target.value)
                      if (id && !fields.authorIds.includes(id)) update('authorIds', [...fields.authorIds, id])
                    }}
                  >
                    <option value="">Choisir un auteur</option>
                    {choices.authors
                      .filter((a) => !fields.authorIds.includes(a.id))
                      .map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.name}
                        </option>
                      ))}
                  </select>
                  <label htmlFor="newAuthor">Ou un nouveau nom (pigiste, pseudonyme)</label>
                  <div className="inline-add">
                    <input id="newAuthor" value={newAuthor} onChange={(e) => setNewAuthor(e.target.value)} maxLength={80} />
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => {
                        const name = newAuthor.trim()
                        if (name.length >= 2 && !fields.newAuthors.includes(name)) update('newAuthors', [...fields.newAuthors, name])
                        setNewAuthor('')
                      }}
                    >
                      Ajouter
                    </button>
                  </div>
                  {fieldError('newAuthors')}
                </>
              ) : (
                <p className="field-help">{fields.authorIds.length ? fields.authorIds.map(authorName).join(', ') : 'Votre signature sera ajoutée à l’enregistrement.'} Les signatures sont modifiées par un éditeur.</p>
              )}
            </fieldset>

            <div className="field">
              <label htmlFor="dateline">Lieu (avant le premier paragraphe)</label>
              <input id="dateline" value={fields.dateline} onChange={(e) => update('dateline', e.target.value)} placeholder="BAMAKO" maxLength={60} />
            </div>
            <div className="field">
              <label htmlFor="sourceName">Source</label>
              <input id="sourceName" value={fields.sourceName} onChange={(e) => update('sourceName', e.target.value)} placeholder="AMAP, ORTM, AFP…" maxLength={120} />
            </div>
            <div className="field">
              <label htmlFor="sourceUrl">Adresse de la source (facultatif)</label>
              <input id="sourceUrl" type="url" value={fields.sourceUrl} onChange={(e) => update('sourceUrl', e.target.value)} aria-describedby={described('sourceUrl')} />
              {fieldError('sourceUrl')}
            </div>
            {canPublish && (
              <fieldset className="field">
                <legend>Page d’accueil</legend>
                <label className="check">
                  <input type="checkbox" checked={fields.featured} onChange={(e) => update('featured', e.target.checked)} /> À la une
                </label>
                <label className="check">
                  <input type="checkbox" checked={fields.breaking} onChange={(e) => update('breaking', e.target.checked)} /> Flash info
                </label>
              </fieldset>
            )}
          </aside>
        </div>
      </HydrationGate>
    </div>
  )
}

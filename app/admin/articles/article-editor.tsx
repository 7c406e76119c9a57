'use client'

// The article form. Its state lives here, in the browser: a refused or failed save never resets
// what was typed, and a copy is kept in local storage until the server has it.
import { useRouter } from 'next/navigation'
import { useEffect, useId, useMemo, useRef, useState, useTransition } from 'react'
import { BodyEditor } from '@/components/admin/body-editor'
import type { WriteResult } from '@/db/queries/article-writes'
import type { EditableArticle } from '@/db/queries/newsroom'
import type { BodyDocument } from '@/lib/body/types'
import { STATUS_LABELS } from '@/lib/article-status'
import { formatTime } from '@/lib/dates'
import { slugify } from '@/lib/slug'
import { publishArticleAction, saveArticleAction, submitForReviewAction, unpublishArticleAction } from './actions'

interface Fields {
  title: string
  slug: string
  standfirst: string
  categoryId: string
  tags: string
  authorIds: number[]
  dateline: string
  sourceName: string
  sourceUrl: string
  body: BodyDocument
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
    dateline: article?.dateline ?? '',
    sourceName: article?.sourceName ?? '',
    sourceUrl: article?.sourceUrl ?? '',
    body: article?.body ?? { type: 'doc', content: [] },
    featured: article?.featured ?? false,
    breaking: article?.breaking ?? false,
  }
}

export function ArticleEditor({ article, choices, canPublish, defaultAuthorId }: Props) {
  const router = useRouter()
  const storageKey = `kibaru:article:${article?.id ?? 'nouveau'}`
  const [fields, setFields] = useState<Fields>(() => initialFields(article, defaultAuthorId))
  const [meta, setMeta] = useState({ id: article?.id ?? null, version: article?.version ?? null, status: article?.status ?? 'draft', slug: article?.slug ?? '' })
  const [dirty, setDirty] = useState(false)
  const [slugTouched, setSlugTouched] = useState(!!article)
  const [words, setWords] = useState(0)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [backup, setBackup] = useState<Fields | null>(null)
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
    setDirty(true)
  }

  const payload = useMemo(
    () => ({
      ...fields,
      categoryId: fields.categoryId ? Number(fields.categoryId) : null,
      tags: fields.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    }),
    [fields],
  )

  const apply = (result: WriteResult, success: string) => {
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {})
      setMessage({ kind: 'error', text: result.error })
      return false
    }
    setErrors({})
    setMeta({ id: result.id, version: result.version, status: result.status, slug: result.slug })
    setMessage({ kind: 'ok', text: `${success} à ${formatTime(new Date())}` })
    return true
  }

  /** Saves the form; resolves with where the story now stands, or null when the save failed. */
  const save = () =>
    new Promise<{ id: number; version: number } | null>((resolve) =>
      startTransition(async () => {
        try {
          const result = await saveArticleAction(meta.id, meta.version, payload)
          if (!apply(result, 'Enregistré') || !result.ok) return resolve(null)
          setDirty(false)
          window.localStorage.removeItem(storageKey)
          if (!meta.id) router.replace(`/admin/articles/${result.id}`)
          resolve({ id: result.id, version: result.version })
        } catch {
          setMessage({ kind: 'error', text: 'Le serveur ne répond pas. Votre texte est conservé dans ce navigateur : réessayez dans un instant.' })
          resolve(null)
        }
      }),
    )

  const step = (action: typeof publishArticleAction, success: string) => async () => {
    // Unsaved changes go first, and the next step starts from the version they produced.
    const target = dirty || !meta.id ? await save() : { id: meta.id, version: meta.version! }
    if (!target) return
    startTransition(async () => {
      try {
        const result = await action(target.id, target.version)
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

  return (
    <form
      className="article-editor"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
      noValidate
    >
      <div className="editor-status" aria-live="polite">
        <span className={`status-badge status-${meta.status}`}>{STATUS_LABELS[meta.status as keyof typeof STATUS_LABELS]}</span>
        {message && <span className={message.kind === 'ok' ? 'save-ok' : 'form-error'}>{message.text}</span>}
        {!message && dirty && <span className="field-help">Modifications non enregistrées</span>}
      </div>

      {backup && (
        <div className="notice">
          Une version non enregistrée de cet article est conservée dans ce navigateur.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFields(backup)
              setBackup(null)
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
            <button type="submit" disabled={pending}>
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
            {meta.status === 'published' && (
              <a href={`/articles/${meta.slug}`} target="_blank" rel="noopener">
                Voir l’article en ligne
              </a>
            )}
          </div>

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
          <fieldset className="field">
            <legend>Signé par</legend>
            {choices.authors.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={fields.authorIds.includes(a.id)}
                  onChange={(e) => update('authorIds', e.target.checked ? [...fields.authorIds, a.id] : fields.authorIds.filter((x) => x !== a.id))}
                />{' '}
                {a.name}
              </label>
            ))}
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
    </form>
  )
}

'use client'
// The article body editor (Tiptap). It edits exactly what the reader renderer draws
// (lib/body/render.tsx): paragraphs, intertitles (h2) and subtitles (h3), bold, italic, links,
// quotes, lists, images from the library and "Lire aussi" links. Everything else StarterKit
// offers is switched off so that nothing typed here silently disappears on the site.
import { useEffect, useId, useRef, useState, type JSX, type MouseEvent } from 'react'
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state'
import StarterKit from '@tiptap/starter-kit'
import { countWords, documentToText } from '@/lib/body/text'
import type { BodyDocument } from '@/lib/body/types'
import { BodyImage, BodyReadAlso, BodyRefsContext, type BodyRefs } from './body-nodes'
import { MediaPicker } from './media-picker'
import { ReadAlsoPicker } from './read-also-picker'
import './body-editor.css'

export interface BodyEditorProps {
  /** The stored document to start from. */
  initial: BodyDocument
  /** Called on every change with the new document and its word count. */
  onChange: (doc: BodyDocument, words: number) => void
  /** id of the element that labels the editor ("Corps de l'article"); the parent renders the label. */
  labelledBy: string
  /** Pictures and titles for the images and "Lire aussi" links the document already holds. */
  refs?: BodyRefs
}

const NUMBER = new Intl.NumberFormat('fr-FR')
const PLURAL = new Intl.PluralRules('fr-FR')

/** « 1 mot », « 123 mots », « 1 234 mots » (French rules: 0 and 1 take the singular). */
function wordsLabel(words: number): string {
  return `${NUMBER.format(words)} ${PLURAL.select(words) === 'one' ? 'mot' : 'mots'}`
}

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
const SITE_BASE = 'https://kibaru.invalid'

/**
 * Whether a stored or pasted link target is acceptable: http(s), mailto or a path of this site.
 * Same rule as safeHref in lib/body/render.tsx (minus "#anchors"), which stays the final gate
 * when the article is shown; javascript:, data:, vbscript: and //host are refused.
 */
function isAllowedHref(raw: unknown): boolean {
  if (typeof raw !== 'string') return false
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
  const href = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (!href) return false
  if (href.startsWith('/')) return !href.startsWith('//') && !href.startsWith('/\\')
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href).protocol)
  } catch {
    return false
  }
}

/**
 * What the journalist typed in the link prompt, as a link target: "amap.ml/x" becomes
 * "https://amap.ml/x", "redaction@kibaru.ml" becomes a mailto: link, "/tags/kidal" stays a path
 * of this site. null when refused.
 */
function normalizeHref(input: string): string | null {
  const text = input.trim()
  if (!text || /[\u0000-\u001f\u007f-\u009f]/.test(text)) return null
  let result: string | null = null
  try {
    if (text.startsWith('/')) {
      if (text.startsWith('//') || text.startsWith('/\\')) return null
      const url = new URL(text, SITE_BASE)
      if (url.origin === SITE_BASE) result = url.pathname + url.search + url.hash
    } else if (/^[a-z][a-z\d+.-]*:/i.test(text) && !/^[^:/]+\.[^:/]+:\d/.test(text)) {
      const url = new URL(text)
      if (ALLOWED_PROTOCOLS.has(url.protocol)) result = url.href
    } else if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(text)) {
      result = `mailto:${text}`
    } else if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[:/?#]|$)/u.test(text)) {
      result = new URL(`https://${text}`).href
    }
  } catch {
    return null
  }
  return result && isAllowedHref(result) ? result : null
}

/** An empty stored document would fail Tiptap's content check: start from an empty paragraph. */
function startingContent(doc: BodyDocument): BodyDocument | string {
  return doc && doc.type === 'doc' && Array.isArray(doc.content) && doc.content.length > 0 ? doc : ''
}

interface ToolbarState {
  h2: boolean
  h3: boolean
  bold: boolean
  italic: boolean
  link: boolean
  quote: boolean
  bulletList: boolean
  orderedList: boolean
  canUndo: boolean
  canRedo: boolean
}

function toolbarState(editor: Editor | null): ToolbarState | null {
  if (!editor) return null
  return {
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    link: editor.isActive('link'),
    quote: editor.isActive('blockquote'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  }
}

/**
 * Inserts an image or a "Lire aussi" block and puts the caret in the text after it, so that the
 * next insertion or keystroke does not replace the block just inserted (it would be selected).
 */
function insertBlock(editor: Editor, node: { type: string; attrs: Record<string, unknown> }) {
  // A block selected as a whole (after a click on an image or its caption) is never replaced.
  const afterSelectedBlock = ({ tr }: { tr: Transaction }) => {
    if (tr.selection instanceof NodeSelection) tr.setSelection(TextSelection.near(tr.doc.resolve(tr.selection.to), 1))
    return true
  }
  editor.chain().focus().command(afterSelectedBlock).insertContent(node).command(afterSelectedBlock).run()
}

/** Keeps the caret in the text: without this, the first keystrokes after a click are lost. */
function keepFocus(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault()
}

function editLink(editor: Editor) {
  const previous = editor.getAttributes('link').href
  const input = window.prompt('Adresse du lien (https://…)', typeof previous === 'string' ? previous : '')
  if (input === null) {
    editor.commands.focus()
    return
  }
  if (!input.trim()) {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    return
  }
  const href = normalizeHref(input)
  if (!href) {
    window.alert(
      'Adresse refusée : seuls les liens https://, http://, mailto: et les pages du site (commençant par « / ») sont acceptés.',
    )
    editor.commands.focus()
    return
  }
  const { empty } = editor.state.selection
  if (empty && !editor.isActive('link')) {
    // Nothing selected: insert the address itself as the link text.
    editor
      .chain()
      .focus()
      .insertContent({ type: 'text', text: href.replace(/^mailto:/, ''), marks: [{ type: 'link', attrs: { href } }] })
      .unsetMark('link')
      .run()
    return
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
}

export function BodyEditor({ initial, onChange, labelledBy, refs: initialRefs }: BodyEditorProps): JSX.Element {
  const countId = useId()
  const [refs, setRefs] = useState<BodyRefs>(() => initialRefs ?? { media: {}, articles: {} })
  const [picker, setPicker] = useState<'image' | 'readAlso' | null>(null)
  // The editor is created once from the first document; later changes of `initial` are ignored.
  const [start] = useState(initial)
  const [words, setWords] = useState(() => countWords(documentToText(start)))
  // A stored document the editor cannot read (a node type it does not know yet) is shown
  // read-only instead of being replaced by an empty one that would then be saved.
  const [unreadable, setUnreadable] = useState(false)
  const unreadableRef = useRef(false)
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    onChangeRef.current = onChange
  }, [onChange])

  const editor = useEditor({
    immediatelyRender: false,
    injectCSS: false, // the few rules it needs are in body-editor.css (no inline <style>, CSP-friendly)
    enableContentCheck: true,
    content: startingContent(start),
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        horizontalRule: false,
        underline: false,
        link: {
          openOnClick: false,
          autolink: true,
          linkOnPaste: true,
          defaultProtocol: 'https',
          // No extra schemes for linkify; which targets are accepted is decided below.
          protocols: [],
          // Only href is stored and rendered; keep the document free of presentation attributes.
          HTMLAttributes: { target: null, rel: null, class: null },
          isAllowedUri: (url) => isAllowedHref(url),
          // Autolink and "paste a URL over a selection" only for explicit http(s)/mailto/paths.
          shouldAutoLink: (url) => isAllowedHref(url),
        },
      }),
      BodyImage,
      BodyReadAlso,
    ],
    editorProps: {
      attributes: {
        class: 'body-editor-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        'aria-describedby': countId,
        spellcheck: 'true',
        lang: 'fr',
      },
    },
    onContentError: () => {
      unreadableRef.current = true
      setUnreadable(true)
    },
    onCreate: ({ editor }) => {
      if (!unreadableRef.current) setWords(countWords(editor.getText()))
    },
    onUpdate: ({ editor }) => {
      if (unreadableRef.current) return
      const count = countWords(editor.getText())
      setWords(count)
      // A plain copy: ProseMirror's attrs objects have no prototype, and React would send them to a
      // server action as opaque references instead of data (the ids of images and links were lost).
      onChangeRef.current(JSON.parse(JSON.stringify(editor.getJSON())) as BodyDocument, count)
    },
  })

  useEffect(() => {
    if (editor && unreadable) editor.setEditable(false, false)
  }, [editor, unreadable])

  const state = useEditorState({ editor, selector: ({ editor }) => toolbarState(editor) })
  const ready = Boolean(editor && state && !unreadable)

  const button = (label: string, run: (editor: Editor) => void, options: { pressed?: boolean; disabled?: boolean; shortcut?: string } = {}) => (
    <button
      type="button"
      onMouseDown={keepFocus}
      onClick={() => {
        if (editor && ready) run(editor)
      }}
      disabled={!ready || options.disabled}
      aria-pressed={options.pressed === undefined ? undefined : ready && options.pressed}
      aria-keyshortcuts={options.shortcut}
      title={options.shortcut ? `${label} (${options.shortcut.replace('Control', 'Ctrl')})` : undefined}
    >
      {label}
    </button>
  )

  return (
    <div className="body-editor-field">
      <div className="body-editor">
        <div className="body-editor-toolbar" role="toolbar" aria-label="Mise en forme">
          {button('Intertitre', (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), { pressed: !!state?.h2 })}
          {button('Sous-titre', (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), { pressed: !!state?.h3 })}
          <span className="body-editor-separator" aria-hidden="true" />
          {button('Gras', (e) => e.chain().focus().toggleBold().run(), { pressed: !!state?.bold, shortcut: 'Control+B' })}
          {button('Italique', (e) => e.chain().focus().toggleItalic().run(), { pressed: !!state?.italic, shortcut: 'Control+I' })}
          {button('Lien', editLink, { pressed: !!state?.link })}
          <span className="body-editor-separator" aria-hidden="true" />
          {button('Citation', (e) => e.chain().focus().toggleBlockquote().run(), { pressed: !!state?.quote })}
          {button('Liste', (e) => e.chain().focus().toggleBulletList().run(), { pressed: !!state?.bulletList })}
          {button('Liste numérotée', (e) => e.chain().focus().toggleOrderedList().run(), { pressed: !!state?.orderedList })}
          <span className="body-editor-separator" aria-hidden="true" />
          {button('Image', () => setPicker('image'))}
          {button('Lire aussi', () => setPicker('readAlso'))}
          <span className="body-editor-separator" aria-hidden="true" />
          {button('Annuler', (e) => e.chain().focus().undo().run(), { disabled: !state?.canUndo, shortcut: 'Control+Z' })}
          {button('Rétablir', (e) => e.chain().focus().redo().run(), { disabled: !state?.canRedo, shortcut: 'Control+Shift+Z' })}
        </div>
        {editor ? (
          <BodyRefsContext.Provider value={refs}>
            <EditorContent editor={editor} />
          </BodyRefsContext.Provider>
        ) : (
          // Server render and first client render: an empty box of the same size.
          <div className="body-editor-content body-editor-placeholder" aria-hidden="true" />
        )}
      </div>
      {unreadable && (
        <p className="body-editor-error" role="alert">
          Ce texte contient des éléments que l’éditeur ne sait pas encore modifier : il est affiché en lecture seule
          et ne sera pas modifié à l’enregistrement.
        </p>
      )}
      <p className="body-editor-count" id={countId}>
        {wordsLabel(words)}
      </p>
      <MediaPicker
        open={picker === 'image'}
        title="Insérer une image dans le texte"
        onClose={() => {
          setPicker(null)
          editor?.commands.focus()
        }}
        onPick={(m) => {
          setRefs((r) => ({ ...r, media: { ...r.media, [m.id]: { src: m.src, width: m.width, height: m.height, alt: m.alt, credit: m.credit } } }))
          if (editor) insertBlock(editor, { type: 'image', attrs: { mediaId: m.id, caption: m.caption } })
        }}
      />
      <ReadAlsoPicker
        open={picker === 'readAlso'}
        onClose={() => {
          setPicker(null)
          editor?.commands.focus()
        }}
        onPick={(a) => {
          setRefs((r) => ({ ...r, articles: { ...r.articles, [a.id]: { title: a.title, slug: a.slug, published: true } } }))
          if (editor) insertBlock(editor, { type: 'readAlso', attrs: { articleId: a.id } })
        }}
      />
    </div>
  )
}

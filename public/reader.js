// @ts-check
// The only JavaScript of the reader pages (no React, no Next.js runtime: scripts/server.mjs takes
// them out of every reader page, see docs/adr/005-reader-pages-without-runtime.md). Every page is
// complete without it; it adds:
// - "Copier le lien" that copies, and "Partager…" where the phone has a share sheet;
// - the view beacon of a story ("Les plus lus");
// - the radio player, and while a station is on, navigation that swaps the page around the player
//   instead of loading a new one, so the stream never stops.
// Plain ES2020 served as written (a few KB): no build step, no framework.
;(() => {
  'use strict'

  // ----- Copy and share -----------------------------------------------------------------------

  /** @param {HTMLElement} link */
  async function copyLink(link) {
    const status = link.parentElement?.querySelector('.copy-status')
    let message = 'Lien copié !'
    try {
      await navigator.clipboard.writeText(/** @type {HTMLAnchorElement} */ (link).href)
    } catch {
      message = 'Copie impossible : sélectionnez l’adresse.'
    }
    if (!status) return
    status.textContent = message
    setTimeout(() => {
      if (status.textContent === message) status.textContent = ''
    }, 4000)
  }

  /** Things to do for each page shown: the first one, and each one swapped in. */
  function enhance() {
    if (typeof navigator.share === 'function') {
      for (const button of document.querySelectorAll('[data-native-share]')) /** @type {HTMLElement} */ (button).hidden = false
    }
    for (const beacon of document.querySelectorAll('[data-view-beacon]')) {
      const id = beacon.getAttribute('data-view-beacon')
      beacon.removeAttribute('data-view-beacon')
      if (id) countView(id)
    }
  }

  /** @param {string} id */
  function countView(id) {
    const send = () => {
      if (!navigator.sendBeacon?.('/api/vues', id)) fetch('/api/vues', { method: 'POST', body: id, keepalive: true }).catch(() => undefined)
    }
    if (document.readyState === 'complete') send()
    else window.addEventListener('load', send, { once: true })
  }

  // ----- Radio --------------------------------------------------------------------------------

  const player = /** @type {HTMLElement | null} */ (document.querySelector('[data-radio-player]'))
  const audio = player?.querySelector('audio') ?? null
  const now = player?.querySelector('.radio-player-now') ?? null
  const dot = player?.querySelector('.live-dot') ?? null
  const toggle = /** @type {HTMLButtonElement | null} */ (player?.querySelector('[data-radio-toggle]') ?? null)
  /** @type {string | null} */
  let station = null

  /** @param {string | null} error */
  function showState(error = null) {
    if (!player || !audio || !now || !toggle || !dot) return
    player.hidden = station === null
    const playing = !audio.paused
    dot.classList.toggle('live-dot-on', playing)
    toggle.textContent = playing ? 'Pause' : 'Lecture'
    if (error) {
      now.textContent = error
      return
    }
    now.textContent = playing ? 'En direct : ' : 'En pause : '
    const name = document.createElement('strong')
    name.textContent = station ?? ''
    now.append(name)
  }

  /** @param {string} name @param {string} url */
  function play(name, url) {
    if (!audio) return false
    station = name
    // Start inside the click's user activation, as browsers require for sound.
    if (audio.getAttribute('src') !== url) audio.src = url
    audio.play().catch(() => showState('Impossible de lancer ce flux pour le moment.'))
    showState()
    return true
  }

  if (audio && toggle) {
    audio.addEventListener('playing', () => showState())
    audio.addEventListener('pause', () => showState())
    audio.addEventListener('error', () => station && showState('Le flux ne répond pas.'))
    toggle.addEventListener('click', () => {
      if (audio.paused) audio.play().catch(() => showState('Impossible de reprendre la lecture.'))
      else audio.pause()
    })
    player?.querySelector('[data-radio-close]')?.addEventListener('click', () => {
      audio.pause()
      audio.removeAttribute('src')
      audio.load()
      station = null
      showState()
    })
  }

  // ----- Navigation while a station is on -----------------------------------------------------

  /** Paths that are not reader pages: the newsroom, files, feeds. */
  const NOT_A_PAGE = /^\/(admin|api|media|connexion|installation|invitation|reinitialisation|partage|_next)(\/|$)|\.(xml|txt|json|png|jpe?g|webp|avif|gif|svg|pdf|mp3|m3u8?)$/i

  /** Where Next's runtime is still there (`next dev`, the staff preview), its router keeps the player. */
  const nextRouter = '__next_f' in window

  /** @param {URL} url */
  function swappable(url) {
    return station !== null && !nextRouter && url.origin === location.origin && !NOT_A_PAGE.test(url.pathname)
  }

  let navigation = 0
  /** The address of the page shown (path and query): it differs from the bar's after Back. */
  let shown = location.pathname + location.search
  let swapped = false

  /**
   * Shows another page without unloading this one: its title, and every element of its body but
   * the player, which stays as it is. Anything unexpected falls back to an ordinary page load.
   * @param {URL} url
   * @param {'push' | 'none'} mode
   */
  async function swapTo(url, mode) {
    const ticket = ++navigation
    /** @type {Response} */
    let response
    try {
      response = await fetch(url, { headers: { accept: 'text/html' }, credentials: 'same-origin' })
    } catch {
      location.assign(url)
      return
    }
    if (ticket !== navigation) return
    const type = response.headers.get('content-type') ?? ''
    if (!type.startsWith('text/html')) {
      location.assign(url)
      return
    }
    const next = new DOMParser().parseFromString(await response.text(), 'text/html')
    if (ticket !== navigation) return
    if (!next.querySelector('[data-radio-player]')) {
      location.assign(url)
      return
    }
    const landed = new URL(response.url || url.href)
    landed.hash = url.hash
    if (mode === 'push') window.history.pushState({ kibaru: true }, '', landed)
    shown = landed.pathname + landed.search
    swapped = true
    document.title = next.title
    for (const selector of ['meta[name="description"]', 'link[rel="canonical"]']) {
      const fresh = next.head.querySelector(selector)
      const old = document.head.querySelector(selector)
      if (fresh && old) old.replaceWith(document.importNode(fresh, true))
    }
    for (const child of [...document.body.children]) if (child !== player) child.remove()
    const incoming = document.createDocumentFragment()
    for (const child of [...next.body.children]) {
      if (child.matches('[data-radio-player], script[src]')) continue
      incoming.append(document.adoptNode(child))
    }
    document.body.insertBefore(incoming, player)
    const target = landed.hash ? document.getElementById(decodeURIComponent(landed.hash.slice(1))) : null
    if (target) target.scrollIntoView()
    else window.scrollTo(0, 0)
    // As after a page load, a keyboard or screen reader user starts at the content.
    document.getElementById('contenu')?.focus({ preventScroll: true })
    enhance()
  }

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null)
    const playLink = /** @type {HTMLAnchorElement | null} */ (target?.closest('a[data-play-station]') ?? null)
    if (playLink) {
      if (play(playLink.getAttribute('data-play-station') ?? '', playLink.href)) event.preventDefault()
      return
    }
    const copy = /** @type {HTMLElement | null} */ (target?.closest('a[data-copy-link]') ?? null)
    if (copy && navigator.clipboard) {
      event.preventDefault()
      void copyLink(copy)
      return
    }
    const share = /** @type {HTMLElement | null} */ (target?.closest('[data-native-share]') ?? null)
    if (share) {
      navigator.share({ title: share.getAttribute('data-native-share') ?? '', url: share.getAttribute('data-share-url') ?? location.href }).catch(() => undefined)
      return
    }
    const link = /** @type {HTMLAnchorElement | null} */ (target?.closest('a[href]') ?? null)
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return
    const url = new URL(link.href)
    // A jump inside this page is the browser's business.
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return
    if (!swappable(url)) return
    event.preventDefault()
    void swapTo(url, 'push')
  })

  document.addEventListener('submit', (event) => {
    const form = event.target
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented || form.method.toLowerCase() !== 'get') return
    const url = new URL(form.action)
    url.search = new URLSearchParams(/** @type {any} */ (new FormData(form))).toString()
    if (!swappable(url)) return
    event.preventDefault()
    void swapTo(url, 'push')
  })

  window.addEventListener('popstate', () => {
    // Back and forward between swapped pages: show the page of the address the browser went to
    // (a jump inside the page shown is the browser's business).
    if (!swapped || location.pathname + location.search === shown) return
    if (station !== null) void swapTo(new URL(location.href), 'none')
    else location.reload()
  })

  enhance()
})()

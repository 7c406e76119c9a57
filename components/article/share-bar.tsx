import { CopyLink } from './copy-link'

/** Share links that work as plain links without JavaScript. */
export function ShareBar({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  return (
    <nav className="share-bar" aria-label="Partager cet article">
      <p className="share-title">Partager</p>
      <ul>
        <li>
          <a className="share share-facebook" href={`https://www.facebook.com/sharer/sharer.php?u=${u}`} rel="noopener" target="_blank">
            Facebook
          </a>
        </li>
        <li>
          <a className="share share-whatsapp" href={`https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`} rel="noopener" target="_blank">
            WhatsApp
          </a>
        </li>
        <li>
          <a className="share share-x" href={`https://x.com/intent/post?url=${u}&text=${text}`} rel="noopener" target="_blank">
            X
          </a>
        </li>
        <li>
          <a className="share share-telegram" href={`https://t.me/share/url?url=${u}&text=${text}`} rel="noopener" target="_blank">
            Telegram
          </a>
        </li>
        <li>
          <CopyLink url={url} title={title} />
        </li>
      </ul>
    </nav>
  )
}

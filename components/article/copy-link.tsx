/**
 * "Copier le lien": without JavaScript it is a link to the article itself (a long press copies
 * it); with JavaScript (public/reader.js) it copies and says so, and phones that offer the Web
 * Share API get "Partager…".
 */
export function CopyLink({ url, title }: { url: string; title: string }) {
  return (
    <>
      <a className="share share-copy" href={url} data-copy-link>
        Copier le lien
      </a>
      <button type="button" className="share share-native" data-native-share={title} data-share-url={url} hidden>
        Partager…
      </button>
      <span className="copy-status" role="status" />
    </>
  )
}

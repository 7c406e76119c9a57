/** public/reader.js tells the server that this story was read, once the page has loaded. */
export function ViewBeacon({ articleId }: { articleId: number }) {
  return <span hidden data-view-beacon={articleId} />
}

/** Public URL of a stored upload (served by app/media/[...path]/route.ts). */
export function mediaUrl(path: string): string {
  return `/media/${path.split('/').map(encodeURIComponent).join('/')}`
}

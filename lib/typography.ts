// French typography for text we print: a narrow no-break space before ; ! ? and inside « »,
// a no-break space before a colon, so punctuation never starts a line on a phone; and the
// typographic apostrophe (l’école).
const NNBSP = '\u202f'
const NBSP = '\u00a0'

export function frenchSpacing(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/[ \u00a0\u202f]+([;!?»])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]+/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, `${NBSP}:`)
}

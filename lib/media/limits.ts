// Lengths of the words that travel with an image. Plain constants: the browser form uses them
// for maxLength, the server schema (fields.ts) enforces them.
export const ALT_MAX = 300
export const CREDIT_MAX = 200
export const CAPTION_MAX = 600

// Dates as French readers in Mali expect them: "jeudi 31 août 2023 à 10 h 15", Bamako time.
export const TIME_ZONE = 'Africa/Bamako'

const longDate = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const shortDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const hourMinute = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE })

/** "10 h 15", the French press style, rather than "10:15". */
export function formatTime(date: Date): string {
  const parts = hourMinute.formatToParts(date)
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '0'
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00'
  return `${Number(hour)} h ${minute}`
}

/** "jeudi 31 août 2023 à 10 h 15" */
export function formatDateTime(date: Date): string {
  return `${withFirst(longDate, date)} à ${formatTime(date)}`
}

/** "Samedi 28 novembre 2026", for the masthead. */
export function formatLongDate(date: Date): string {
  const text = withFirst(longDate, date)
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1)
}

/** "31 août 2023", "1er mars 2026" */
export function formatDate(date: Date): string {
  return withFirst(shortDate, date)
}

/** French writes the first day of a month as an ordinal: "1er janvier". */
function withFirst(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('')
}

/**
 * A compact date for lists: "Il y a 5 min", "Il y a 3 h", "Hier à 18 h 05", or "12 mars 2026".
 * `now` is passed in so the function stays pure and testable.
 */
export function formatRelative(date: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000)
  if (minutes < 1) return 'À l’instant'
  if (minutes < 60) return `Il y a ${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24 && dayKey(date) === dayKey(now)) return `Il y a ${hours} h`
  const yesterday = new Date(now.getTime() - 86_400_000)
  if (dayKey(date) === dayKey(yesterday)) return `Hier à ${formatTime(date)}`
  if (hours < 24) return `Il y a ${hours} h`
  return formatDate(date)
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE })
function dayKey(date: Date): string {
  return dayFormat.format(date)
}

/** ISO 8601 for <time datetime> and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString()
}

const integer = new Intl.NumberFormat('fr-FR')
/** "12 345" with the French thousands separator. */
export function formatNumber(n: number): string {
  return integer.format(n)
}

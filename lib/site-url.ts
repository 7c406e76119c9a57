import { env } from './env'

/** Absolute URL on the public origin (SITE_URL), for canonical links and share URLs. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, env().siteUrl).href
}

import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * Internal links. Client-side navigation keeps the radio playing; prefetching is off because
 * most readers pay for their mobile data and a homepage has dozens of links.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />
}

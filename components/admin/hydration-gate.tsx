'use client'

import { useSyncExternalStore, type ReactNode } from 'react'

const noSubscription = () => () => {}

/** False in the server HTML and while React hydrates; true once React owns the page's inputs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

/**
 * Keeps a client-driven form's controls disabled until React has hydrated them. What a journalist
 * types into the bare server HTML on a slow phone would otherwise be replaced by the state React
 * hydrates with, and nothing derived from it (a slug from a title) would follow. The fieldset is
 * `display: contents`, so it changes nothing in the form's layout.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  const hydrated = useHydrated()
  return (
    <fieldset className="hydration-gate" disabled={!hydrated} aria-busy={!hydrated || undefined}>
      {children}
    </fieldset>
  )
}

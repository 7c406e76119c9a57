import type { ReactNode } from 'react'

export function StaticPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="wrap static-page">
      <h1>{title}</h1>
      <div className="article-body">{children}</div>
    </div>
  )
}

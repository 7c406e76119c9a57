// Structured data (schema.org JSON-LD) for search engines: NewsArticle, BreadcrumbList, WebSite.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined }

/**
 * JSON that is safe inside <script>: "<", ">", "&" and the two JavaScript line separators are
 * escaped, so a headline holding "</script>" can never close the tag.
 */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function JsonLd({ data }: { data: Json }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}

export interface NewsArticleInput {
  url: string
  headline: string
  description: string
  images: string[]
  datePublished: string
  dateModified: string
  authors: { name: string; url: string }[]
  section: string | null
  keywords: string[]
  publisher: { name: string; url: string; logo: { url: string; width: number; height: number } }
}

export function newsArticleJsonLd(a: NewsArticleInput): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline.slice(0, 110),
    description: a.description,
    image: a.images,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    inLanguage: 'fr',
    author: a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: p.url })),
    publisher: {
      '@type': 'Organization',
      name: a.publisher.name,
      url: a.publisher.url,
      logo: { '@type': 'ImageObject', url: a.publisher.logo.url, width: a.publisher.logo.width, height: a.publisher.logo.height },
    },
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.keywords.length ? { keywords: a.keywords.join(', ') } : {}),
  }
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  }
}

export function websiteJsonLd(siteUrl: string, name: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: `${siteUrl}/`,
    inLanguage: 'fr',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl}/recherche?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}

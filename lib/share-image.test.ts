import { describe, expect, it } from 'vitest'
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImagePath, shareImageVersion } from './share-image'

describe('shareImageVersion', () => {
  const base = { title: 'Goïta à Ségou : la route du fleuve', coverSrc: '/media/2026/05/abc.jpg' }

  it('is a short hex hash, stable for the same title and cover', () => {
    const v = shareImageVersion(base)
    expect(v).toMatch(/^[0-9a-f]{10}$/)
    expect(shareImageVersion({ ...base })).toBe(v)
  })

  it('changes when the title changes, even by one character', () => {
    expect(shareImageVersion({ ...base, title: `${base.title}.` })).not.toBe(shareImageVersion(base))
    expect(shareImageVersion({ ...base, title: 'Goita a Segou : la route du fleuve' })).not.toBe(shareImageVersion(base))
  })

  it('changes when the cover changes, appears or disappears', () => {
    const v = shareImageVersion(base)
    expect(shareImageVersion({ ...base, coverSrc: '/media/2026/05/abd.jpg' })).not.toBe(v)
    expect(shareImageVersion({ ...base, coverSrc: null })).not.toBe(v)
  })

  it('does not confuse the title with the cover', () => {
    expect(shareImageVersion({ title: 'a\nb', coverSrc: 'c' })).not.toBe(shareImageVersion({ title: 'a', coverSrc: 'b\nc' }))
  })
})

describe('shareImagePath', () => {
  it('is /partage/<slug>/<version>.jpg with the version of the title and cover src', () => {
    const article = { slug: 'goita-a-segou', title: 'Goïta à Ségou', cover: { src: '/media/demo/cover-goita-a-segou.jpg' } }
    const version = shareImageVersion({ title: article.title, coverSrc: article.cover.src })
    expect(shareImagePath(article)).toBe(`/partage/goita-a-segou/${version}.jpg`)
    expect(shareImagePath(article)).toMatch(/^\/partage\/[a-z0-9-]+\/[0-9a-f]{10}\.jpg$/)
  })

  it('works without a cover and changes with it', () => {
    const article = { slug: 'sans-image', title: 'Sans image', cover: null }
    expect(shareImagePath(article)).toBe(`/partage/sans-image/${shareImageVersion({ title: 'Sans image', coverSrc: null })}.jpg`)
    expect(shareImagePath({ ...article, cover: { src: '/media/x.jpg' } })).not.toBe(shareImagePath(article))
  })

  it('is 1200×630', () => {
    expect([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]).toEqual([1200, 630])
  })
})

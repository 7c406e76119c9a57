import { describe, expect, it } from 'vitest'
import { can } from './permissions'

describe('permissions', () => {
  it('follows the roles table of the design', () => {
    expect(can('journalist', 'article:write-own')).toBe(true)
    expect(can('journalist', 'article:publish')).toBe(false)
    expect(can('journalist', 'article:edit-any')).toBe(false)
    expect(can('editor', 'article:publish')).toBe(true)
    expect(can('editor', 'taxonomy:manage')).toBe(true)
    expect(can('editor', 'users:manage')).toBe(false)
    expect(can('admin', 'settings:manage')).toBe(true)
  })
})

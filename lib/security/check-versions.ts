import semver from 'semver'
import type { Floor } from './advisories'

export type VersionVerdict = { name: string; installed: string | null; floor: string | null; ok: boolean; why: string }

/**
 * Whether an installed version carries the fixes: it must reach the floor of its own release line
 * (same major, or same major.minor for 0.x), and be above the lowest floor at all. A version on a
 * line older than every floor fails; one on a newer line than every floor passes.
 */
export function checkVersion(floor: Floor, installed: string | null): VersionVerdict {
  const base = { name: floor.name, installed, why: floor.why }
  const version = installed ? semver.parse(installed) : null
  if (!version) return { ...base, floor: null, ok: false }
  const sorted = [...floor.floors].sort(semver.compare)
  const line = (v: semver.SemVer) => (v.major === 0 ? `0.${v.minor}` : String(v.major))
  const sameLine = sorted.filter((f) => line(semver.parse(f)!) === line(version))
  // The floor of its line; else the lowest floor above it (an older line must move up to a fixed one).
  const applicable = sameLine.at(-1) ?? sorted.find((f) => semver.gt(f, version)) ?? null
  if (!applicable) return { ...base, floor: sorted.at(-1) ?? null, ok: true }
  return { ...base, floor: applicable, ok: semver.gte(version, applicable) }
}

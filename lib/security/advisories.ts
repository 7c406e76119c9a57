// The lowest version of each security-relevant dependency that carries the fixes for its published
// advisories, for `npm run check:versions`. `npm audit` needs the registry's audit endpoint, which
// not every network reaches; this list travels with the code and is checked offline, in CI too.
// When an advisory is published, raise the floor here (and the installed version) in one commit.

export type Floor = {
  /** An npm package, or 'sqlite' for the SQLite library inside better-sqlite3. */
  name: string
  /** Fixed versions per release line: the installed version must be at least the floor of its line. */
  floors: string[]
  why: string
}

export const ADVISORY_FLOORS: Floor[] = [
  {
    name: 'next',
    floors: ['15.5.18', '16.3.3'],
    why: 'GHSA-2xp9-vwfh-vxw4 et GHSA-p293-qw3h-jr36 (exécution de code, août 2026), et les contournements de proxy, SSRF et empoisonnements de cache de mai et juillet 2026',
  },
  {
    name: 'react',
    floors: ['19.0.4', '19.1.5', '19.2.4'],
    why: 'CVE-2025-55182 (exécution de code dans les Server Components) et les dénis de service qui ont suivi (CVE-2026-23864)',
  },
  { name: 'react-dom', floors: ['19.0.4', '19.1.5', '19.2.4'], why: 'publié avec react, aux mêmes versions' },
  { name: 'next-auth', floors: ['4.24.12', '5.0.0-beta.30'], why: 'GHSA-5jpx-9hw9-2fx4 (courriels envoyés à la mauvaise adresse)' },
  { name: 'drizzle-orm', floors: ['0.45.2'], why: 'GHSA-gpj5-g38j-94v9 / CVE-2026-39356 (injection SQL par des identifiants mal échappés)' },
  { name: 'sharp', floors: ['0.32.6'], why: 'CVE-2023-4863 (libwebp, débordement de tas sur une image WebP piégée)' },
  { name: 'sqlite', floors: ['3.50.2'], why: 'CVE-2025-6965 (corruption de mémoire par des agrégats trop nombreux)' },
]

// The soak's figures, the verdict drawn from them, and their printed form.
import { fixed, mb, percent, table } from '../bench/stats'
import type { HealthPhase } from './health'
import type { HostileOutcome } from './hostile'
import type { WriterFailure } from './newsroom'
import { READER_KINDS, type LatencySummary, type ReaderResult } from './readers'
import type { Verification } from './verify'

export interface PhaseLoad {
  /** Share of the machine's CPU used by other processes meanwhile (a shared machine's figures are worth less then). */
  othersCpu: number
  /** CPU time the server's process tree used in the phase (from /proc): far steadier than latencies on a shared machine. */
  serverCpuMs: number
  seconds: number
  /** Event-loop delay of the load generator itself (p99): its own clock's error on every latency. */
  generatorLagP99Ms: number
  walMaxBytes: number
  rssMaxBytes: number
}

export interface SoakReport {
  mode: 'smoke' | 'full'
  startedAt: string
  totalSeconds: number
  settings: { seconds: number; baseline: number; hostile: number; articles: number; readers: number; rate: number; journalists: number; saveEveryMs: number; publishEveryMs: number }
  machine: { cores: number; node: string }
  setup: { seedSeconds: number; publishedStories: number; serverStartMs: number; builtAtStart: boolean; warmPages: number }
  baseline: { readers: ReaderResult; load: PhaseLoad }
  soak: {
    readers: ReaderResult
    load: PhaseLoad
    saves: LatencySummary & { tried: number; acknowledged: number; latePlans: number }
    publishes: { planned: number; done: number; action: LatencySummary; live: LatencySummary }
  }
  hostile: { requests: number; concurrency: number; searches: HostileOutcome[]; load: PhaseLoad }
  health: Record<string, HealthPhase>
  totals: { requests: number; errors: number; serverErrors: number }
  database: { walEndBytes: number; walMaxBytes: number; databaseBytes: number }
  server: { rssEndBytes: number; rssPeakBytes: number; logWarnings: string[] }
  writerFailures: WriterFailure[]
  verification: Verification
  /** Reader p95 during the soak over the baseline's. */
  readerP95Ratio: number
  failures: string[]
}

/** Everything that makes the run fail. Latencies never do: they are printed, not judged. */
export function soakFailures(r: Omit<SoakReport, 'failures' | 'totals' | 'readerP95Ratio' | 'totalSeconds'>): string[] {
  const out: string[] = []
  for (const [phase, readers] of [['référence', r.baseline.readers], ['endurance', r.soak.readers]] as const) {
    if (readers.serverErrors) out.push(`lecteurs (${phase}) : ${readers.serverErrors} réponse(s) 5xx`)
    if (readers.errors || readers.timeouts) out.push(`lecteurs (${phase}) : ${readers.errors} erreur(s) de connexion, ${readers.timeouts} délai(s) dépassé(s)`)
    if (readers.non2xx - readers.serverErrors > 0) out.push(`lecteurs (${phase}) : ${readers.non2xx - readers.serverErrors} réponse(s) ni 2xx ni 5xx`)
    if (readers.count === 0) out.push(`lecteurs (${phase}) : aucune réponse`)
  }
  for (const f of r.writerFailures.slice(0, 5)) out.push(`${f.who} : ${f.what} a échoué (HTTP ${f.status}) : ${f.detail}`)
  if (r.writerFailures.length > 5) out.push(`… et ${r.writerFailures.length - 5} autre(s) échec(s) d’écriture`)
  if (r.settings.journalists > 0 && r.soak.saves.acknowledged === 0) out.push('aucune sauvegarde acceptée pendant l’essai')
  if (r.soak.publishes.done < r.soak.publishes.planned) out.push(`publications : ${r.soak.publishes.done} sur ${r.soak.publishes.planned} prévues`)
  const v = r.verification
  if (v.savesFound < v.acknowledgedSaves) out.push(`sauvegardes confirmées introuvables dans la base : ${v.acknowledgedSaves - v.savesFound} sur ${v.acknowledgedSaves}`)
  if (v.draftsAtLastSave < v.drafts) out.push(`brouillons qui ne sont pas à leur dernière sauvegarde confirmée : ${v.drafts - v.draftsAtLastSave} sur ${v.drafts}`)
  if (v.publishesFound < v.publishes) out.push(`publications confirmées absentes de la base : ${v.publishes - v.publishesFound}`)
  for (const m of v.missing.slice(0, 5)) out.push(`  manquant : ${m}`)
  if (v.quickCheck !== 'ok') out.push(`PRAGMA quick_check : ${v.quickCheck}`)
  for (const s of r.hostile.searches) if (s.failures) out.push(`recherche pathologique « ${s.name} » : ${s.failures} réponse(s) anormale(s) (${s.firstFailure})`)
  for (const [phase, h] of Object.entries(r.health)) if (h.failures) out.push(`/api/sante (${phase}) : ${h.failures} réponse(s) en échec (${h.firstFailure})`)
  return out
}

const ms = (n: number) => fixed(n, n < 10 ? 1 : 0)

function readerRows(label: string, r: ReaderResult): string[][] {
  return [
    [label, fixed(r.requestsPerSecond, 0), ms(r.p50Ms), ms(r.p95Ms), ms(r.p99Ms), ms(r.maxMs), fixed(r.count), fixed(r.non2xx + r.errors + r.timeouts)],
    ...READER_KINDS.map((k) => {
      const s = r.byKind[k]
      return [`  ${k}`, fixed(s.count / r.seconds, 0), ms(s.p50Ms), ms(s.p95Ms), ms(s.p99Ms), ms(s.maxMs), fixed(s.count), fixed(s.non2xx)]
    }),
  ]
}

export function formatReport(r: SoakReport): string {
  const s = r.settings
  const lines: string[] = []
  lines.push('')
  lines.push(`Essai d’endurance (${r.mode === 'smoke' ? 'smoke' : 'complet'}) : ${s.seconds} s, ${s.readers} lecteurs${s.rate ? ` (${s.rate} req/s)` : ''}, ${s.journalists} journalistes (une sauvegarde toutes les ${s.saveEveryMs / 1000} s), un éditeur (une publication toutes les ${s.publishEveryMs / 1000} s)`)
  lines.push(`${r.machine.cores} cœurs, Node ${r.machine.node}, ${fixed(r.setup.publishedStories)} articles publiés ; préparation ${fixed(r.setup.seedSeconds, 1)} s, démarrage du serveur ${fixed(r.setup.serverStartMs / 1000, 1)} s${r.setup.builtAtStart ? ' (avec construction : à ne pas comparer)' : ''}, durée totale ${fixed(r.totalSeconds, 1)} s`)
  lines.push('')
  lines.push(`Requêtes : ${fixed(r.totals.requests)}   erreurs : ${fixed(r.totals.errors)}   erreurs serveur (5xx) : ${fixed(r.totals.serverErrors)}`)
  lines.push('')
  lines.push(`Lecteurs : référence sans écriture (${s.baseline} s) puis sous écriture (${s.seconds} s), latences en ms`)
  lines.push(table(['phase / page', 'req/s', 'p50', 'p95', 'p99', 'max', 'réponses', 'erreurs'], [...readerRows('référence', r.baseline.readers), ...readerRows('sous écriture', r.soak.readers)]))
  lines.push(`p95 sous écriture / p95 de référence : ${fixed(r.readerP95Ratio, 2)}`)
  lines.push('')
  const sv = r.soak.saves
  lines.push(`Sauvegardes : ${fixed(sv.acknowledged)} confirmées sur ${fixed(sv.tried)}   p50 ${ms(sv.p50Ms)} ms   p95 ${ms(sv.p95Ms)} ms   p99 ${ms(sv.p99Ms)} ms   max ${ms(sv.maxMs)} ms${sv.latePlans ? `   (${sv.latePlans} en retard de plus d’une période)` : ''}`)
  const p = r.soak.publishes
  lines.push(`Publications : ${p.done} sur ${p.planned}   action p50 ${ms(p.action.p50Ms)} ms, max ${ms(p.action.maxMs)} ms   en ligne après p50 ${ms(p.live.p50Ms)} ms, max ${ms(p.live.maxMs)} ms`)
  const v = r.verification
  lines.push(`Dans la base ensuite : ${fixed(v.savesFound)} sauvegardes confirmées retrouvées sur ${fixed(v.acknowledgedSaves)} (${v.draftsAtLastSave}/${v.drafts} brouillons à leur dernière version), ${v.publishesFound}/${v.publishes} publications, quick_check ${v.quickCheck}`)
  lines.push('')
  lines.push(`WAL : ${mb(r.database.walEndBytes)} à la fin, ${mb(r.database.walMaxBytes)} au plus (base ${mb(r.database.databaseBytes)})   RSS du serveur : ${mb(r.server.rssEndBytes)} à la fin, ${mb(r.server.rssPeakBytes)} au plus`)
  lines.push('')
  lines.push(
    table(
      ['/api/sante', 'sondes', 'p50', 'p95', 'p99', 'max', 'échecs', 'non envoyées'],
      Object.entries(r.health).map(([phase, h]) => [phase === 'hostile' ? 'hostile (recherches pathologiques)' : phase, fixed(h.count), ms(h.p50Ms), ms(h.p95Ms), ms(h.p99Ms), ms(h.maxMs), fixed(h.failures), fixed(h.skipped)]),
    ),
  )
  lines.push('')
  const codes = new Map<string, number>()
  for (const h of r.hostile.searches) for (const [code, n] of Object.entries(h.statusCodes)) codes.set(code, (codes.get(code) ?? 0) + n)
  const slowest = [...r.hostile.searches].sort((a, b) => b.p95Ms - a.p95Ms).slice(0, 3)
  lines.push(
    `Recherches pathologiques : ${fixed(r.hostile.requests)} requêtes (${r.hostile.searches.length} sortes, ${r.hostile.concurrency} à la fois), statuts ${[...codes].map(([c, n]) => `${c} × ${fixed(n)}`).join(', ')}, anormales ${fixed(r.hostile.searches.reduce((n, h) => n + h.failures, 0))} ; les plus lentes (p95) : ${slowest.map((h) => `${h.name} ${ms(h.p95Ms)} ms`).join(', ')}`,
  )
  const cpu = (l: PhaseLoad, requests: number) => `${fixed(l.serverCpuMs / 1000 / l.seconds, 2)} cœur${requests ? `, ${fixed(l.serverCpuMs / requests, 1)} ms par lecture servie, écritures comprises` : ''}`
  lines.push(`CPU du serveur : référence ${cpu(r.baseline.load, r.baseline.readers.count)} ; sous écriture ${cpu(r.soak.load, r.soak.readers.count)} ; hostile ${cpu(r.hostile.load, 0)}`)
  lines.push(`Autres processus pendant les phases (part du CPU) : référence ${percent(r.baseline.load.othersCpu)}, écriture ${percent(r.soak.load.othersCpu)}, hostile ${percent(r.hostile.load.othersCpu)} ; retard de la boucle du générateur (p99) : ${ms(r.baseline.load.generatorLagP99Ms)} / ${ms(r.soak.load.generatorLagP99Ms)} / ${ms(r.hostile.load.generatorLagP99Ms)} ms`)
  if (r.server.logWarnings.length) {
    lines.push('')
    lines.push(`Journal du serveur : ${r.server.logWarnings.length} ligne(s) d’erreur, dont :`)
    for (const l of r.server.logWarnings.slice(0, 5)) lines.push(`  ${l}`)
  }
  lines.push('')
  if (r.failures.length) {
    lines.push(`ÉCHEC : ${r.failures.length} problème(s)`)
    for (const f of r.failures) lines.push(`  - ${f}`)
  } else lines.push('Réussi : aucune erreur serveur, toutes les sauvegardes confirmées sont dans la base, toutes les recherches pathologiques ont reçu une page normale.')
  return lines.join('\n')
}

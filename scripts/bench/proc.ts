// Memory of the server's process tree, read from /proc (Linux).
import fs from 'node:fs'

interface Proc {
  pid: number
  ppid: number
  /** Resident set size in bytes. */
  rss: number
  /**
   * CPU time used so far (user + system), in clock ticks, with that of its children that have
   * exited and been waited for (a seeding script, a chromium run): once gone, a child is no longer
   * in the tree, and its time would otherwise be counted as another process's.
   */
  cpuTicks: number
  command: string
}

function readProc(pid: number): Proc | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may contain spaces: the fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ppid = Number(fields[1])
    const cpuTicks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0)
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
    return { pid, ppid, rss: rssKb * 1024, cpuTicks, command }
  } catch {
    return null // exited meanwhile
  }
}

/** The process and all its descendants. */
export function processTree(root: number): Proc[] {
  const all = fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((p): p is Proc => p !== null)
  const children = new Map<number, Proc[]>()
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  const out: Proc[] = []
  const self = all.find((p) => p.pid === root)
  const visit = (p: Proc) => {
    out.push(p)
    for (const c of children.get(p.pid) ?? []) visit(c)
  }
  if (self) visit(self)
  return out
}

export interface ServerMemory {
  /** RSS of the server process itself ("kibaru-server", Next.js and its page cache, in the process list). */
  server: number
  /** RSS of the whole tree started by `npm start` (npm, tsx, the start script and the server). */
  tree: number
}

export function serverMemory(root: number): ServerMemory {
  const tree = processTree(root)
  const servers = tree.filter((p) => p.command.startsWith('kibaru-server') || p.command.startsWith('next-server'))
  // Without a retitled process, the deepest one is the server.
  const server = servers.length ? servers.reduce((n, p) => n + p.rss, 0) : (tree.at(-1)?.rss ?? 0)
  return { server, tree: tree.reduce((n, p) => n + p.rss, 0) }
}

export interface CpuSnapshot {
  at: number
  /** Busy ticks of the whole machine (all cores). */
  busy: number
  /** Ticks used by this benchmark and everything it started (servers, chromium, children). */
  ours: number
}

export function cpuSnapshot(): CpuSnapshot {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number)
  return { at: performance.now(), busy: user + nice + system + irq + softirq + steal, ours: processTree(process.pid).reduce((n, p) => n + p.cpuTicks, 0) }
}

/**
 * The share of the machine's CPU used by other processes between two snapshots (0 to 1): on a
 * shared machine, a figure measured while others were busy is worth less, and this says so.
 */
export function othersCpuShare(a: CpuSnapshot, b: CpuSnapshot, cores: number, ticksPerSecond = 100): number {
  const capacity = ((b.at - a.at) / 1000) * ticksPerSecond * cores
  if (capacity <= 0) return 0
  return Math.min(1, Math.max(0, (b.busy - a.busy - (b.ours - a.ours)) / capacity))
}

/** CPU time used so far by a process and its descendants, in milliseconds. */
export function treeCpuMs(root: number, ticksPerSecond = 100): number {
  return (processTree(root).reduce((n, p) => n + p.cpuTicks, 0) * 1000) / ticksPerSecond
}

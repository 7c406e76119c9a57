// Runs once when the production server starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startScheduler } = await import('./lib/scheduler')
  startScheduler()
}

// Main-thread tasks as Chrome's own trace sees them (category `toplevel`, cheap): each task's
// wall time and the time its thread ran (`tdur`). On a machine with fewer cores than busy
// threads (the PDF host, the background's service worker, the compositor, the browser), a
// task's wall time, which the Long Tasks API reports, includes the time its thread waited for a
// core: the two together tell the viewer's work from that wait.

/** Starts a trace of the whole browser; `stop()` ends it and gives its events. */
export async function startThreadTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * The tasks of the busiest renderer main thread (the viewer's: it shares its process with the
 * extension's service worker, which runs on a thread of its own), as { at, wall, cpu } in ms,
 * `at` from the trace's start.
 */
export function mainThreadTasks(events) {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // A reduce, not Math.min(...): a long run's trace holds more events than a call takes arguments.
  const start = events.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Infinity);
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !TASK.has(e.name) || !mains.has(key)) continue;
    const tasks = byThread.get(key) ?? byThread.set(key, []).get(key);
    tasks.push({ at: (e.ts - start) / 1000, wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 });
  }
  const total = (tasks) => tasks.reduce((sum, t) => sum + t.cpu, 0);
  return [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
}

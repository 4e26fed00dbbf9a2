/** The renderer main thread's CPU in a Chromium trace, by what it was spent on (probe-browser-trace, probe-builds-ab). */

export interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tts?: number; pid: number; tid: number; args?: { name?: string; elementCount?: number; beginData?: { dirtyObjects?: number; totalObjects?: number } } }

/** Self CPU time by event name on each renderer main thread, from complete ('X') events. */
export function summarise(events: TraceEvent[]) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const own = events
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && e.tts !== undefined && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number }[] = [];
  let total = 0;
  for (const e of own) {
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.e.name, (self.get(parent.e.name) ?? 0) - e.tdur!);
    else total += e.tdur!;
    self.set(e.name, (self.get(e.name) ?? 0) + e.tdur!);
    stack.push({ e, end: e.ts + (e.dur ?? 0) });
  }
  console.log(`main thread CPU ${(total / 1000).toFixed(0)} ms`);
  if (process.env.W14_TIMELINE) {
    // The last load's top-level tasks over 2 ms, from its navigation, and what each spent most on.
    const starts = events.filter((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser' || e.name === 'DocumentLoader::CommitNavigation').map((e) => e.ts);
    const from = Math.max(...starts.filter((t) => t > 0));
    const tops = own.filter((e) => e.ts >= from && e.dur! > 2000);
    let end = 0;
    for (const e of tops) {
      if (e.ts < end) continue;
      end = e.ts + e.dur!;
      const inner = own.filter((c) => c !== e && c.ts >= e.ts && c.ts < end && c.dur! > 1000).map((c) => `${c.name} ${(c.dur! / 1000).toFixed(0)}`).slice(0, 6);
      console.log(`  at ${((e.ts - from) / 1000).toFixed(0)} ms: ${e.name} ${(e.dur! / 1000).toFixed(0)} ms [${inner.join(', ')}]`);
    }
  }
  // Counts of work, which the machine's load does not change.
  const sum = (name: string, of: (e: TraceEvent) => number | undefined) =>
    own.filter((e) => e.name === name).reduce((n, e) => n + (of(e) ?? 0), 0);
  console.log(
    `  styles recalculated ${sum('UpdateLayoutTree', (e) => e.args?.elementCount)}, layout objects laid out ${sum('Layout', (e) => e.args?.beginData?.dirtyObjects)} of ${sum('Layout', (e) => e.args?.beginData?.totalObjects)}, ` +
      `layouts ${own.filter((e) => e.name === 'Layout').length}, paints ${own.filter((e) => e.name === 'Paint').length}`,
  );
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log(`  ${name.padEnd(40)} ${(us / 1000).toFixed(1)} ms`);
}


// Main-thread CPU time of a page from a Chromium trace: the thread time (`tdur`, the CPU the thread
// actually ran, not wall time) of every top-level task on the page's renderer main thread, with what
// it was spent on. Unlike CDP's ScriptDuration, this counts Lit's update microtasks, which run
// outside the script events that metric adds up, and a busy machine that takes the CPU away from
// the renderer does not lengthen it.

/** Trace categories that carry the main thread's tasks and what they did. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8', 'disabled-by-default-v8.gc'];

/** The events of a trace that `page.tracing.stop()` handed back. */
export const traceEvents = (buffer) => JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;

/** Complete events (ph X), with begin/end pairs joined, of one thread. */
function completeEvents(events) {
  const out = [];
  const open = [];
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    if (event.ph === 'X') out.push(event);
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin) out.push({ ...begin, ph: 'X', dur: event.ts - begin.ts, tdur: (event.tts ?? 0) - (begin.tts ?? 0) });
    }
  }
  return out;
}

/** Which work an event inside a task is: by the DevTools timeline's names. */
const KIND = {
  // Not EventDispatch: an event's own work (a key typed into a textarea) is the browser's; the
  // listeners it runs are FunctionCalls inside it.
  script: ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'V8.Execute', 'v8.run', 'v8.callFunction'],
  compile: ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'CompileScript', 'CacheScript'],
  gc: ['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GC_MC_INCREMENTAL', 'BlinkGC.AtomicPhase', 'V8.GCIncrementalMarking'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayerTree'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'Commit', 'PaintImage'],
  html: ['ParseHTML'],
};
const kindOf = new Map(Object.entries(KIND).flatMap(([kind, names]) => names.map((name) => [name, kind])));

/**
 * Main-thread CPU (ms of thread time) of the thread `pid`/`tid` between two trace timestamps:
 * `{ total, byKind: { script, compile, gc, style, layout, paint, html, other }, tasks }`. A task
 * that overlaps the window counts whole; work nested in another counted event counts once.
 */
export function threadCpu(events, { pid, tid }, from, to) {
  const thread = completeEvents(events.filter((e) => e.pid === pid && e.tid === tid));
  const tasks = thread.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts + e.dur >= from && e.ts <= to);
  // The timeline's RunTask and the scheduler's wrap the same work: keep the outermost of each.
  const top = tasks.filter(
    (task) =>
      !tasks.some(
        (other) => other !== task && other.ts <= task.ts && other.ts + other.dur >= task.ts + task.dur && (other.ts < task.ts || other.dur > task.dur || other.name === 'RunTask'),
      ),
  );
  const byKind = { script: 0, compile: 0, gc: 0, style: 0, layout: 0, paint: 0, html: 0, other: 0 };
  let total = 0;
  for (const task of top) {
    const taskTime = task.tdur ?? 0;
    total += taskTime;
    const inside = thread.filter((e) => kindOf.has(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const outer = inside.filter((e) => !inside.some((o) => o !== e && kindOf.has(o.name) && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.ts < e.ts || o.dur > e.dur)));
    let counted = 0;
    for (const e of outer) {
      byKind[kindOf.get(e.name)] += e.tdur ?? 0;
      counted += e.tdur ?? 0;
    }
    byKind.other += Math.max(0, taskTime - counted);
  }
  const ms = (us) => us / 1000;
  return { total: ms(total), byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, ms(v)])), tasks: top.length };
}

/**
 * Main-thread CPU of the page at `urlPart`, from the start of its navigation to the `endMark`
 * user-timing mark the page sets once its content is painted (bench/pages/clock.js).
 */
export function mainThreadCpu(events, urlPart, endMark) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(urlPart));
  if (!parse) throw new Error(`trace: no ParseHTML of ${urlPart}`);
  const start = Math.min(...events.filter((e) => e.pid === parse.pid && e.name === 'navigationStart').map((e) => e.ts), parse.ts);
  const end = events.find((e) => e.pid === parse.pid && e.name === endMark)?.ts;
  if (end === undefined) throw new Error(`trace: no ${endMark} mark`);
  return threadCpu(events, parse, start, end);
}

/** The renderer main thread that dispatched an event of this type (a keydown, say), for a window of a trace. */
export function threadOfEvent(events, type) {
  const dispatch = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === type);
  if (!dispatch) throw new Error(`trace: no ${type} was dispatched`);
  return { pid: dispatch.pid, tid: dispatch.tid };
}

/** The earliest and latest timestamps of a trace's events on a thread (µs). */
export function span(events, { pid, tid }) {
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || !e.ts) continue;
    from = Math.min(from, e.ts);
    to = Math.max(to, e.ts + (e.dur ?? 0));
  }
  return { from, to };
}

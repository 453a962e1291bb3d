/** Counts work done; draws a bar only where someone is watching. */
export interface Progress {
  tick(): void;
  done(): void;
}

const WIDTH = 30;
const QUIET: Progress = { tick() {}, done() {} };

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second. Only when stderr is a
 * terminal (never in a pipe, a log or a test) and there is enough work to be worth watching.
 */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr, threshold = 200): Progress {
  if (!stream.isTTY || total <= threshold) return QUIET;
  let done = 0;
  let drawn = 0;
  const draw = () => {
    const filled = Math.round((done / total) * WIDTH);
    stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total}`);
    drawn = Date.now();
  };
  return {
    tick() {
      done++;
      if (Date.now() - drawn >= 100 || done === total) draw();
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}

import { describeProgress, progressFigures } from '@/lib/ingest/progress';

const BAR_WIDTH = 30;
/** Without a terminal (CI logs, a pipe) one plain line at most this often, so a long run neither floods nor goes quiet. */
const PLAIN_EVERY_MS = 2_000;

/** Per-record progress on stderr: a redrawn bar on a TTY, plain lines otherwise. */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let done = 0;
  let lastPlain = 0;
  const line = () => describeProgress(progressFigures(done, total, Date.now() - started));
  return {
    tick(current: string) {
      done += 1;
      if (stream.isTTY) {
        const filled = Math.round((done / Math.max(1, total)) * BAR_WIDTH);
        const text = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${line()} ${current.slice(-40)}`;
        stream.write(`\r${text.slice(0, (stream.columns || 120) - 1).padEnd((stream.columns || 120) - 1)}`);
      } else if (Date.now() - lastPlain >= PLAIN_EVERY_MS || done === total) {
        lastPlain = Date.now();
        stream.write(`${line()}\n`);
      }
    },
    finish() {
      if (stream.isTTY) stream.write(`\r${`[${'#'.repeat(BAR_WIDTH)}] ${line()}`.padEnd((stream.columns || 120) - 1)}\n`);
    },
  };
}

/**
 * Loads article files into the Neo4j at NEO4J_URI (or the local one: `npm run ingest` wraps this in with-neo4j).
 *   npm run ingest -- <files or folders…> [--report out.csv]
 * Folders are read recursively for .txt, .md, .html, .json and .jsonl. Every record is its own transaction: a bad
 * one fails alone and the rest land. Prints per-record progress (a bar on a terminal, plain lines otherwise), then
 * the report (added, updated, unchanged, failed with line and reason), also as CSV with --report. Exits 1 if
 * anything failed. Running it again skips what is already in ("unchanged"), so a rerun resumes a stopped run.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applySchema } from '@/lib/neo4j/schema';
import { ingestParsed, summarise, type ItemOutcome } from '@/lib/ingest/batch';
import { parseFile, SUPPORTED_EXTENSIONS } from '@/lib/ingest/files';
import type { FileRecord } from '@/lib/ingest/records';
import { toReportCsv } from '@/lib/ingest/report-csv';
import { createProgress } from './ingest-progress';
import { runScript } from './run-script';

async function collect(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new Error(`${target} does not exist.`);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => e.isDirectory() || (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(e.name).toLowerCase()))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => collect(path.join(target, e.name))),
  );
  return nested.flat();
}

/** Every file's records, read before anything is written so the progress knows its total. A file that cannot be read is one failed item. */
async function readRecords(files: string[]): Promise<{ records: FileRecord[]; unreadable: ItemOutcome[] }> {
  const records: FileRecord[] = [];
  const unreadable: ItemOutcome[] = [];
  for (const file of files) {
    try {
      records.push(...parseFile(file, new Uint8Array(await readFile(file))));
    } catch (error) {
      unreadable.push({ file, title: '', status: 'failed', message: (error as Error).message });
    }
  }
  return { records, unreadable };
}

function report(items: ItemOutcome[]) {
  const summary = summarise(items);
  for (const item of items) {
    const where = `${item.file}${item.line !== undefined ? `:${item.line}` : ''}`;
    const title = item.title ? ` — ${item.title}` : '';
    const link = item.articleId ? ` → /articles/${item.articleId}` : '';
    console.log(`  ${item.status.padEnd(9)} ${where}${title}${link}${item.status === 'failed' ? `\n            ${item.message}` : ''}`);
  }
  console.log(`\n${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged (already in), ${summary.failed} failed.`);
  return summary;
}

function parseArgs(argv: string[]): { targets: string[]; reportPath?: string } {
  const args = argv.filter((a) => a !== '--');
  const at = args.indexOf('--report');
  if (at === -1) return { targets: args };
  const reportPath = args[at + 1];
  if (!reportPath || reportPath.startsWith('--')) throw new Error('--report needs a file name: --report out.csv');
  return { targets: args.filter((_, i) => i !== at && i !== at + 1), reportPath };
}

async function main() {
  const { targets, reportPath } = parseArgs(process.argv.slice(2));
  if (targets.length === 0) {
    console.error('Usage: npm run ingest -- <files or folders…> [--report out.csv]   (.txt .md .html .json .jsonl)');
    process.exitCode = 2;
    return;
  }
  const files = (await Promise.all(targets.map(collect))).flat();
  const { records, unreadable } = await readRecords(files);
  await applySchema();
  const progress = createProgress(records.length);
  const outcomes = await ingestParsed(records, (o) => progress.tick(`${o.file}${o.line !== undefined ? `:${o.line}` : ''}`));
  progress.finish();
  const items = [...unreadable, ...outcomes];
  if (reportPath) {
    await writeFile(reportPath, toReportCsv(items));
    console.log(`Report written to ${reportPath}`);
  }
  if (report(items).failed > 0) process.exitCode = 1;
}

runScript('\nIngest stopped', main);

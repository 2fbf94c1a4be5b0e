/**
 * Loads article files into the Neo4j at NEO4J_URI (or the local one: `npm run ingest` wraps this in with-neo4j).
 *   npm run ingest -- <files or folders…>
 * Folders are read recursively for .txt, .md, .html, .json and .jsonl. Prints a progress bar, then the same
 * report as the ingest page: added, updated, unchanged, failed with reasons. Exits 1 if anything failed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { applySchema } from '@/lib/neo4j/schema';
import { ingestFile, summarise, SUPPORTED_EXTENSIONS, type ItemOutcome } from '@/lib/ingest';
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

function progress(done: number, total: number, current: string) {
  if (!process.stderr.isTTY) return void process.stderr.write(`[${done + 1}/${total}] ${current}\n`);
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${current.slice(-50).padEnd(50)}`);
}

function report(items: ItemOutcome[]) {
  const summary = summarise(items);
  for (const item of items) {
    const where = item.articleId ? ` → /articles/${item.articleId}` : '';
    console.log(`  ${item.status.padEnd(9)} ${item.file}${item.title !== item.file ? ` — ${item.title}` : ''}${where}${item.status === 'failed' ? `\n            ${item.message}` : ''}`);
  }
  console.log(`\n${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed.`);
  return summary;
}
async function main() {
  const targets = process.argv.slice(2).filter((a) => a !== '--');
  if (targets.length === 0) {
    console.error('Usage: npm run ingest -- <files or folders…>   (.txt .md .html .json .jsonl)');
    process.exitCode = 2;
    return;
  }
  const files = (await Promise.all(targets.map(collect))).flat();
  await applySchema();
  const items: ItemOutcome[] = [];
  for (const [i, file] of files.entries()) {
    progress(i, files.length, file);
    items.push(...(await ingestFile(file, new Uint8Array(await readFile(file)))));
  }
  if (process.stderr.isTTY) process.stderr.write(`\r[${'#'.repeat(30)}] ${files.length}/${files.length}${' '.repeat(52)}\n`);
  if (report(items).failed > 0) process.exitCode = 1;
}

runScript('\nIngest stopped', main);

/**
 * NER service throughput: KB of fixture text per second through recognise() (batched, NLP_CONCURRENCY requests in
 * flight), per language, in wall time and per CPU-second of the JVM (/proc/<pid>/stat), so a busy machine does
 * not read as a slow service. The rules' KB/s on the same texts in this process is the baseline ratio.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractWithRules } from '@/lib/extract';
import type { Language } from '@/lib/model';
import { recognise } from '@/lib/nlp';
import { cpuSeconds, rssMiB } from './machine';

const DIR = path.resolve(__dirname, '..', 'lib', 'extract', 'fixtures');
export type NlpLanguageResult = { texts: number; kb: number; wallKbPerSec: number; kbPerCpuSec: number; rulesKbPerSec: number; rulesToNerRatio: number };
export type NlpBenchResult = { status: 'ok'; fr: NlpLanguageResult; en: NlpLanguageResult; rssMiBAfter: number | null };

async function benchLanguage(language: Language, pid: number, rounds: number): Promise<NlpLanguageResult> {
  const files = readdirSync(DIR)
    .filter((f) => f.startsWith(`${language}-`) && f.endsWith('.txt'))
    .sort();
  const texts = files.map((f, i) => ({ id: String(i), language, text: readFileSync(path.join(DIR, f), 'utf8') }));
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0) / 1024;
  await recognise(texts); // warm: JIT for this language's pipeline
  const cpuBefore = cpuSeconds(pid);
  const started = performance.now();
  for (let r = 0; r < rounds; r += 1) await recognise(texts);
  const wall = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(pid) - cpuBefore;
  const rulesStarted = performance.now();
  for (let r = 0; r < rounds; r += 1) for (const t of texts) extractWithRules(t.text, { language });
  const rulesKbPerSec = (kb * rounds) / ((performance.now() - rulesStarted) / 1000);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    texts: texts.length,
    kb: round1(kb),
    wallKbPerSec: round1((kb * rounds) / wall),
    kbPerCpuSec: round1((kb * rounds) / cpu),
    rulesKbPerSec: round1(rulesKbPerSec),
    rulesToNerRatio: round1(rulesKbPerSec / ((kb * rounds) / wall)),
  };
}

export async function benchNlp({ pid, rounds }: { pid: number; rounds: number }): Promise<NlpBenchResult> {
  const fr = await benchLanguage('fr', pid, rounds);
  const en = await benchLanguage('en', pid, rounds);
  return { status: 'ok', fr, en, rssMiBAfter: rssMiB(pid) };
}

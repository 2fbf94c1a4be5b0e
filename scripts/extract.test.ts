import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
// The rules alone: a unit test has no NER service (the hybrid's CLI path is covered by the integration tests).
const env = { ...process.env, NEWSGRAPH_EXTRACTOR: 'rules' };
const run = (...args: string[]) => spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/extract.ts', ...args], { cwd: root, encoding: 'utf8', env });

describe('npm run extract', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));
  const fr = path.join(dir, 'fr.txt');
  writeFileSync(fr, "Le Directeur exécutif de l'ONUDC, Yury Fedotov, a fait un exposé devant le Conseil de sécurité.");

  it('prints the extraction as JSON on stdout and nothing else', () => {
    const out = run(fr);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const x = JSON.parse(out.stdout);
    expect(x.language).toBe('fr');
    expect(x.entities.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['org-unodc', 'person-yury-fedotov', 'org-security-council']));
  }, 60_000);

  it('prints a JSON array of the same objects for several files, in the order given', () => {
    const en = path.join(dir, 'en.txt');
    writeFileSync(en, 'Kestrel Foods said on Tuesday that its chief executive, Hanna Weil, would step down.');
    const single = JSON.parse(run(en).stdout);
    const out = run(fr, en);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const both = JSON.parse(out.stdout);
    expect(both.map((x: { language: string }) => x.language)).toEqual(['fr', 'en']);
    expect(both[1]).toEqual(single);
  }, 90_000);

  it('prints nothing when one of several files fails, and names it', () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const out = run(fr, empty);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(`extract: ${empty} is empty: nothing to extract\n`);
    const folder = run(fr, dir);
    expect(folder.stdout).toBe('');
    expect(folder.stderr).toBe(`extract: ${dir} is a folder: give the files in it (extract reads text files)\n`);
  }, 90_000);

  it('fails with one line on stderr and exit code 1', () => {
    const de = path.join(dir, 'de.txt');
    writeFileSync(de, 'Der Generalsekretär der Vereinten Nationen hat am Mittwoch mehr internationale Zusammenarbeit gefordert.');
    for (const [args, message] of [
      [[de], 'extract: unsupported language: looks like German; newsgraph reads French and English\n'],
      [[path.join(dir, 'none.txt')], `extract: no such file: ${path.join(dir, 'none.txt')}\n`],
    ] as const) {
      const out = run(...args);
      expect(out.status).toBe(1);
      expect(out.stdout).toBe('');
      expect(out.stderr).toBe(message);
    }
    expect(run(fr, '--lang', 'de').stderr).toMatch(/^extract: --lang must be fr or en/);
  }, 90_000);
});

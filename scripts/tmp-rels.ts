import { readFileSync } from 'node:fs';
async function main() {
  const { extractConfigured } = await import('@/lib/extract/hybrid');
  const t = readFileSync('lib/ingest/fixtures/psg-toulouse-fr.txt', 'utf8').trim();
  const x = await extractConfigured(t);
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
  console.log(x.relations.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`).join('\n'));
  process.exit(0);
}
void main();

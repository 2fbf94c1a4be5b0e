import { previewArticle } from '@/lib/ingest';
async function main() {
  const texts = process.argv.slice(2);
  for (const t of texts) {
    const { extractConfigured } = await import('@/lib/extract/hybrid');
    const x = await extractConfigured(t);
    console.log(x.entities.map((e) => `${e.name}:${e.type}`).join(' | '));
  }
  void previewArticle;
  process.exit(0);
}
void main();

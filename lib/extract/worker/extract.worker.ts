/**
 * Worker-thread entry: extracts articles off the request thread, one at a time. It imports the registry, not
 * lib/extract/index, so this file's module graph never includes the pool that spawns it.
 */
import { parentPort } from 'node:worker_threads';
import { getGazetteer } from '../gazetteer/load';
import { warmDictionaries } from '../hybrid/dictionary';
import { toModelMentions } from '../hybrid/model-mentions';
import { mergeWithRelations } from '../hybrid/with-relations';
import { getExtractor } from '../registry';
import { toWireError, type ExtractRequest, type WorkerReply } from './protocol';

const port = parentPort;
if (!port) throw new Error('extract.worker.ts runs as a worker thread; use extractOffThread from lib/extract/worker.');

const reply = (message: WorkerReply) => port.postMessage(message);

port.on('message', async (request: ExtractRequest) => {
  try {
    const { text } = request;
    // awaited: a model-backed extractor (an NLP service over HTTP) returns a promise.
    const extraction =
      request.kind === 'merge'
        ? mergeWithRelations(text, request.rules, toModelMentions(request.ner.entities, text, request.rules.language), request.ner.sentences)
        : await getExtractor(request.extractor).extract(text, request.options);
    reply({ kind: 'done', id: request.id, extraction });
  } catch (error) {
    reply({ kind: 'failed', id: request.id, error: toWireError(error) });
  }
});

// Paid once here, before the pool sends work and starts a clock: the gazetteer (tens of milliseconds), the hybrid's
// word lists (a quarter of a second each) and one short article per language, which compiles the patterns. A worker
// that replaces a stopped one would otherwise charge all of it to the first article it is given.
getGazetteer();
warmDictionaries();
const WARM_UP = {
  en: 'Antonio Guterres met the Security Council in New York on Monday, the United Nations said.',
  fr: "Antonio Guterres s'est adressé lundi au Conseil de sécurité à New York, a indiqué l'ONU.",
} as const;
Promise.all(Object.entries(WARM_UP).map(([language, text]) => getExtractor('rules').extract(text, { language: language as keyof typeof WARM_UP })))
  .catch(() => undefined) // a warm-up that fails says nothing about the articles: they report their own errors
  .finally(() => reply({ kind: 'ready' }));

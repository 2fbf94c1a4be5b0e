/** The ingest gateway: what actions, routes, scripts and the bench call. Modules here never import it back. */
export type { IngestResult, Preview, PreviewEntity, PreviewRelation } from './types';
export { IngestInputSchema, type IngestInput } from './input';
export { removeIngestedArticle } from './remove';
export { previewArticle } from './preview';
export { ingestArticle } from './ingest-article';
export { fetchArticle } from './fetch-url';
export { ingestFile, summarise, type ItemOutcome } from './batch';
export { SUPPORTED_EXTENSIONS } from './files';

export { mergeEntities } from './merge';
export { splitAlias } from './split';
export { renameEntity, retypeEntity } from './edit';
export { undoCuration, listCurationEvents } from './undo';
export type { CurationEvent } from './record';
export { listMergeCandidates } from './candidates';

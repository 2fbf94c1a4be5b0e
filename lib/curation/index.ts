export { mergeEntities } from './merge';
export { splitAlias } from './split';
export { renameEntity, retypeEntity } from './edit';
export { undoCuration, listCurationEvents } from './undo';
export type { CurationEvent } from './record';
export { findMergedInto, type MergedInto } from './merged-into';
export { listDuplicateCandidates, dismissDuplicate, restoreDuplicate, listDismissals, type DuplicatePair, type Dismissal } from './duplicates';

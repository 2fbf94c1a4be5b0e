export { recognise, type RecogniseOptions } from './client';
export { checkNlpHealth, type NlpHealth } from './health';
export { NlpRequestError, NlpUnavailableError } from './errors';
export type { NerMention, NerResult, NerText } from './types';

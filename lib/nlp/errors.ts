import { AppError } from '@/lib/errors';

const HOW_TO_FIX = 'start it with `npm start` (which runs it locally), or set NEWSGRAPH_EXTRACTOR=rules to extract with rules only';

/** The NER service cannot be reached, is overloaded, or did not answer in time. Nothing was written. */
export class NlpUnavailableError extends AppError {
  constructor(
    readonly url: string | undefined,
    detail: string,
  ) {
    super(
      url
        ? `The NLP service at ${url} is not answering (${detail}); ${HOW_TO_FIX}. Nothing was added.`
        : `No NLP service is configured (NLP_URL is not set); ${HOW_TO_FIX}. Nothing was added.`,
      'nlp_unavailable',
      503,
    );
  }
}

/** The service refused a request this client built: a bug here or a service with smaller limits. */
export class NlpRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`The NLP service refused the request (HTTP ${status}): ${message}`);
    this.name = 'NlpRequestError';
  }
}

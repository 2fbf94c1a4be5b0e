/**
 * Calls the contract test makes for each operation (x-examples in the document): at least one that succeeds
 * and one that fails. `capture` saves a response field for later examples ("$name" in path values).
 */
export type ApiExample = {
  name: string;
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  status: number;
  capture?: Record<string, string>;
};

const TEXT = 'Contract Test Org met Contract Test Person in Geneva.';

export const CONTRACT_ARTICLE = {
  article: { id: 'contract-test-article', title: 'Contract test', publishedAt: '2020-01-01', language: 'en', source: 'contract test', text: TEXT },
  extraction: {
    language: 'en',
    entities: [
      { id: 'org-contract-test-org', name: 'Contract Test Org', type: 'Organization', aliases: [], mentions: [{ start: 0, end: 17, text: 'Contract Test Org' }] },
      { id: 'person-contract-test-person', name: 'Contract Test Person', type: 'Person', aliases: [], mentions: [{ start: 22, end: 42, text: 'Contract Test Person' }] },
    ],
    relations: [
      { type: 'MET_WITH', source: 'org-contract-test-org', target: 'person-contract-test-person', confidence: 0.9, evidence: [{ start: 0, end: TEXT.length, text: TEXT }] },
    ],
  },
};

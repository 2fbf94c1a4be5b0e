import { z } from 'zod';
import { CorrectionsSchema, type Corrections } from '@/lib/ingest/corrections';

/** What the user typed in the ingest form and preview: kept in sessionStorage so a reload loses none of it. */
export type Fields = { text: string; title: string; publishedAt: string; source: string; url: string };
export type Draft = { fields: Fields; address: string; corrections: Corrections | null };

export const EMPTY_FIELDS: Fields = { text: '', title: '', publishedAt: '', source: '', url: '' };
const KEY = 'newsgraph:ingest-draft';

const DraftSchema = z.object({
  fields: z.object({ text: z.string(), title: z.string(), publishedAt: z.string(), source: z.string(), url: z.string() }),
  address: z.string(),
  corrections: CorrectionsSchema.nullable(),
});

/** The saved draft, or null; one that does not parse (an older version's, or edited by hand) is ignored. */
export function loadDraft(): Draft | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const parsed = raw ? DraftSchema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Saves the draft; false when the browser refuses (storage full, or off): a text of several megabytes does not fit
 * sessionStorage's few, and the page then says the draft will not survive a reload instead of failing.
 */
export function saveDraft(draft: Draft): boolean {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage off: there is nothing to clear.
  }
}

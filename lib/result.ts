import { DatabaseUnavailableError } from '@/lib/errors';

/** Runs a read for a page; a database outage becomes a value the page can render instead of a crash. */
export async function orUnavailable<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return { ok: false, message: error.message };
    throw error;
  }
}

import type { LookupOptions } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { pinnedLookup } from './http-get';

type Answer = { err: Error | null; address: unknown; family?: number };
const ask = (lookup: ReturnType<typeof pinnedLookup>, hostname: string, options: LookupOptions) =>
  new Promise<Answer>((resolve) => lookup(hostname, options as never, (err, address, family) => resolve({ err, address, family })));

describe('pinnedLookup: the socket connects only to the addresses that were checked', () => {
  const pinned = pinnedLookup([
    { address: '93.184.216.34', family: 4 },
    { address: '2606:4700::1111', family: 6 },
  ]);

  it('answers with the checked addresses whatever name it is asked about, never asking DNS again', async () => {
    expect(await ask(pinned, 'rebinding.example', { all: true })).toEqual({
      err: null,
      address: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:4700::1111', family: 6 },
      ],
      family: undefined,
    });
    expect(await ask(pinned, 'localhost', {})).toEqual({ err: null, address: '93.184.216.34', family: 4 });
  });

  it('honours a requested family, and fails rather than invent an address', async () => {
    expect(await ask(pinned, 'x', { family: 6 })).toEqual({ err: null, address: '2606:4700::1111', family: 6 });
    const v4only = pinnedLookup([{ address: '93.184.216.34', family: 4 }]);
    expect((await ask(v4only, 'x', { family: 6 })).err).toMatchObject({ code: 'ENOTFOUND' });
  });
});

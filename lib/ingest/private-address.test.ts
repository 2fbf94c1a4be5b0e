import { describe, expect, it } from 'vitest';
import { checkHost, checkResolved, isPublicAddress } from './private-address';
import { HOSTILE_URLS } from './fixtures/hostile-urls';

/** Spellings that reach classification without the URL parser (e.g. DNS answers, or code passing strings). */
const HOSTILE_ADDRESSES = ['127.1', '0x7f.1', '0177.0.0.1', '2130706433', '::ffff:127.0.0.1', '[::1]', '::ffff:a9fe:a9fe', 'fe80::1%eth0', '', 'not an address'];

const PUBLIC_URLS = [
  'https://8.8.8.8/',
  'http://93.184.216.34/news',
  'http://172.32.0.1/',
  'http://100.128.0.1/',
  'http://[2606:4700::1111]/',
  'http://[2a00:1450:4007:80e::200e]/',
  'http://[64:ff9b::808:808]/',
  'http://[2002:808:808::1]/',
];

describe('address classification: only global unicast passes', () => {
  it('the table holds at least 40 hostile forms', () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_URLS)('refuses %s (%s)', (raw) => {
    const hostname = new URL(raw).hostname.replace(/^\[(.*)\]$/, '$1');
    expect(() => checkHost(hostname)).toThrow(expect.objectContaining({ code: 'EPRIVATE' }));
  });

  it.each(HOSTILE_ADDRESSES)('refuses the address spelling %j', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(PUBLIC_URLS)('lets %s through (classification only; nothing is fetched)', (raw) => {
    const hostname = new URL(raw).hostname.replace(/^\[(.*)\]$/, '$1');
    expect(checkHost(hostname).kind).toBe('address');
    expect(isPublicAddress(hostname)).toBe(true);
  });

  it('leaves other names to DNS, and refuses a name when any one of its answers is not public', () => {
    expect(checkHost('news.example.org')).toEqual({ kind: 'name', name: 'news.example.org' });
    expect(() => checkResolved('rebind.example', [{ address: '93.184.216.34' }, { address: '::ffff:7f00:1' }])).toThrow(
      /rebind.example resolves to the IPv4-mapped address ::ffff:7f00:1/,
    );
    expect(() => checkResolved('meta.example', [{ address: '169.254.169.254' }])).toThrow(/link-local/);
    expect(() => checkResolved('news.example', [{ address: '93.184.216.34' }, { address: '2606:4700::1111' }])).not.toThrow();
  });
});

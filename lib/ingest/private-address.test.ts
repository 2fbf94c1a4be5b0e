import { describe, expect, it } from 'vitest';
import { checkHost, checkResolved, isPublicAddress } from './private-address';

/** URLs an attacker gives to make the server fetch something of its own, each with what it really points at. */
export const HOSTILE_URLS: [string, string][] = [
  ['http://127.0.0.1/', 'loopback'],
  ['http://127.255.255.254/', 'loopback, end of 127/8'],
  ['http://2130706433/', 'loopback as one decimal number'],
  ['http://0177.0.0.1/', 'loopback in octal'],
  ['http://017700000001/', 'loopback as one octal number'],
  ['http://0x7f.1/', 'loopback in hex, short form'],
  ['http://0x7f000001/', 'loopback as one hex number'],
  ['http://0x7f.0x0.0x0.0x1/', 'loopback in dotted hex'],
  ['http://127.1/', 'loopback, short form'],
  ['http://127.000.000.001/', 'loopback with leading zeros'],
  ['http://127.0.0.1./', 'loopback with a trailing dot'],
  ['http://%31%32%37.0.0.1/', 'loopback percent-encoded'],
  ['http://①②⑦.0.0.1/', 'loopback in enclosed digits (IDNA maps them)'],
  ['http://0/', 'unspecified as 0 (reaches this machine)'],
  ['http://0.0.0.0/', 'unspecified'],
  ['http://[::]/', 'IPv6 unspecified'],
  ['http://[::1]/', 'IPv6 loopback'],
  ['http://[0:0:0:0:0:0:0:1]/', 'IPv6 loopback, long form'],
  ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped loopback (the URL parser makes it ::ffff:7f00:1)'],
  ['http://[::ffff:7f00:1]/', 'IPv4-mapped loopback in hex'],
  ['http://[0:0:0:0:0:ffff:127.0.0.1]/', 'IPv4-mapped loopback, long form'],
  ['http://[::ffff:8.8.8.8]/', 'IPv4-mapped, even of a public address'],
  ['http://[::127.0.0.1]/', 'IPv4-compatible loopback'],
  ['http://[::10.0.0.1]/', 'IPv4-compatible private'],
  ['http://[::ffff:0:127.0.0.1]/', 'IPv4-translated (RFC 6145)'],
  ['http://[64:ff9b::127.0.0.1]/', 'NAT64 of loopback'],
  ['http://[64:ff9b::a9fe:a9fe]/', 'NAT64 of the metadata address'],
  ['http://[64:ff9b:1::808:808]/', 'local-use NAT64 (64:ff9b:1::/48)'],
  ['http://[2002:7f00:1::]/', '6to4 of loopback'],
  ['http://[2002:a00:1::1]/', '6to4 of 10.0.0.1'],
  ['http://[2001::1]/', 'Teredo'],
  ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'Teredo with an embedded client'],
  ['http://10.0.0.1/', 'private 10/8'],
  ['http://172.16.0.1/', 'private 172.16/12'],
  ['http://172.31.255.255/', 'private, end of 172.16/12'],
  ['http://192.168.1.1/', 'private 192.168/16'],
  ['http://169.254.169.254/latest/meta-data/', 'cloud metadata (link-local)'],
  ['http://0xa9fea9fe/', 'cloud metadata as one hex number'],
  ['http://2852039166/', 'cloud metadata as one decimal number'],
  ['http://[fd00:ec2::254]/', 'AWS IPv6 metadata (unique local)'],
  ['http://[fe80::1]/', 'IPv6 link-local'],
  ['http://[fc00::1]/', 'unique local fc00::/7'],
  ['http://[fec0::1]/', 'IPv6 site-local (deprecated)'],
  ['http://100.64.0.1/', 'carrier-grade NAT'],
  ['http://100.127.255.254/', 'carrier-grade NAT, end'],
  ['http://224.0.0.1/', 'IPv4 multicast'],
  ['http://[ff02::1]/', 'IPv6 multicast'],
  ['http://255.255.255.255/', 'broadcast'],
  ['http://240.0.0.1/', 'reserved 240/4'],
  ['http://192.0.0.8/', 'IETF protocol assignments 192.0.0/24'],
  ['http://198.18.0.1/', 'benchmarking 198.18/15'],
  ['http://[2001:2::1]/', 'IPv6 benchmarking'],
  ['http://192.0.2.1/', 'documentation TEST-NET-1'],
  ['http://198.51.100.7/', 'documentation TEST-NET-2'],
  ['http://203.0.113.9/', 'documentation TEST-NET-3'],
  ['http://[2001:db8::1]/', 'IPv6 documentation'],
  ['http://[3fff::1]/', 'IPv6 documentation 3fff::/20'],
  ['http://[100::1]/', 'IPv6 discard 100::/64'],
  ['http://[5f00::1]/', 'IPv6 segment routing'],
  ['http://[::2]/', 'IPv6 outside 2000::/3'],
  ['http://localhost/', 'localhost'],
  ['http://LOCALHOST/', 'localhost in capitals'],
  ['http://localhost./', 'localhost with a trailing dot'],
  ['http://localhost../', 'localhost with two trailing dots'],
  ['http://app.localhost/', 'a name under .localhost'],
  ['http://a.b.localhost./', 'a name under .localhost, trailing dot'],
];

/** Spellings that reach classification without the URL parser (e.g. DNS answers, or code passing strings). */
const HOSTILE_ADDRESSES = ['127.1', '0x7f.1', '0177.0.0.1', '2130706433', '::ffff:127.0.0.1', '[::1]', '::ffff:a9fe:a9fe', 'fe80::1%eth0', '', 'not an address'];

const PUBLIC_URLS = ['https://8.8.8.8/', 'http://93.184.216.34/news', 'http://172.32.0.1/', 'http://100.128.0.1/', 'http://[2606:4700::1111]/', 'http://[2a00:1450:4007:80e::200e]/', 'http://[64:ff9b::808:808]/', 'http://[2002:808:808::1]/'];

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
    expect(() => checkResolved('rebind.example', [{ address: '93.184.216.34' }, { address: '::ffff:7f00:1' }])).toThrow(/rebind.example resolves to the IPv4-mapped address ::ffff:7f00:1/);
    expect(() => checkResolved('meta.example', [{ address: '169.254.169.254' }])).toThrow(/link-local/);
    expect(() => checkResolved('news.example', [{ address: '93.184.216.34' }, { address: '2606:4700::1111' }])).not.toThrow();
  });
});

import { isIP } from 'node:net';

/** Loopback, private, link-local, CGNAT, unspecified, multicast and reserved IPv4 ranges, as [first octets, prefix]. */
const V4_BLOCKED: [number[], number][] = [
  [[0], 8], [[10], 8], [[100, 64], 10], [[127], 8], [[169, 254], 16], [[172, 16], 12], [[192, 0, 0], 24],
  [[192, 168], 16], [[198, 18], 15], [[224], 4], [[240], 4],
];

/** True for addresses a server-side fetch must not reach: anything that is not the public internet. */
export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return isPrivateV4(address);
  if (kind !== 6) return true;
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return isPrivateV4(mapped[1]);
  if (lower === '::' || lower === '::1') return true;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

function isPrivateV4(address: string): boolean {
  const value = address.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
  return V4_BLOCKED.some(([octets, prefix]) => {
    const base = [...octets, 0, 0, 0, 0].slice(0, 4).reduce((acc, part) => acc * 256 + part, 0);
    const size = 2 ** (32 - prefix);
    return value >= base && value < base + size;
  });
}

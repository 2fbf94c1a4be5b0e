import ipaddr from 'ipaddr.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/**
 * Which addresses a server-side fetch may reach, by classification (ipaddr.js knows the IANA special-purpose
 * ranges), never by matching the text: the same address has many spellings (127.1, 0x7f.1, 2130706433,
 * ::ffff:7f00:1), and a text match misses some of them. Only global unicast passes; everything else is refused.
 */
export function isPublicAddress(address: string): boolean {
  const parsed = parseAddress(address);
  if (!parsed) return false;
  return parsed.kind() === 'ipv4' ? isPublicV4(parsed as IPv4) : isPublicV6(parsed as IPv6);
}

export function isPrivateAddress(address: string): boolean {
  return !isPublicAddress(address);
}

/** Any spelling ipaddr.js accepts (decimal, octal, hex, short IPv4; IPv6 with or without brackets); null when none. */
export function parseAddress(address: string): IPv4 | IPv6 | null {
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.isValid(bare)) return null;
  try {
    return ipaddr.parse(bare);
  } catch {
    return null;
  }
}

/**
 * 'unicast' is what ipaddr.js leaves once it has named every special range (private, loopback, link-local,
 * CGNAT, unspecified, broadcast, multicast, benchmarking, documentation, reserved, AS112, AMT).
 */
function isPublicV4(address: IPv4): boolean {
  return address.range() === 'unicast';
}

/** 2000::/3: the only block IANA allocates as global unicast; ::a.b.c.d (IPv4-compatible) and ::/8 fall outside. */
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * An IPv6 address passes when it is global unicast in 2000::/3 and in no special range. Two translation
 * prefixes are judged by the IPv4 address they carry, because a DNS64 resolver answers with them for IPv4-only
 * sites: NAT64 64:ff9b::/96 (last 32 bits) and 6to4 2002::/16 (bits 16-48). IPv4-mapped and -translated
 * addresses, local-use NAT64 64:ff9b:1::/48, Teredo, ULA, site-local and link-local are refused outright.
 */
function isPublicV6(address: IPv6): boolean {
  const range = address.range();
  const parts = address.parts;
  if (range === 'rfc6052') {
    const wellKnown = parts[0] === 0x64 && parts[1] === 0xff9b && parts.slice(2, 6).every((p) => p === 0);
    return wellKnown && isPublicV4(v4From(parts[6] ?? 0, parts[7] ?? 0));
  }
  if (range === '6to4') return isPublicV4(v4From(parts[1] ?? 0, parts[2] ?? 0));
  return range === 'unicast' && address.match(GLOBAL_UNICAST);
}

function v4From(high: number, low: number): IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/** Names that mean this machine whatever DNS says (RFC 6761): localhost and everything under .localhost. */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.+$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === '';
}

/** Which addresses may be reached: isPublicAddress unless a caller narrows it further (tests allow one server). */
export type AddressPolicy = (address: string) => boolean;

export type HostCheck = { kind: 'address'; address: string } | { kind: 'name'; name: string };

/**
 * A URL's host name, classified before any connection: an IP literal is checked here (Node connects to those
 * without a lookup); `localhost` names are refused; other names must be resolved and every answer checked.
 * Returns the reason for a refusal as an error with code EPRIVATE.
 */
export function checkHost(hostname: string, isAllowed: AddressPolicy = isPublicAddress): HostCheck {
  const literal = parseAddress(hostname.replace(/\.+$/, ''));
  if (literal) {
    const address = literal.toString();
    if (!isAllowed(address)) throw refusal(`${hostname} is the ${describe(literal)} address ${address}`);
    return { kind: 'address', address };
  }
  if (isLocalName(hostname)) throw refusal(`${hostname} names this machine`);
  return { kind: 'name', name: hostname };
}

/** Every address a name resolves to must be public: one private answer refuses the name. */
export function checkResolved(hostname: string, addresses: readonly { address: string }[], isAllowed: AddressPolicy = isPublicAddress): void {
  const bad = addresses.find((a) => !isAllowed(a.address));
  if (bad) throw refusal(`${hostname} resolves to the ${describe(parseAddress(bad.address))} address ${bad.address}`);
}

/** ipaddr.js range names as a reader knows them. */
const RANGE_NAMES: Record<string, string> = {
  unicast: 'non-global',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT',
  ipv4Mapped: 'IPv4-mapped',
  rfc6145: 'IPv4-translated',
  rfc6052: 'NAT64',
  deprecatedSiteLocal: 'site-local',
  as112: 'AS112',
  as112v6: 'AS112',
};

function describe(address: IPv4 | IPv6 | null): string {
  const range = address?.range() ?? 'unparseable';
  return RANGE_NAMES[range] ?? range;
}

function refusal(message: string): Error & { code: string } {
  return Object.assign(new Error(`refused: ${message}`), { code: 'EPRIVATE' });
}

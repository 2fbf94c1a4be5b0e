/**
 * Inputs the contract fuzzer mixes into otherwise well-formed requests: injection strings, tricky unicode,
 * edge numbers, odd JSON and malformed percent-encoding. Data only; lib/openapi/fuzz-inputs.ts draws from it.
 */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  "' OR 1=1 --",
  '"}) DETACH DELETE n //',
  'x` RETURN 1 UNION MATCH (n) DETACH DELETE n //',
  '$param',
  '{id}',
  'MATCH (n) DETACH DELETE n',
  'CALL dbms.killQueries([])',
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '/api/../../etc/passwd',
  'C:\\Windows\\win.ini',
  '\u0000',
  'nul\u0000byte',
  '\ud800',
  'lone \udfff low surrogate',
  '\u202eevil\u202c',
  'zero\u200bwidth\u2060joiner',
  '\ufeffbom',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a\u035b\u035c\u035d\u035e\u035f',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'ℌ𝔢𝔩𝔩𝔬 ＦＵＬＬＷＩＤＴＨ',
  'Ｏ Ｎ Ｕ Ｄ Ｃ',
  'ONUDC',
  'org-unodc',
  '%E0%A4%A',
  '%',
  '%zz',
  '\r\nSet-Cookie: x=1',
  'a'.repeat(201),
  'é'.repeat(5000),
  'true',
  'null',
  '-1',
  '1e309',
  'NaN',
  '0x10',
  '__proto__',
  'constructor',
  'toString',
];

export const HOSTILE_NUMBERS = [-1, 0, -0, 0.5, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53) - 2, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER];

/** JSON texts that are not what any operation expects: truncated, not JSON, JSON of the wrong kind, prototype keys. */
export const HOSTILE_BODIES = [
  '',
  '{',
  '{filter',
  '}',
  'null',
  'true',
  '0',
  '"text"',
  '[]',
  '[{}]',
  '{}',
  '{"a":1}}',
  '{"a":1,}',
  "{'single':'quotes'}",
  '\ufeff{}',
  'NaN',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '<?xml version="1.0"?><a/>',
  'query=MATCH+(n)+RETURN+n',
  '\u0000\u0001\u0002',
  `{"query":"RETURN $a AS a","params":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`,
];

/** Percent-encodings that do not decode to UTF-8 text (or decode to something a server must not trust). */
export const BAD_PERCENT_SEGMENTS = ['%E0%A4%A', '%', '%%', '%zz', '%G0', '%C0%AF', '%ED%A0%80', '%F0%9F%98', '%FF%FE', '%80', 'a%', 'a%2', '%E2%82'];

/** Content types a client might wrongly send with a JSON body (undefined: no Content-Type at all). */
export const CONTENT_TYPES = ['application/json', 'application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', undefined];

import { QueryRefusedError, TooLargeError } from '@/lib/errors';
import { maskCypher } from './mask';

const MAX_QUERY_BYTES = 10_000;

/** Procedures a console query may call: schema introspection and full-text search, all read-only. */
const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
] as const;

/** Clauses refused on sight (checked on the query with comments and strings blanked out). */
const FORBIDDEN_CLAUSES: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /(^|[^.$:\w])USE\s/i, why: 'USE is not allowed: the console reads only the configured database.' },
  { pattern: /(^|[^.$:\w])SHOW\s/i, why: 'SHOW commands (users, databases, transactions, …) are administration and are not allowed.' },
  { pattern: /(^|[^.$:\w])TERMINATE\s/i, why: 'TERMINATE TRANSACTIONS is administration and is not allowed.' },
  { pattern: /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i, why: 'CALL { … } IN TRANSACTIONS is not allowed: it writes in batches.' },
  { pattern: /\bLOAD\s+CSV\b/i, why: 'LOAD CSV is not allowed: the console cannot read files or URLs.' },
];

/** Step 1: size, a single statement, no administration clauses. Throws QueryRefusedError / TooLargeError. */
export function checkQueryText(query: string): void {
  const bytes = Buffer.byteLength(query, 'utf8');
  if (bytes > MAX_QUERY_BYTES) {
    throw new TooLargeError(`The query is ${bytes} bytes; the limit is ${MAX_QUERY_BYTES}. Shorten it, and pass long values as parameters.`);
  }
  if (query.trim() === '') throw new QueryRefusedError('The query is empty. Type a Cypher query such as MATCH (e:Entity) RETURN e LIMIT 25.');
  const masked = maskCypher(query);
  const semicolon = masked.indexOf(';');
  if (semicolon !== -1 && masked.slice(semicolon + 1).trim() !== '') {
    throw new QueryRefusedError('Only one statement can run at a time: remove the ";" and everything after it.');
  }
  for (const { pattern, why } of FORBIDDEN_CLAUSES) if (pattern.test(masked)) throw new QueryRefusedError(why);
}

/**
 * Neo4j's parser recurses once per level of nesting and overflows its stack at a few hundred levels; the
 * overflow is never reported back (the connection just hangs). Real queries nest a handful of levels.
 */
export const MAX_NESTING = 64;
/** Long runs of NOT or of one operator also recurse once per term; nothing real comes near these. */
const MAX_CHAIN = 200;

/** Step 1b: bracket, CASE and operator-chain depth, counted on the masked text (strings and comments blanked). */
export function checkNesting(query: string): void {
  const masked = maskCypher(query);
  let depth = 0;
  let deepest = 0;
  for (const token of masked.matchAll(/[([{]|[)\]}]|\bCASE\b|\bEND\b/gi)) {
    const opens = /^[([{]|case/i.test(token[0]);
    depth = Math.max(0, depth + (opens ? 1 : -1));
    deepest = Math.max(deepest, depth);
  }
  if (deepest > MAX_NESTING) {
    throw new QueryRefusedError(`The query nests ${deepest} levels deep (brackets, braces, CASE); the limit is ${MAX_NESTING}. Flatten it, or pass big values as parameters.`);
  }
  const chain = /(?:\bNOT\s+){200,}|(?:[-+*/%^]\s*(?:[\w.$]+|'[^']*'|"[^"]*")?\s*){200,}/i.exec(masked);
  if (chain)
    throw new QueryRefusedError(`The query chains over ${MAX_CHAIN} operators in one expression; Neo4j cannot analyse that. Split it, or compute the value in a parameter.`);
}

/**
 * The most values a range() may give inside an expression (a list comprehension, reduce(), a predicate, a
 * returned list). Neo4j builds such a list whole, in heap it does not count against the transaction's memory
 * limit, and checks for termination only between operators: `[x IN range(1, 200000000) | x]` ran on for over
 * a minute after its timeout and then filled Neo4j's heap, failing everyone's queries. UNWIND range(…) streams
 * row by row, where the limits hold, so it is not capped here.
 */
export const MAX_RANGE_VALUES = 100_000;

/**
 * Step 1c: range() calls in expressions, before Neo4j sees them. Their bounds must be integer literals, parameters
 * or the size of a list, and a range with counted bounds may give at most MAX_RANGE_VALUES values.
 */
export function checkRanges(query: string, params: Record<string, unknown> = {}): void {
  // `range` in backticks is the same function to Neo4j; the mask blanks backticks, so unquote it first (same length).
  const text = query.replace(/`range`/gi, ' range ');
  const masked = maskCypher(text);
  for (const call of masked.matchAll(/(^|[^.$\w`])range\s*\(/gi)) {
    const open = call.index + call[0].length; // just after "("
    const before = masked.slice(0, call.index + (call[1] ?? '').length);
    if (/\bUNWIND\s*$/i.test(before)) continue;
    const args = topLevelArguments(text, masked, open);
    if (!args || args.length < 2) continue;
    const [start, end, step = { value: 1 }] = args.map((arg) => boundOf(arg, params));
    // A bound Neo4j computes (toInteger('200000000'), a variable) could be anything: only a list's size may be one.
    if (!start || !end || !step || !('value' in step)) {
      throw new QueryRefusedError(
        'range() inside an expression needs bounds that can be checked before the query runs: integer literals, parameters, or size(…) or length(…) of a list, ' +
          'such as [i IN range(0, size(l) - 1) | l[i]]. Stream any other range with UNWIND range(…) AS i instead.',
      );
    }
    // Values beyond what a list's size gives: all of them for two numbers, the gap between the number and the offset otherwise.
    const values =
      'value' in start && 'value' in end
        ? step.value === 0
          ? 0
          : Math.max(0, Math.floor((end.value - start.value) / step.value) + 1)
        : 'value' in start && 'offset' in end
          ? Math.abs(end.offset - start.value) + 1
          : 'offset' in start && 'value' in end
            ? Math.abs(end.value - start.offset) + 1
            : 0;
    if (values > MAX_RANGE_VALUES) {
      throw new QueryRefusedError(
        `range() here would build a list of ${values.toLocaleString('en')} values in one expression; the console allows ${MAX_RANGE_VALUES.toLocaleString('en')}. ` +
          'Neo4j holds such a list in memory it does not limit, and cannot stop it midway. Stream the values with UNWIND range(…) AS i instead, or use a smaller range.',
      );
    }
  }
}

/** A range() bound the check can use: a number, or the size of a list plus an offset; undefined for anything else. */
function boundOf(text: string, params: Record<string, unknown>): { value: number } | { offset: number } | undefined {
  const value = integerValue(text, params);
  if (value !== undefined) return { value };
  const offset = sizeOffset(maskCypher(text).trim());
  return offset === undefined ? undefined : { offset };
}

/** For size(…) or length(…) of one thing, plus or minus an integer: that integer (0 without one). */
function sizeOffset(masked: string): number | undefined {
  const call = /^(?:size|length)\s*\(/i.exec(masked);
  if (!call) return undefined;
  let depth = 1;
  let i = call[0].length;
  for (; i < masked.length && depth > 0; i++) {
    if ('([{'.includes(masked[i]!)) depth++;
    else if (')]}'.includes(masked[i]!)) depth--;
  }
  const rest = masked.slice(i).trim();
  if (depth !== 0) return undefined;
  return rest === '' ? 0 : /^[-+]/.test(rest) ? integerLiteral(rest) : undefined;
}

/** The arguments of the call whose "(" ends just before `open`, as original text; undefined when unbalanced. */
function topLevelArguments(query: string, masked: string, open: number): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let from = open;
  for (let i = open; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return [...args, query.slice(from, i)];
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(query.slice(from, i));
      from = i + 1;
    }
  }
  return undefined;
}

/** "42", "-1_000", "+ 7": an integer literal with an optional sign; undefined for anything else. */
function integerLiteral(text: string): number | undefined {
  const literal = /^([-+]?)\s*(\d[\d_]*)$/.exec(text);
  return literal ? Number(`${literal[1]}${literal[2]!.replace(/_/g, '')}`) : undefined;
}

/** An integer literal (with an optional sign) or a $parameter holding an integer; undefined for anything computed. */
function integerValue(text: string, params: Record<string, unknown>): number | undefined {
  const trimmed = text.trim();
  const literal = integerLiteral(trimmed);
  if (literal !== undefined) return literal;
  const param = /^\$`?(\w+)`?$/.exec(trimmed);
  if (param) {
    const value = params[param[1]!];
    if (typeof value === 'number' && Number.isInteger(value)) return value;
  }
  return undefined;
}

/** The query text without a trailing semicolon (Neo4j refuses one after EXPLAIN in some drivers' framing). */
export function withoutTrailingSemicolon(query: string): string {
  const masked = maskCypher(query);
  const semicolon = masked.indexOf(';');
  return semicolon === -1 ? query : query.slice(0, semicolon);
}

export type PlanNode = { operatorType: string; arguments?: Record<string, unknown>; children?: PlanNode[] };

/** Step 2: the EXPLAIN summary must say read-only, and every operator must be one a reader may use. */
export function checkPlan(queryType: string | undefined, plan: PlanNode | false | undefined): void {
  if (queryType !== 'r') {
    const kind = queryType === 'w' || queryType === 'rw' ? 'writes data' : queryType === 's' ? 'changes the schema or administers the database' : `is of type "${queryType}"`;
    throw new QueryRefusedError(`Refused: this query ${kind}. The console is read-only: use MATCH … RETURN.`);
  }
  if (!plan) throw new QueryRefusedError('Refused: Neo4j returned no plan for this query, so it cannot be checked.');
  for (const node of walk(plan)) {
    const operator = node.operatorType.split('@')[0] ?? '';
    if (operator === 'LoadCSV') throw new QueryRefusedError('LOAD CSV is not allowed: the console cannot read files or URLs.');
    if (/^(AdministrationCommand|TransactionForeach|TransactionApply)/.test(operator))
      throw new QueryRefusedError(`Refused: the plan contains ${operator}, which the console does not run.`);
    if (operator.startsWith('ProcedureCall')) {
      const details = String(node.arguments?.Details ?? node.arguments?.Signature ?? '');
      const name = details.match(/^\s*([\w.]+)\s*\(/)?.[1] ?? '';
      if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name)) {
        throw new QueryRefusedError(`The procedure "${name || 'unknown'}" is not allowed. Allowed: ${ALLOWED_PROCEDURES.join(', ')}.`);
      }
    }
  }
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

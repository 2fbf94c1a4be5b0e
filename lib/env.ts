import { z } from 'zod';

/**
 * Server configuration, parsed once from process.env. Every problem is reported at once, with the fix.
 * Nothing here may be imported by a client component: these values include credentials.
 */
const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/, {
      message: 'must look like bolt://host:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
    })
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, { message: 'must be a database name such as neo4j' })
    .refine((name) => name.toLowerCase() !== 'system', { message: 'cannot be the system database' })
    .default('neo4j'),
  /** The app's own reads (pages, search, expansion, filters) talking to Neo4j at once; more wait in line. Writes never wait. */
  NEO4J_READ_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** Cypher typed by users: server-side timeout and row cap. */
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  CYPHER_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Cypher typed by users: bytes of JSON a result may carry (rows past it are cut), and queries running at once. */
  CYPHER_BYTE_CAP: z.coerce.number().int().min(1_000).max(64_000_000).default(4_000_000),
  CYPHER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** Largest article text accepted, in bytes. */
  MAX_ARTICLE_BYTES: z.coerce.number().int().min(1_000).max(50_000_000).default(1_000_000),
  /** Write transactions of one batch (a JSONL file, a folder) at once. */
  INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(1),
  /** Articles of a batch that one write transaction may carry (those extracted and waiting); each lands whole. */
  INGEST_GROUP_SIZE: z.coerce.number().int().min(1).max(64).default(8),
  /** Extraction worker threads (default: min(2, CPU cores)); each extracts one article at a time. */
  EXTRACT_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  /** Time limit per article: past it the worker is stopped and replaced, and the article refused. */
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Articles that may wait for a busy worker; one more is refused with 503 at once. */
  EXTRACT_QUEUE_LIMIT: z.coerce.number().int().min(0).max(10_000).default(32),
  /** When set, writes (API and server actions) need this token. */
  NEWSGRAPH_WRITE_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  /**
   * Host names this server answers to (DNS-rebinding guard), comma-separated; "*" turns the check off behind a
   * proxy that checks Host itself. Loopback names by default.
   */
  NEWSGRAPH_ALLOWED_HOSTS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    )
    .default(['localhost', '127.0.0.1', '[::1]']),
  ALLOW_PRIVATE_URLS: z.enum(['0', '1']).default('0'),
  /**
   * The NER service (nlp/, Stanford CoreNLP). `npm start`, `npm test` and the scripts start one on loopback and set
   * this; set it yourself to use one elsewhere (it keeps no state, so several can sit behind a load balancer).
   */
  NLP_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must look like http://127.0.0.1:9000 or https://nlp.example.org' })
    .optional(),
  /** One request to the NER service (a batch of texts) gives up after this long. */
  NLP_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(120_000),
  /**
   * Longest article (characters) the hybrid sends to the NER service. CoreNLP reads about 15 KB per CPU-second,
   * so the default is some 13 s of one core; longer texts are refused at once with a message, not read for minutes.
   */
  NLP_MAX_ARTICLE_CHARS: z.coerce.number().int().min(1_000).max(50_000_000).default(200_000),
  /** Requests to the NER service in flight at once, per app process (match its worker count; 2 by default). */
  NLP_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** rules: the offline rules only; hybrid: the rules plus the statistical NER service. */
  NEWSGRAPH_EXTRACTOR: z.enum(['rules', 'hybrid']).default('hybrid'),
  /** How many of the most connected entities the explorer opens with (the rest are found by search and expansion). */
  EXPLORER_OVERVIEW_LIMIT: z.coerce.number().int().min(1).max(10_000).default(300),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Reads and validates the environment on first use; throws one error listing every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(withoutEmpty(process.env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`newsgraph configuration is invalid:\n${lines.join('\n')}\nFix these in your environment or .env file (see .env.example).`);
  }
  cached = parsed.data;
  return cached;
}

/** Forgets the validated environment, so the next getEnv() reads process.env again (benches that switch the extractor). */
export function reloadEnv(): void {
  cached = undefined;
}

/** Empty strings in the environment mean "unset". */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

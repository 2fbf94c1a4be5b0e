import { countArticlesAndEntities } from '@/lib/graph/stats';
import { DatabaseUnavailableError, isAppError } from '@/lib/errors';
import { getEnv } from '@/lib/env';
import { checkNlpHealth } from '@/lib/nlp/health';

/** What each part of newsgraph is doing; the app is up by definition when it answers. */
export type ComponentState = 'up' | 'down' | 'not configured';
export type Health = {
  ok: boolean;
  components: {
    neo4j: { state: 'up' | 'down'; latencyMs: number; message?: string };
    nlp: { state: ComponentState; message?: string; latencyMs?: number };
    app: { state: 'up' };
  };
  /** Kept from the first version of /api/health (see the OpenAPI document); 0 while Neo4j is down. */
  database: 'up' | 'down';
  articles: number;
  entities: number;
  /** While down, the same { code, message } every API error carries. */
  error?: { code: string; message: string };
};

/**
 * One cheap read through the gateway (count store, 5 s server timeout and a client deadline). While Neo4j is
 * known to be down the circuit breaker answers at once, and its probe closes the breaker when Neo4j is back,
 * so polling this is what lets the app notice the recovery. The NER service is asked at the same time; it counts
 * only when the extractor needs it (NEWSGRAPH_EXTRACTOR=hybrid, the default).
 */
export async function getHealth(): Promise<Health> {
  const [health, nlp] = await Promise.all([getNeo4jHealth(), getNlpState()]);
  return { ...health, ok: health.ok && nlp.state !== 'down', components: { ...health.components, nlp } };
}

async function getNlpState(): Promise<Health['components']['nlp']> {
  if (getEnv().NEWSGRAPH_EXTRACTOR === 'rules') return { state: 'not configured', message: 'NEWSGRAPH_EXTRACTOR=rules: extraction uses the rules alone.' };
  const nlp = await checkNlpHealth();
  return { state: nlp.ok ? 'up' : 'down', message: nlp.message, ...(nlp.latencyMs === undefined ? {} : { latencyMs: nlp.latencyMs }) };
}

/**
 * A health check answers within seconds whatever Neo4j is doing. Without this deadline a poll made while Neo4j
 * restarts could sit in the driver's retries up to the 20 s read deadline; with it, the poll says "down" at 4 s
 * (which opens the breaker, as any "unavailable" does) and a later poll sees Neo4j back.
 */
export const HEALTH_DEADLINE_MS = 4_000;
const healthDeadline = {
  timeoutMs: 3_000,
  deadlineMs: HEALTH_DEADLINE_MS,
  deadlineError: () => new DatabaseUnavailableError(`no answer to the health check within ${HEALTH_DEADLINE_MS / 1000} s`),
};

async function getNeo4jHealth(): Promise<Health> {
  const started = Date.now();
  try {
    const counts = await countArticlesAndEntities(healthDeadline);
    const neo4j = { state: 'up' as const, latencyMs: Date.now() - started };
    return { ok: true, components: { neo4j, nlp: { state: 'not configured' }, app: { state: 'up' } }, database: 'up', ...counts };
  } catch (error) {
    // Unexpected errors still mean "the database cannot answer"; they are logged for whoever operates it.
    if (!isAppError(error)) console.error('Health check failed', error);
    const message = isAppError(error) ? error.message : 'The graph database did not answer the health check.';
    const code = isAppError(error) ? error.code : 'database_unavailable';
    const neo4j = { state: 'down' as const, latencyMs: Date.now() - started, message };
    const components = { neo4j, nlp: { state: 'not configured' as const }, app: { state: 'up' as const } };
    return { ok: false, components, database: 'down', articles: 0, entities: 0, error: { code, message } };
  }
}

/** The parts that are down, by name, for the banner and for the 503. */
export function downComponents(health: Health): string[] {
  return Object.entries(health.components)
    .filter(([, c]) => c.state === 'down')
    .map(([name]) => name);
}

import neo4j, { type Driver } from 'neo4j-driver';
import { getEnv } from '@/lib/env';
import { closeConsoleWorkers } from './console-pool';

/**
 * One driver per process, created lazily and kept on globalThis so that hot reload in dev doesn't leak drivers.
 * The driver is safe to share: it pools connections and routes reads and writes on clusters and Aura.
 */
const globalForDriver = globalThis as unknown as { newsgraphDriver?: Driver };

export function getDriver(): Driver {
  if (globalForDriver.newsgraphDriver) return globalForDriver.newsgraphDriver;
  const env = getEnv();
  // The local Neo4j runs with auth disabled (loopback only) and accepts any basic token.
  const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD), {
    // Console queries have their own connections (console-pool.ts), so no user query can take these.
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000, // a full pool answers "unavailable" in seconds rather than queueing requests for minutes
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 5_000, // retries deadlocks and leader switches, yet answers "database unavailable" within seconds
    disableLosslessIntegers: true,
    userAgent: 'newsgraph',
  });
  globalForDriver.newsgraphDriver = driver;
  return driver;
}

export function getDatabase(): string {
  return getEnv().NEO4J_DATABASE;
}

/** Closes the driver (scripts and tests call this so the process can exit). */
export async function closeDriver(): Promise<void> {
  const driver = globalForDriver.newsgraphDriver;
  globalForDriver.newsgraphDriver = undefined;
  await closeConsoleWorkers();
  if (driver) await driver.close();
}

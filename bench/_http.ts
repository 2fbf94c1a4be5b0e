import { getDriver, getDatabase, closeDriver } from '@/lib/neo4j/driver';
import { int } from '@/lib/neo4j/values';
import { NEIGHBOUR_GROUPS } from '@/lib/graph/neighbour-queries';
import { getNeighbours } from '@/lib/graph/neighbours';
import { measure } from '@/bench/stats';
const url = 'http://127.0.0.1:3951';
(async () => {
  const s = getDriver().session({ database: getDatabase(), defaultAccessMode: 'READ' });
  const ids = (await s.run('MATCH (e:Entity) RETURN e.id AS id ORDER BY e.degree DESC LIMIT 20')).records.map((r) => r.get('id') as string);
  const body = await (await fetch(`${url}/api/entities/${ids[0]}/neighbors`)).text();
  console.log('payload bytes', body.length);
  for (let round = 0; round < 2; round++) {
    const o = { warmup: 20, runs: 200 };
    const raw = await measure((i) => s.executeRead((tx) => tx.run(NEIGHBOUR_GROUPS, { id: ids[i % 20], relType: null, skip: int(0), limit: int(25) })), o);
    const fn = await measure((i) => getNeighbours(ids[i % 20]!), o);
    const gz = await measure(async (i) => (await fetch(`${url}/api/entities/${ids[i % 20]}/neighbors`)).json(), o);
    const id = await measure(async (i) => (await fetch(`${url}/api/entities/${ids[i % 20]}/neighbors`, { headers: { 'accept-encoding': 'identity' } })).json(), o);
    const health = await measure(async () => (await fetch(`${url}/api/health`)).text(), o);
    console.log({ raw: [raw.p50, raw.p95], fn: [fn.p50, fn.p95], httpGzip: [gz.p50, gz.p95], httpIdentity: [id.p50, id.p95], health: [health.p50, health.p95] });
  }
  await s.close(); await closeDriver();
})();

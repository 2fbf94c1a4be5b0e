import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from './document';

// Redocly's recommended ruleset over the document /api/openapi.json serves, generated in-process.
const REDOCLY = path.resolve(__dirname, '../../node_modules/.bin/redocly');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-openapi-lint-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Problem = { ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> };

function lint(document: unknown, name: string): { errors: number; warnings: number; problems: string[] } {
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(document));
  // Telemetry and the update check would reach for the network, which CI does not have.
  const run = spawnSync(REDOCLY, ['lint', file, '--extends=recommended', '--format=json'], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    timeout: 60_000,
  });
  if (run.error) throw new Error(`redocly could not run (${run.error.message}); run npm ci to install @redocly/cli.`);
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: Problem[] };
  const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
  return { ...report.totals, problems };
}

describe('OpenAPI document', () => {
  it("is clean under Redocly's recommended ruleset (no errors, no warnings)", () => {
    const result = lint(OPENAPI_DOCUMENT, 'openapi');
    expect(result.problems).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(0);
  }, 60_000);

  it('the lint does catch a broken document (an operation without a summary, a dangling $ref)', () => {
    const broken = structuredClone(OPENAPI_DOCUMENT) as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
    delete broken.paths['/api/health']!.get!.summary;
    broken.paths['/api/filter']!.get!.responses = { '200': { description: 'x', content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } } } };
    const result = lint(broken, 'broken');
    expect(result.errors).toBeGreaterThan(0);
    expect(result.problems.join('\n')).toMatch(/operation-summary/);
    expect(result.problems.join('\n')).toMatch(/no-unresolved-refs/);
  }, 60_000);
});

#!/usr/bin/env node
// Runs a command with a Neo4j available at NEO4J_URI.
//
//   node scripts/with-neo4j.mjs <command> [args…]
//
// If NEO4J_URI is already set, the command just runs against that database. Otherwise the local
// embedded Neo4j (scripts/local-neo4j.mjs; NEO4J_LOCAL_PORT / NEO4J_LOCAL_DATA_DIR) is started
// first, the command gets NEO4J_URI=bolt://127.0.0.1:<port>, and Neo4j is stopped afterwards.
// Exits with the command's exit code. Binaries in node_modules/.bin (tsx, vitest, …) resolve.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startLocalNeo4j } from './local-neo4j.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

async function main(argv) {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stderr.write('Usage: node scripts/with-neo4j.mjs <command> [args…]\n  Uses NEO4J_URI if set, otherwise starts the local Neo4j for the duration of the command.\n');
    return argv.length === 0 ? 2 : 0;
  }

  const env = { ...process.env, PATH: [path.join(REPO_ROOT, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(path.delimiter) };

  // Registered before Neo4j starts: while we have our own handler, local-neo4j.mjs stops the JVM
  // on a signal but leaves exiting to us, so the command can finish first.
  let child;
  let interrupted = null;
  const onSignal = (signal) => {
    interrupted ??= signal;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of Object.keys(SIGNAL_NUMBERS)) process.on(signal, onSignal);

  let neo4j = null;
  if (!env.NEO4J_URI) {
    try {
      neo4j = await startLocalNeo4j({});
    } catch (error) {
      if (interrupted) return 128 + SIGNAL_NUMBERS[interrupted]; // Ctrl-C while Neo4j was starting
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    env.NEO4J_URI = neo4j.uri;
    if (interrupted) {
      await neo4j.stop();
      return 128 + SIGNAL_NUMBERS[interrupted];
    }
  }

  const [command, ...args] = argv;
  const result = await new Promise((resolve) => {
    child = spawn(command, args, { env, stdio: 'inherit', shell: process.platform === 'win32' });
    child.once('error', (error) => {
      process.stderr.write(error.code === 'ENOENT' ? `with-neo4j: command not found: ${command}\n` : `with-neo4j: could not run ${command}: ${error.message}\n`);
      resolve({ code: 127, signal: null });
    });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  if (neo4j) await neo4j.stop();
  if (result.signal) return 128 + (SIGNAL_NUMBERS[result.signal] ?? 0);
  return result.code ?? 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`with-neo4j: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);

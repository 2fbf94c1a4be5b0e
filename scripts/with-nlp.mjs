#!/usr/bin/env node
// Runs a command with the NER service available at NLP_URL.
//
//   node scripts/with-nlp.mjs <command> [args…]
//
// If NLP_URL is set, or NEWSGRAPH_EXTRACTOR=rules (no service needed), the command just runs. Otherwise the
// local service (scripts/local-nlp.mjs) is started on a free loopback port first, the command gets NLP_URL,
// and the service is stopped afterwards. Exits with the command's exit code. Chains with with-neo4j.mjs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalNlp } from './local-nlp.mjs';
import { loadDotEnv } from './processes.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** Whether this environment needs a local NER service started for it. */
export function needsLocalNlp(env = process.env) {
  return !env.NLP_URL && env.NEWSGRAPH_EXTRACTOR !== 'rules';
}

async function main(argv) {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stderr.write('Usage: node scripts/with-nlp.mjs <command> [args…]\n  Uses NLP_URL if set, otherwise starts the local NER service for the duration of the command.\n');
    return argv.length === 0 ? 2 : 0;
  }
  loadDotEnv();
  const env = { ...process.env, PATH: [path.join(REPO_ROOT, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(path.delimiter) };
  // Our own handler: local-nlp then stops the JVM on a signal but leaves exiting to us, so the command finishes first.
  let child;
  let interrupted = null;
  const onSignal = (signal) => {
    interrupted ??= signal;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of Object.keys(SIGNAL_NUMBERS)) process.on(signal, onSignal);

  let nlp = null;
  if (needsLocalNlp(env)) {
    try {
      nlp = await startLocalNlp({});
    } catch (error) {
      if (interrupted) return 128 + SIGNAL_NUMBERS[interrupted];
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    env.NLP_URL = nlp.url;
    if (interrupted) {
      await nlp.stop();
      return 128 + SIGNAL_NUMBERS[interrupted];
    }
  }
  const [command, ...args] = argv;
  const result = await new Promise((resolve) => {
    child = spawn(command, args, { env, stdio: 'inherit' });
    child.once('error', (error) => {
      process.stderr.write(error.code === 'ENOENT' ? `with-nlp: command not found: ${command}\n` : `with-nlp: could not run ${command}: ${error.message}\n`);
      resolve({ code: 127, signal: null });
    });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  if (nlp) await nlp.stop();
  if (result.signal) return 128 + (SIGNAL_NUMBERS[result.signal] ?? 0);
  return result.code ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`with-nlp: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}

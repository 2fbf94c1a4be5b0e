// Builds nlp/ with Maven when its sources changed (or were never built), with progress while the
// first build downloads CoreNLP's model jars (~755 MB) from Maven Central into ~/.m2.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onLines } from './children.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROJECT_DIR = path.join(REPO_ROOT, 'nlp');
const POM = path.join(PROJECT_DIR, 'pom.xml');
const SOURCE_DIR = path.join(PROJECT_DIR, 'src');
const TARGET_DIR = path.join(PROJECT_DIR, 'target');
export const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
const MAIN_CLASS_FILE = path.join(CLASSES_DIR, 'newsgraph', 'nlp', 'Service.class');
/** Written after a successful build; sources newer than this trigger a rebuild. */
const BUILD_STAMP = path.join(TARGET_DIR, 'local-nlp.stamp');
/** Held (mkdir is atomic) while Maven runs, so parallel starts do not build on top of each other. */
const BUILD_LOCK = path.join(TARGET_DIR, '.build-lock');
/** The three CoreNLP jars: code (9 MB), `models` (474 MB, English NER included) and `models-french` (281 MB). */
const MODELS_BYTES = 765_000_000;

export const NLP_VERSION = /<corenlp\.version>\s*([^<\s]+)\s*</.exec(fs.readFileSync(POM, 'utf8'))?.[1] ?? 'unknown';
const M2_CORENLP = path.join(os.homedir(), '.m2', 'repository', 'edu', 'stanford', 'nlp', 'stanford-corenlp', NLP_VERSION);

/**
 * @param {{ log?: (message: string) => void, progress?: boolean }} [options]
 * @returns {Promise<{ built: boolean }>}
 */
export async function buildLocalNlp({ log = (m) => process.stderr.write(`${m}\n`), progress = false } = {}) {
  if (!needsBuild()) return { built: false };
  return withBuildLock(log, async () => (needsBuild() ? runBuild(log, progress) : { built: false }));
}

async function runBuild(log, progress) {
  await requireTool(
    'java',
    ['-version'],
    'Java 17+ is needed for the NLP service: install a JDK (e.g. `apt-get install openjdk-17-jdk-headless`), or set NLP_URL to use one running elsewhere.',
  );
  await requireTool('mvn', ['-v'], 'Maven is needed to build the NLP service: install it (e.g. `apt-get install maven`), or set NLP_URL to use one running elsewhere.');
  const started = Date.now();
  const before = dirBytes(M2_CORENLP);
  const downloading = before < MODELS_BYTES * 0.98;
  log(
    downloading
      ? `Building the NLP service (CoreNLP ${NLP_VERSION}). First build: downloading ~755 MB of CoreNLP models from Maven Central into ~/.m2, once (about a minute on a fast line)…`
      : `Building the NLP service (CoreNLP ${NLP_VERSION}) with Maven…`,
  );
  const output = [];
  let lastLine = 0;
  const report = (final = false) => {
    const mb = Math.round(dirBytes(M2_CORENLP) / 1e6);
    const line = `  CoreNLP models: ${mb} of ~${Math.round(MODELS_BYTES / 1e6)} MB downloaded (${Math.round((Date.now() - started) / 1000)} s)`;
    if (progress) process.stderr.write(`\r${line}${final ? '\n' : ''}`);
    else if (final || Date.now() - lastLine > 10_000) {
      lastLine = Date.now();
      log(line);
    }
  };
  const ticker = downloading ? setInterval(report, 1000) : null;
  const code = await new Promise((resolve) => {
    const child = spawn('mvn', ['-B', '-f', POM, 'compile'], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (line) => output.push(line);
    onLines(child.stdout, keep);
    onLines(child.stderr, keep);
    child.once('error', (error) => {
      output.push(error.message);
      resolve(-1);
    });
    child.once('close', (exitCode) => resolve(exitCode ?? -1));
  });
  if (ticker) {
    clearInterval(ticker);
    report(true);
  }
  if (code !== 0) {
    const tail = output
      .filter((l) => !/^\[INFO\] Download(ing|ed)/.test(l))
      .slice(-30)
      .join('\n');
    throw new Error(`Building the NLP service failed (mvn exited with ${code}):\n${tail}\nRetry with: mvn -B -f nlp/pom.xml compile`);
  }
  if (!fs.existsSync(CLASSPATH_FILE) || !fs.existsSync(MAIN_CLASS_FILE))
    throw new Error(`Maven finished but ${path.relative(REPO_ROOT, CLASSPATH_FILE)} or the compiled classes are missing.`);
  fs.writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
  const downloaded = Math.max(0, dirBytes(M2_CORENLP) - before);
  log(`Built the NLP service in ${((Date.now() - started) / 1000).toFixed(1)} s${downloaded > 1e6 ? ` (downloaded ${Math.round(downloaded / 1e6)} MB of models)` : ''}.`);
  return { built: true };
}

function needsBuild() {
  let stampTime;
  try {
    stampTime = fs.statSync(BUILD_STAMP).mtimeMs;
  } catch {
    return true;
  }
  if (!fs.existsSync(MAIN_CLASS_FILE)) return true;
  if (newestMtime(POM) > stampTime || newestMtime(SOURCE_DIR) > stampTime) return true;
  return readClasspath().some((entry) => !fs.existsSync(entry)); // ~/.m2 may have been cleaned since
}

export function readClasspath() {
  try {
    return fs.readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).filter(Boolean);
  } catch {
    return [];
  }
}

async function withBuildLock(log, fn) {
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      fs.writeFileSync(path.join(BUILD_LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (!lockHolderAlive()) {
      fs.rmSync(BUILD_LOCK, { recursive: true, force: true }); // left behind by a killed build
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for another build of the NLP service (${BUILD_LOCK}).`);
    if (!announced) log('Waiting for another build of the NLP service…');
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function lockHolderAlive() {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(BUILD_LOCK, 'pid'), 'utf8'));
  } catch {
    // Just created by a process that has not written its pid yet: alive unless the lock is old.
    try {
      return Date.now() - fs.statSync(BUILD_LOCK).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Bytes under `dir` (flat), counting Maven's partial downloads; files renamed mid-count are skipped. */
function dirBytes(dir) {
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  return names.reduce((sum, name) => sum + (fs.statSync(path.join(dir, name), { throwIfNoEntry: false })?.size ?? 0), 0);
}

function requireTool(command, args, fix) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.once('error', (error) => reject(new Error(`\`${command}\` could not run${error.code === 'ENOENT' ? ` (${command} is not on PATH)` : ''}. ${fix}`)));
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`\`${command} ${args.join(' ')}\` failed. ${fix}`))));
  });
}

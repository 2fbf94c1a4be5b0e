import os from 'node:os';
import { readFileSync } from 'node:fs';

/** What the numbers were measured on, including how busy the machine was (other processes share it). */
export function describeMachine(neo4jVersion: string) {
  const cpus = os.cpus();
  return {
    hostname: os.hostname(),
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((os.freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    neo4j: neo4jVersion,
    os: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Resident set size of a process, in MiB (Linux /proc). */
export function rssMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

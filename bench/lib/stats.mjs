// Small helpers shared by the benchmarks: robust summaries and the machine description.
import { cpus, loadavg, totalmem, platform, release } from 'node:os';

export function summary(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

export function machine() {
  const c = cpus();
  return {
    cpus: c.length,
    cpuModel: c[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    // Other work on the machine competes for the same cores: recorded so a noisy run can be told apart.
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  };
}

export const seconds = (ms) => (ms / 1000).toFixed(2);

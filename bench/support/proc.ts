/**
 * What /proc says about a process: its resident memory, and its CPU time (to say which side of the Bolt socket a
 * benchmark's time goes to). Linux only; NaN elsewhere or once the process has exited.
 */
import { readFileSync } from 'node:fs';

export function rssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return Math.round(Number(line?.replace(/\D+/g, '')) / 1024);
  } catch {
    return Number.NaN; // the process has exited
  }
}

/** /proc reports CPU time in USER_HZ ticks, 100 per second on Linux whatever the kernel's own tick rate. */
const TICKS_PER_SECOND = 100;

/** User plus system CPU seconds the process has used so far, all its threads together. */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name, in parentheses, may hold spaces; the fields after it are space-separated (utime is the 14th)
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

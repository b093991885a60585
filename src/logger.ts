/**
 * The structured logger (pino) on stderr, so stdout stays clean for command output. JSON lines when logs go to
 * a file or a collector; readable lines (pino-pretty) when a person watches a terminal.
 */
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const base = { level, base: { service: 'belagg' } };
  if (options.pretty ?? process.stderr.isTTY)
    return pino(base, pretty({ destination: 2, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,service' }));
  return pino(base, pino.destination(2));
}

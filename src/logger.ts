/** The structured logger (pino), JSON lines on stderr so stdout stays clean for command output. */
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'belagg' } }, pino.destination(2));
}

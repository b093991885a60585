/** Checks an id argument before it reaches the database: a clear BAD_USER_INPUT beats an empty answer. */
import { badInput } from '../errors.js';

export function checkId(id: string, argument = 'id', prefix?: string): string {
  if (id.length === 0 || id.length > 300) throw badInput(`\`${argument}\` must be 1 to 300 characters`, { argument });
  if (prefix && !id.startsWith(`${prefix}/`))
    throw badInput(`\`${argument}\` must be an id of the form ${prefix}/…`, { argument, expected: `${prefix}/…` });
  return id;
}

/** Checks for the analysis filters: dates as YYYY-MM-DD, party abbreviations upper-cased, a topic as an id. */
import { ids } from '../domain/ids.js';
import { badInput } from '../errors.js';

export function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw badInput(`\`${argument}\` must be a date as YYYY-MM-DD`, { argument });
  return value;
}

export function topicId(topic: string | null | undefined): string | null {
  if (!topic) return null;
  return topic.startsWith('topic/') ? topic : ids.topic(topic);
}

export const party = (abbreviation: string | null | undefined) => abbreviation?.toUpperCase() ?? null;

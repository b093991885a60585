import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { connection, decodeCursor, encodeCursor, pageRequest } from '../../src/graphql/pagination.js';

describe('keyset pagination', () => {
  it('round-trips cursors and rejects ones it did not issue', () => {
    const key = 'document/abc|evaluation/igor|motion/huddinge/x';
    expect(decodeCursor(encodeCursor(key))).toBe(key);
    for (const forged of ['', 'abc', Buffer.from('k2:x').toString('base64url'), `${encodeCursor(key)}=`])
      expect(() => decodeCursor(forged)).toThrow(AppError);
  });

  it('asks for one row more than the page to know whether there is a next page', () => {
    expect(pageRequest({ first: 2 }, 100)).toEqual({ first: 2, fetch: 3, after: null });
    const c = connection(['a', 'b', 'c'], (s) => s, pageRequest({ first: 2 }, 100), 7);
    expect(c.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(c.pageInfo.endCursor as string)).toBe('b');
    expect(c.totalCount).toBe(7);
  });

  it('enforces the maximum page size', () => {
    expect(() => pageRequest({ first: 101 }, 100)).toThrow(/between 1 and 100/);
    expect(() => pageRequest({ first: 0 }, 100)).toThrow(AppError);
    expect(pageRequest({}, 100).first).toBe(20);
  });
});

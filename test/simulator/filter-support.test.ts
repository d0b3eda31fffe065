import { describe, expect, it } from 'vitest';
import { filterUses, unsupportedFilter } from '../../src/simulator/metadata/filter-support.js';
import { ArraySource, addResource, emptyModel } from '../../src/simulator/model.js';
import { startSim } from './harness.js';

/**
 * The strict simulator refuses the `$filter` operators Microsoft documents as unsupported on a user property, and
 * those it documents as advanced-query only when the advanced-query parameters are missing — with Graph's own
 * error bodies. Each case names the Learn page that says so.
 */
const USER = 'https://learn.microsoft.com/graph/api/resources/user?view=graph-rest-1.0#properties';
const ADVANCED = 'https://learn.microsoft.com/graph/aad-advanced-queries?tabs=http#user-properties';
const ERRORS = 'https://learn.microsoft.com/graph/aad-advanced-queries?tabs=http#error-handling-for-advanced-queries-on-directory-objects';

const TENANT = '11111111-2222-4333-8444-555555555555';
const auth = { Authorization: 'Bearer test-token' };
const eventual = { ...auth, ConsistencyLevel: 'eventual' };

function model() {
  const m = emptyModel(TENANT);
  const users = Array.from({ length: 12 }, (_, i) => ({
    id: `u${i}`,
    displayName: `User ${i}`,
    userType: i % 3 === 0 ? null : i % 2 ? 'Guest' : 'Member',
    createdDateTime: i % 4 === 0 ? null : `2024-0${1 + (i % 9)}-01T00:00:00Z`,
  }));
  addResource(m, '/users', {
    kind: 'collection',
    items: new ArraySource(users),
    navigations: ['sponsors'],
    selectOnly: ['signInActivity'],
  });
  return m;
}

const INVALID_CREATED = "Unsupported or invalid query filter clause specified for property 'createdDateTime' of resource 'User'.";

describe('strict simulator: $filter operators per user property, as Microsoft documents them', () => {
  // [what, path and query, headers, expected status, expected code or count, Learn page]
  const cases: Array<[string, string, Record<string, string>, number, string | number, string]> = [
    [
      'createdDateTime ge/le with userType eq: default operators',
      "/users?$filter=userType eq 'Guest' and createdDateTime ge 2024-02-01T00:00:00Z and createdDateTime le 2024-06-01T00:00:00Z",
      auth,
      200,
      'ok',
      ADVANCED,
    ],
    ['createdDateTime eq: default', '/users?$filter=createdDateTime eq 2024-02-01T00:00:00Z', auth, 200, 'ok', USER],
    [
      'createdDateTime eq null: no "null values" support documented, refused',
      "/users?$filter=userType eq 'Guest' and createdDateTime eq null",
      auth,
      400,
      INVALID_CREATED,
      USER,
    ],
    [
      'createdDateTime eq null: refused as an advanced query too',
      "/users/$count?$filter=userType eq 'Guest' and createdDateTime eq null",
      eventual,
      400,
      INVALID_CREATED,
      ADVANCED,
    ],
    [
      'createdDateTime lt: not documented for the property',
      '/users?$filter=createdDateTime lt 2024-02-01T00:00:00Z',
      auth,
      400,
      INVALID_CREATED,
      USER,
    ],
    [
      'createdDateTime ne: advanced only',
      '/users?$filter=createdDateTime ne 2024-02-01T00:00:00Z',
      auth,
      400,
      "Operator 'ne' is not supported because the required parameters might be missing.",
      ERRORS,
    ],
    [
      'userType eq null: advanced only',
      '/users?$filter=userType eq null',
      auth,
      400,
      "Operator 'eq' is not supported because the required parameters might be missing.",
      ADVANCED,
    ],
    ['userType eq null as an advanced query: served', '/users/$count?$filter=userType eq null', eventual, 200, 4, ADVANCED],
    [
      '$count segment without ConsistencyLevel: refused with the documented error',
      "/users/$count?$filter=userType eq 'Guest'",
      auth,
      400,
      '$count is not currently supported.',
      ERRORS,
    ],
    ['$count of guests with ConsistencyLevel: eventual', "/users/$count?$filter=userType eq 'Guest'", eventual, 200, 4, ADVANCED],
    [
      '$count of a creation-date range',
      "/users/$count?$filter=userType eq 'Guest' and createdDateTime ge 2024-04-01T00:00:00Z",
      eventual,
      200,
      2,
      ADVANCED,
    ],
  ];

  it.each(cases)('%s', async (_what, url, headers, status, expected, source) => {
    expect(source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    const sim = await startSim({ model: model() });
    const res = await fetch(`${sim.url}/v1.0${url}`, { headers });
    expect(res.status).toBe(status);
    const text = await res.text();
    if (status === 200) {
      if (typeof expected === 'number') expect(Number(text)).toBe(expected);
      return;
    }
    const body = JSON.parse(text) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(
      status === 400 && /count is not/.test(String(expected)) ? 'Request_BadRequest' : 'Request_UnsupportedQuery',
    );
    expect(body.error.message).toContain(String(expected));
  });
});

describe('filter uses', () => {
  it('names each property test with its operator, negations and null tests included', () => {
    expect(filterUses("userType eq 'Guest' and createdDateTime ge 2024-01-01T00:00:00Z and createdDateTime eq null")).toEqual([
      { property: 'userType', operator: 'eq' },
      { property: 'createdDateTime', operator: 'ge' },
      { property: 'createdDateTime', operator: 'eq null' },
    ]);
    expect(filterUses("not(createdDateTime ge 2024-01-01T00:00:00Z) or startsWith(displayName, 'a and b')")).toEqual([
      { property: 'createdDateTime', operator: 'not' },
      { property: 'displayName', operator: 'startsWith' },
    ]);
    expect(filterUses("groupTypes/any(c:c eq 'DynamicMembership')")).toEqual([]);
  });

  it('judges only the properties the documented table lists', () => {
    expect(unsupportedFilter('user', "mail eq 'x'", false)).toBeUndefined();
    expect(unsupportedFilter('group', 'createdDateTime eq null', false)).toBeUndefined();
    expect(unsupportedFilter('user', 'createdDateTime in (2024-01-01T00:00:00Z)', false)).toMatchObject({ kind: 'advanced' });
    expect(unsupportedFilter('user', 'createdDateTime in (2024-01-01T00:00:00Z)', true)).toBeUndefined();
  });
});

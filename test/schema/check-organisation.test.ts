import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkOrganisation, validateReturn, type AuditReturn, type Issue } from '@s11kit/schema';
import { frameworkIds, loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { SeededRandom } from '../helpers/seeded-random.js';

// checkOrganisation is what the audit's task list asks for the organisation task's status, instead
// of checking the whole return: it must say what validateReturn says about those fields.

const NOW = '2026-05-01T11:00:00Z';
const aboutOrganisation = (issue: Issue) => ['organisation', 'respondent', 'cover'].includes(String(issue.path[0]));

describe('checkOrganisation', () => {
  for (const id of frameworkIds) {
    it(`${id}: gives validateReturn's issues about the organisation, respondent and cover sheet`, async () => {
      const framework = await loadFramework(id);
      const random = new SeededRandom(7);
      const sectors = ['', 'not-a-sector', ...framework.sectors.map((s) => s.id)];
      const partnerships = framework.partnerships.map((p) => p.id);
      let withIssues = 0;
      for (const base of generateReturns(framework, { count: 60, seed: 3 })) {
        const value: AuditReturn = {
          ...base,
          organisation: {
            name: random.pick(['', ' ', 'Example Trust']),
            sector: random.pick(sectors),
            partnerships: random.pick([[], partnerships, ['unknown-partnership']]),
          },
          respondent: { name: random.pick(['', 'A Person']), role: random.pick(['', 'Lead']), email: random.pick(['', 'a@example.org', 'not an email']) },
          cover: {
            ...Object.fromEntries(framework.coverSheet.map((field) => [field.id, random.pick(['', 'An answer', 'lead@example.org', '2026-04-30', '2026-02-30'])])),
            ...(random.next() < 0.2 ? { 'not-a-field': 'x' } : {}),
          },
        };
        for (const mode of ['submit', 'draft'] as const) {
          const expected = validateReturn(framework, value, { mode, now: NOW }).issues.filter(aboutOrganisation);
          const found = checkOrganisation(framework, value, { mode, now: NOW });
          assert.deepEqual(found, expected, `${id} ${mode}: ${JSON.stringify({ organisation: value.organisation, respondent: value.respondent, cover: value.cover })}`);
          if (found.length) withIssues++;
        }
      }
      assert.ok(withIssues > 20, 'the cases found problems to compare');
    });
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  alignReturn,
  applicableStandards,
  blankReturn,
  checkOrganisation,
  createReturn,
  responseStatus,
  standardWording,
  validateReturn,
  type AuditReturn,
  type Framework,
} from '@s11kit/schema';
import { frameworkIds, loadFramework, loadFrameworkOutline, outlineOf, type FrameworkOutline } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { SeededRandom } from '../helpers/seeded-random.js';

// <s11-audit> paints its task list from a built-in framework's outline, before the whole framework
// arrives, and works out from it each task's status, a new draft and a restored draft's alignment.
// Every one of those answers must be the whole framework's, for every sector and any answers.

const NOW = '2026-05-01T11:00:00Z';
const SEED = Number(process.env.S11_OUTLINE_SEED ?? 20261113);

/** The outline where the task list reads a framework (as the audit does). */
const asFramework = (outline: FrameworkOutline) => outline as unknown as Framework;

/** Answers of every kind: unrated, each level, blank or filled text, actions with and without their fields. */
function scrambled(framework: Framework, base: AuditReturn, random: SeededRandom): AuditReturn {
  const levels = [null, ...framework.scale.levels.map((level) => level.id)];
  const text = ['', '   ', 'Evidence of impact.', 'x'.repeat(framework.evidenceMaxLength + 1)];
  const responses = base.responses.map((response, i) => ({
    ...response,
    rating: random.pick(levels),
    evidence: random.pick(text),
    explanation: random.pick(['', 'Because.']),
    actions: Array.from({ length: random.below(3) }, (_, j) => ({
      id: `a${i}-${j}`,
      action: random.pick(['', 'Audit files']),
      lead: random.pick(['', 'Head of HR']),
      due: random.pick(['', '2027-03-31', '2020-01-01', '2027-02-30', '2027--']),
      status: random.pick(['not-started', 'in-progress', 'complete'] as const),
      notes: '',
    })),
  }));
  // Answers to standards the sector does not have, and some left out.
  const kept = responses.filter(() => random.next() > 0.1);
  const sector = random.pick(['', ...framework.sectors.map((s) => s.id)]);
  const cover = Object.fromEntries(framework.coverSheet.map((field) => [field.id, random.pick(['', 'An answer', 'lead@example.org', '2026-04-30', '31/04/2026'])]));
  return {
    ...base,
    status: 'draft',
    submittedAt: null,
    organisation: { ...base.organisation, name: random.pick(['', 'Example Trust']), sector },
    respondent: { name: random.pick(['', 'A Person']), role: '', email: random.pick(['', 'a@example.org', 'not an email']) },
    cover,
    responses: kept,
  };
}

describe('framework outlines', () => {
  for (const id of frameworkIds) {
    it(`${id}: the outline module is the framework without its long wording, at well under half the bytes`, async () => {
      const full = await loadFramework(id);
      const outline = await loadFrameworkOutline(id);
      assert.deepEqual(outline, outlineOf(full));
      assert.ok(!JSON.stringify(outline).includes(full.standards[0]!.rationale), 'a rationale is in the outline');
      assert.ok(JSON.stringify(outline).length < JSON.stringify(full).length / 2, 'the outline is not under half the framework');
    });

    it(`${id}: the task list gets the same answers from the outline as from the whole framework`, async () => {
      const full = await loadFramework(id);
      const outline = asFramework(await loadFrameworkOutline(id));
      for (const sector of ['', ...full.sectors.map((s) => s.id)]) {
        const ids = (framework: Framework) => (sector ? applicableStandards(framework, sector) : framework.standards).map((s) => s.id);
        assert.deepEqual(ids(outline), ids(full), `${id} ${sector}: which standards apply`);
        for (const [i, standard] of full.standards.entries()) {
          assert.equal(standardWording(outline.standards[i]!, sector || undefined).title, standardWording(standard, sector || undefined).title);
        }
        const options = { ...(sector ? { sector } : {}), now: NOW };
        assert.deepEqual(blankReturn(outline, options), createReturn(full, options), `${id} ${sector}: a new draft`);
      }
      const random = new SeededRandom(SEED);
      const returns = generateReturns(full, { count: 40, seed: SEED });
      let compared = 0;
      for (const base of returns) {
        const draft = scrambled(full, base, random);
        assert.deepEqual(alignReturn(outline, draft), alignReturn(full, draft));
        assert.deepEqual(checkOrganisation(outline, draft, { now: NOW }), checkOrganisation(full, draft, { now: NOW }));
        const sector = draft.organisation.sector || undefined;
        for (const response of draft.responses) {
          const options = { ...(sector ? { sector } : {}), now: NOW };
          assert.equal(responseStatus(outline, response, options), responseStatus(full, response, options), `${id}: the status of ${JSON.stringify(response).slice(0, 200)}`);
          compared++;
        }
        // Every problem the rules find in what the task list's statuses read (the answers, the
        // organisation), by where and what: the words may name what an outline leaves out, such as
        // an item's title, and the staff survey, which no task shows, is not in an outline.
        const read = new Set(['responses', 'organisation', 'respondent', 'cover']);
        const found = (framework: Framework) =>
          validateReturn(framework, draft, { mode: 'submit', now: NOW })
            .issues.filter((issue) => read.has(String(issue.path[0])))
            .map(({ path, code, severity }) => ({ path, code, severity }));
        assert.deepEqual(found(outline), found(full));
      }
      assert.ok(compared > 200);
    });
  }
});

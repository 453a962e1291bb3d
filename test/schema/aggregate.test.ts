import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { aggregate, createAggregator, normaliseName, type AuditReturn } from '@s11kit/schema';
import { testFramework, validReturn } from '../helpers/fixtures.js';

// The test framework rates on the BRAG scale: blue, green (expected), amber, red, then N/A.
// Comparable scores, worked out by hand: blue 1, green 2/3, amber 1/3, red 0.
// Standards: 1 leadership, 2 safe-recruitment, 3 contracting (statutory sector only).
const framework = testFramework();
type Level = 'blue' | 'green' | 'amber' | 'red' | 'not-applicable';
type Answer = Level | [Level, string];

const LONG_EVIDENCE =
  'The chief executive chairs a safeguarding board every month and reports to the trustees. ' +
  'Every manager has a safeguarding objective, and the annual report shows what changed for children as a result. ' +
  'An independent review in 2025 found leadership of safeguarding to be strong and well understood by front-line staff, ' +
  'and other members of the partnership have since asked to borrow our approach to supervision and learning.';

/** A valid submitted return of the test framework from one agency, with these answers. */
function agency(name: string, sector: 'statutory' | 'education', partnerships: string[], answers: Record<string, Answer>, submittedAt = '2026-05-01T11:00:00Z'): AuditReturn {
  const ret = validReturn(framework);
  ret.organisation = { name, sector, partnerships };
  ret.submittedAt = submittedAt;
  ret.updatedAt = submittedAt;
  ret.responses = Object.entries(answers).map(([standardId, answer], i) => {
    const [rating, due] = typeof answer === 'string' ? [answer, '2026-12-31'] : answer;
    const needsPlan = rating === 'amber' || rating === 'red';
    return {
      standardId,
      rating,
      evidence: rating === 'not-applicable' ? '' : standardId === 'leadership' && rating === 'blue' ? LONG_EVIDENCE : `Evidence from ${name}.`,
      explanation: rating === 'not-applicable' ? 'We commission no services.' : '',
      actions: needsPlan ? [{ id: `a${i + 1}`, action: `Improve ${standardId}`, lead: 'Head of service', due, status: 'not-started' as const, notes: '' }] : [],
    };
  });
  return ret;
}

const northgate = agency('Northgate Trust', 'statutory', ['north'], { leadership: 'blue', 'safe-recruitment': ['amber', '2026-06-15'], contracting: 'not-applicable' });
const eastside = {
  ...agency('Eastside Trust', 'statutory', ['north'], { leadership: 'green', 'safe-recruitment': 'green', contracting: 'green' }),
  framework: { id: 'test-tool', version: '2025.1' },
};
const hilltopFirst = agency('Hilltop School', 'education', ['north', 'south'], { leadership: 'green', 'safe-recruitment': ['amber', '2026-06-10'] });
const southway = agency('Southway Council', 'statutory', ['south'], { leadership: 'green', 'safe-recruitment': ['red', '2026-09-30'], contracting: 'green' });
const brokenRule = agency('Westfield Academy', 'education', ['north'], { leadership: 'amber', 'safe-recruitment': 'green' });
brokenRule.responses[0]!.actions = [];
// The same school, spelt differently and submitted two days later: it replaces the first. It
// also answers contracting, which does not apply to schools: a warning, so the return counts,
// but that answer (and its overdue action) must not.
const hilltopLater = agency(
  '  HILLTOP  school. ',
  'education',
  ['north', 'south'],
  { leadership: ['amber', '2026-07-20'], 'safe-recruitment': 'green', contracting: ['red', '2026-05-20'] },
  '2026-05-03T10:00:00Z',
);
const draft = { ...agency('Draft House', 'statutory', ['north'], { leadership: 'green', 'safe-recruitment': 'green', contracting: 'green' }), status: 'draft' as const };

// Added in this order, so indexes are: 0 Northgate, 1 Eastside, 2 Hilltop, 3 Southway,
// 4 Westfield, 5 Hilltop again, 6 Draft House.
const CURRENT = [northgate, eastside, hilltopFirst, southway, brokenRule, hilltopLater, draft];

const earlier = (name: string, sector: 'statutory' | 'education', answers: Record<string, Answer>) => agency(name, sector, ['north'], answers, '2024-05-01T11:00:00Z');
const PREVIOUS = [
  earlier('Northgate Trust', 'statutory', { leadership: 'green', 'safe-recruitment': ['amber', '2024-09-30'], contracting: 'green' }),
  earlier('Southway Council', 'statutory', { leadership: 'green', 'safe-recruitment': 'green', contracting: ['red', '2024-09-30'] }),
  earlier('Old Mill Nursery', 'education', { leadership: 'green', 'safe-recruitment': 'green' }),
];

const NOW = '2026-07-01T09:00:00Z';
const result = aggregate(framework, CURRENT, { now: NOW, previous: PREVIOUS });
const figures = (list: typeof result.standards, id: string) => list.find((standard) => standard.standardId === id)!;
const close = (actual: number | null, expected: number) => assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} ≈ ${expected}`);

describe('aggregate: a small partnership worked out by hand', () => {
  it('counts valid returns (warnings allowed) and lists the rest with a plain reason', () => {
    assert.equal(result.added, 7);
    assert.equal(result.counted, 4, 'Northgate, Hilltop twice, Southway');
    assert.deepEqual(
      result.rejected.map((r) => [r.index, r.label]),
      [
        [1, 'Eastside Trust'],
        [4, 'Westfield Academy'],
        [6, 'Draft House'],
      ],
    );
    const [otherVersion, failing, draftOne] = result.rejected;
    assert.match(otherVersion!.reason, /made with version “2025\.1” of Test tool, but this is version “2026\.1”/);
    assert.equal(otherVersion!.issues[0]!.code, 'framework_version_mismatch');
    assert.match(failing!.reason, /^Add at least one action for standard 1, Leadership and governance: a rating of Amber needs an action plan$/);
    assert.match(draftOne!.reason, /still a draft/);
    assert.deepEqual(result.translated, []);
  });

  it('keeps the later of two returns from the same agency, matched however the name is typed', () => {
    assert.deepEqual(result.duplicates, [{ key: 'name:hilltop school|education', label: 'HILLTOP  school.', kept: 5, dropped: 2 }]);
    assert.deepEqual(
      result.matrix.agencies.map((a) => [a.name, a.sector, a.partnerships, a.index]),
      [
        ['Northgate Trust', 'statutory', ['north'], 0],
        // The school's row is where its first return put it, in the order agencies appeared.
        ['HILLTOP  school.', 'education', ['north', 'south'], 5],
        ['Southway Council', 'statutory', ['south'], 3],
      ],
    );
  });

  it('fills the matrix with level ids, and null where a standard does not apply to the sector', () => {
    assert.deepEqual(
      result.matrix.standards.map((s) => s.id),
      ['leadership', 'safe-recruitment', 'contracting'],
    );
    assert.deepEqual(result.matrix.cells, [
      ['blue', 'amber', 'not-applicable'],
      ['amber', 'green', null],
      ['green', 'red', 'green'],
    ]);
  });

  it('works out the distribution, counts, score and below-expected of each standard', () => {
    // Leadership: blue (Northgate), green (Southway), amber (Hilltop). Score (1 + 2/3 + 1/3) / 3.
    const leadership = figures(result.standards, 'leadership');
    assert.deepEqual(leadership.distribution, { blue: 1, green: 1, amber: 1, red: 0, 'not-applicable': 0 });
    assert.deepEqual([leadership.agencies, leadership.answered, leadership.unanswered, leadership.notApplicable, leadership.rated], [3, 3, 0, 0, 3]);
    close(leadership.score, 2 / 3);
    assert.equal(leadership.belowExpected, 1);

    // Safe recruitment: amber, red, green. Score (1/3 + 0 + 2/3) / 3.
    const recruitment = figures(result.standards, 'safe-recruitment');
    assert.deepEqual(recruitment.distribution, { blue: 0, green: 1, amber: 1, red: 1, 'not-applicable': 0 });
    close(recruitment.score, 1 / 3);
    assert.equal(recruitment.belowExpected, 2);

    // Contracting applies to the two statutory agencies only: N/A and green. The school's red
    // answer is not counted. N/A is answered but not rated, so the score is green's alone.
    const contracting = figures(result.standards, 'contracting');
    assert.deepEqual(contracting.distribution, { blue: 0, green: 1, amber: 0, red: 0, 'not-applicable': 1 });
    assert.deepEqual([contracting.agencies, contracting.answered, contracting.unanswered, contracting.notApplicable, contracting.rated], [2, 2, 0, 1, 1]);
    close(contracting.score, 2 / 3);
    assert.equal(contracting.belowExpected, 0);
  });

  it('orders areas of concern by agencies below expected, and leaves out standards with none', () => {
    assert.deepEqual(
      result.concerns.map((s) => [s.standardId, s.belowExpected]),
      [
        ['safe-recruitment', 2],
        ['leadership', 1],
      ],
    );
  });

  it('breaks the figures down by sector and by partnership', () => {
    const [statutory, education] = result.bySector;
    assert.deepEqual([statutory!.id, statutory!.label, statutory!.agencies], ['statutory', 'Statutory agencies', 2]);
    close(figures(statutory!.standards, 'leadership').score, (1 + 2 / 3) / 2);
    close(figures(statutory!.standards, 'safe-recruitment').score, (1 / 3 + 0) / 2);
    assert.equal(figures(statutory!.standards, 'safe-recruitment').belowExpected, 2);
    assert.equal(education!.agencies, 1);
    close(figures(education!.standards, 'leadership').score, 1 / 3);
    const educationContracting = figures(education!.standards, 'contracting');
    assert.deepEqual([educationContracting.agencies, educationContracting.score], [0, null]);

    // The school returned to both partnerships and counts in each.
    const [north, south] = result.byPartnership;
    assert.deepEqual([north!.id, north!.label, north!.agencies, south!.agencies], ['north', 'North Partnership', 2, 2]);
    close(figures(north!.standards, 'leadership').score, (1 + 1 / 3) / 2);
    close(figures(north!.standards, 'safe-recruitment').score, (1 / 3 + 2 / 3) / 2);
    const northContracting = figures(north!.standards, 'contracting');
    assert.deepEqual([northContracting.agencies, northContracting.notApplicable, northContracting.score], [1, 1, null]);
    close(figures(south!.standards, 'safe-recruitment').score, (0 + 2 / 3) / 2);
    assert.equal(figures(south!.standards, 'leadership').belowExpected, 1);
  });

  it('quotes good practice from the best level only, cut at a word boundary', () => {
    const leadership = result.goodPractice.find((s) => s.standardId === 'leadership')!;
    assert.equal(leadership.quotes.length, 1);
    const [quote] = leadership.quotes;
    assert.deepEqual([quote!.agency, quote!.level], ['Northgate Trust', 'blue']);
    assert.ok(quote!.text.length <= 301, `${quote!.text.length} characters`);
    assert.ok(quote!.text.endsWith('…'));
    assert.ok(LONG_EVIDENCE.startsWith(quote!.text.slice(0, -1)), 'a prefix of the evidence');
    assert.match(LONG_EVIDENCE.slice(quote!.text.length - 1), /^[\s,.]/, 'cut between words');
    for (const id of ['safe-recruitment', 'contracting']) assert.deepEqual(result.goodPractice.find((s) => s.standardId === id)!.quotes, []);
  });

  it('lists overdue and due-soon actions at now, without those of replaced returns or standards that do not apply', () => {
    // At 1 July 2026: Northgate's (15 June) is overdue; Hilltop's leadership action (20 July) is
    // due within 30 days; Southway's (30 September) is neither. The first Hilltop return's
    // action (10 June) was replaced, and the later one's contracting action does not count.
    assert.deepEqual(
      result.actions.items.map((a) => [a.agency, a.standardId, a.due, a.overdue, a.dueSoon]),
      [
        ['Northgate Trust', 'safe-recruitment', '2026-06-15', true, false],
        ['HILLTOP  school.', 'leadership', '2026-07-20', false, true],
      ],
    );
    assert.deepEqual([result.actions.overdue, result.actions.dueSoon, result.actions.notListed], [1, 1, 0]);
    assert.equal(result.actions.items[1]!.standardTitle, 'Leadership and governance', 'in the sector’s wording');
    // With room for one, the replaced Hilltop action (10 June) first pushes Northgate's out,
    // then is taken out: Northgate's must still be the one listed.
    const capped = aggregate(framework, CURRENT, { now: NOW, actionLimit: 1 });
    assert.deepEqual(
      capped.actions.items.map((a) => a.due),
      ['2026-06-15'],
    );
    assert.equal(capped.actions.notListed, 1);
  });

  it('compares each agency and standard with the earlier cycle', () => {
    const comparison = result.comparison!;
    assert.deepEqual(comparison.changes, [
      ['improved', 'same', 'not-rated'], // Northgate: green → blue, amber → amber, green → N/A
      ['new', 'new', 'not-rated'], //        Hilltop: no earlier return; contracting does not apply
      ['same', 'worse', 'improved'], //      Southway: green → green, green → red, red → green
    ]);
    assert.deepEqual(
      comparison.standards.map(({ standardId, improved, same, worse, new: added, notRated }) => [standardId, improved, same, worse, added, notRated]),
      [
        ['leadership', 1, 1, 0, 1, 0],
        ['safe-recruitment', 0, 1, 1, 1, 0],
        ['contracting', 1, 0, 0, 0, 2],
      ],
    );
    assert.deepEqual(
      comparison.notReturned.map((a) => a.name),
      ['Old Mill Nursery'],
    );
    assert.deepEqual([comparison.previous.counted, comparison.previous.agencies, comparison.previous.rejected.length], [3, 3, 0]);
  });

  it('has no comparison without an earlier cycle', () => {
    assert.equal(aggregate(framework, CURRENT, { now: NOW }).comparison, undefined);
  });
});

describe('createAggregator', () => {
  it('counts a return translate maps, lists it, and checks the translation like any return', () => {
    const toThisVersion = (value: unknown, issues: readonly { code: string }[]) =>
      issues[0]?.code === 'framework_version_mismatch' ? { ...(value as AuditReturn), framework: { id: 'test-tool', version: '2026.1' } } : undefined;
    const translated = aggregate(framework, CURRENT, { now: NOW, translate: toThisVersion });
    assert.equal(translated.counted, 5);
    assert.deepEqual(translated.translated, [{ index: 1, label: 'Eastside Trust' }]);
    assert.equal(translated.matrix.agencies.length, 4);
    assert.deepEqual(
      translated.rejected.map((r) => r.index),
      [4, 6],
    );

    const broken = aggregate(framework, [eastside], { translate: () => ({ ...northgate, status: 'submitted', responses: [] }) });
    assert.match(broken.rejected[0]!.reason, /^Its translation is not valid either: Select a rating for standard 1/);
    const throwing = aggregate(framework, [eastside], {
      translate: () => {
        throw new Error('no mapping for 2025.1');
      },
    });
    assert.equal(throwing.rejected[0]!.reason, 'It could not be translated: no mapping for 2025.1');
  });

  it('records values of the wrong shape and unreadable files, never throwing', () => {
    const aggregator = createAggregator(framework, { now: NOW });
    for (const value of [null, 'text', [], { organisation: { name: 'Shapeless Ltd' } }, { ...northgate, responses: 'none' }]) aggregator.add(value);
    aggregator.addUnreadable('not valid JSON: Unexpected end of JSON input');
    aggregator.add(northgate);
    const { rejected, counted, added } = aggregator.result();
    assert.deepEqual([added, counted, rejected.length], [7, 1, 6]);
    assert.deepEqual(
      rejected.map((r) => r.label),
      [undefined, undefined, undefined, 'Shapeless Ltd', 'Northgate Trust', undefined],
    );
    for (const r of rejected) assert.ok(r.reason.length > 10 && !r.reason.includes('\n'), r.reason);
    assert.equal(rejected[5]!.reason, 'not valid JSON: Unexpected end of JSON input');
  });

  it('takes the earlier cycle one return at a time too', () => {
    const aggregator = createAggregator(framework, { now: NOW });
    for (const value of CURRENT) aggregator.add(value);
    for (const value of PREVIOUS) aggregator.addPrevious(value);
    aggregator.addUnreadable('cannot read the file', 'previous');
    const { comparison } = aggregator.result();
    assert.deepEqual(comparison!.changes, result.comparison!.changes);
    assert.deepEqual(
      comparison!.previous.rejected.map((r) => r.reason),
      ['cannot read the file'],
    );
  });

  it('matches agencies with a key of the caller’s choosing', () => {
    const byName = aggregate(framework, [northgate, { ...southway, organisation: { ...southway.organisation, name: 'Northgate Trust' } }], {
      agencyKey: (ret) => ret.organisation.partnerships.join(),
    });
    assert.equal(byName.matrix.agencies.length, 2, 'different partnerships, so different agencies');
  });

  it('gives the same figures, quotes and actions whatever order the returns come in', async () => {
    const portsmouth = await loadFramework('portsmouth-compact');
    const returns = [...generateReturns(portsmouth, { count: 120, seed: 3 })];
    const shuffled = [...returns].reverse();
    const a = aggregate(portsmouth, returns, { now: '2026-12-01', quotesPerStandard: 2, actionLimit: 20 });
    const b = aggregate(portsmouth, shuffled, { now: '2026-12-01', quotesPerStandard: 2, actionLimit: 20 });
    assert.deepEqual(b.standards, a.standards);
    assert.deepEqual(b.bySector, a.bySector);
    assert.deepEqual(b.goodPractice, a.goodPractice);
    assert.deepEqual(b.actions, a.actions);
    assert.ok(a.actions.notListed > 0 && a.goodPractice.every((s) => s.quotes.length === 2));
  });
});

describe('normaliseName', () => {
  it('ignores case, spacing, punctuation and & for matching agencies', () => {
    assert.equal(normaliseName("  St. Mary's C of E School "), normaliseName('st marys c of e  school'));
    assert.equal(normaliseName('Smith & Sons'), normaliseName('Smith and Sons'));
    assert.equal(normaliseName('Harbourside Health-Trust'), normaliseName('harbourside health trust'));
    assert.notEqual(normaliseName('North School'), normaliseName('South School'));
    // Beyond ASCII: full-width letters, curly apostrophes and non-breaking spaces.
    assert.equal(normaliseName('Ｓｔ Ｍａｒｙ’ｓ\u00a0School'), 'st marys school');
    assert.equal(normaliseName('Ysgol Gymraeg Ffordd — Las'), normaliseName('ysgol gymraeg ffordd las'));
    // Plain ASCII takes a quicker path than other names: both must agree.
    assert.equal(normaliseName('Smith&Sons (Trading) Ltd.'), 'smith and sons trading ltd');
    assert.equal(normaliseName('Ｓｍｉｔｈ＆Ｓｏｎｓ (Trading) Ltd.'), 'smith and sons trading ltd');
    assert.equal(normaliseName(' -/Hill_top\\ '), 'hill top');
  });
});

describe('aggregate with stored: true (returns validated when they were stored)', () => {
  const valid = [northgate, hilltopFirst, southway, hilltopLater];

  it('gives the same figures as checking every return', () => {
    const checked = aggregate(framework, valid, { now: NOW });
    const stored = aggregate(framework, valid, { now: NOW, stored: true });
    assert.deepEqual(stored.standards, checked.standards);
    assert.deepEqual(stored.matrix, checked.matrix);
    assert.deepEqual(stored.concerns, checked.concerns);
  });

  it('still refuses drafts, other versions and values that are not returns, with a reason', () => {
    const stored = aggregate(framework, [northgate, eastside, draft, 'not a return'], { now: NOW, stored: true });
    assert.equal(stored.counted, 1);
    assert.deepEqual(
      stored.rejected.map((r) => r.reason),
      ['It was made with test-tool 2025.1, not test-tool 2026.1', 'It is still a draft: only submitted returns are counted', 'It is not an audit return'],
    );
  });
});

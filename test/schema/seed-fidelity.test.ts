import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import {
  aggregate,
  alignReturn,
  applicableItems,
  applicableStandards,
  boardReport,
  builtInScales,
  createReturn,
  rolledUpRating,
  standardWording,
  validateReturn,
  withRolledUpRating,
  type AuditReturn,
  type Framework,
} from '@s11kit/schema';
import { assertOk, codes } from '../helpers/issues.js';

// Each point of the domain model against what the seed documents say (see ../shared/seeds/).
const NOW = '2026-05-01T11:00:00Z';
const portsmouth = await loadFramework('portsmouth-compact');
const buckinghamshire = await loadFramework('buckinghamshire-s11');
const cityHackney = await loadFramework('city-hackney-s11');
const isleOfWight = await loadFramework('isle-of-wight-vcs');

/** A submitted return where every standard (and item) that applies is rated `rating`, with nothing else filled in. */
function ratedReturn(framework: Framework, sector: string, rating: string, name = 'Example Organisation'): AuditReturn {
  const ret = createReturn(framework, { organisation: name, sector, partnerships: [framework.partnerships[0]!.id], now: NOW });
  ret.respondent = { name: 'A Person', role: 'Lead', email: 'lead@example.org' };
  for (const field of framework.coverSheet) ret.cover[field.id] = field.type === 'email' ? 'someone@example.org' : field.type === 'date' ? '2026-04-01' : 'Answer';
  ret.responses = ret.responses.map((response) => {
    const standard = framework.standards.find((s) => s.id === response.standardId)!;
    const items = response.items?.map((item) => ({ ...item, rating }));
    return withRolledUpRating(framework, standard, { ...response, rating, ...(items ? { items } : {}) }, sector);
  });
  ret.status = 'submitted';
  ret.submittedAt = NOW;
  return ret;
}

/** The same, with evidence for every standard. */
function withEvidence(ret: AuditReturn): AuditReturn {
  return { ...ret, responses: ret.responses.map((r) => ({ ...r, evidence: `What we did for ${r.standardId} and what changed for children.` })) };
}

describe('evidence where the seeds expect it', () => {
  it('each built-in scale asks for the evidence its seed asks for', () => {
    const requires = (id: string) => Object.fromEntries(builtInScales[id]!.levels.map((level) => [level.id, level.requires]));
    // Portsmouth: demonstrating compliance means showing the evidence; the lower two need a plan.
    assert.deepEqual(requires('four-point'), { outstanding: ['evidence'], good: ['evidence'], 'requires-improvement': ['action'], inadequate: ['action'] });
    // Buckinghamshire: evidence of impact in every area (Blue is defined by it); SMART actions for Amber and Red.
    assert.deepEqual(requires('brag'), {
      blue: ['evidence'],
      green: ['evidence'],
      amber: ['evidence', 'action'],
      red: ['evidence', 'action'],
      'not-applicable': ['explanation'],
    });
    // City and Hackney: evidence for fully met; a plan with a lead and timescale otherwise.
    assert.deepEqual(requires('met'), { 'fully-met': ['evidence'], 'partly-met': ['action'], 'not-met': ['action'] });
  });

  it('an all-Green or all-Blue Buckinghamshire return with no evidence is not valid; with evidence it is', () => {
    for (const rating of ['green', 'blue']) {
      const bare = ratedReturn(buckinghamshire, 'health', rating);
      const result = validateReturn(buckinghamshire, bare, { now: NOW });
      assert.equal(result.ok, false);
      const evidence = result.issues.filter((issue) => issue.code === 'evidence_required');
      assert.equal(evidence.length, applicableStandards(buckinghamshire, 'health').length);
      assert.match(evidence[0]!.message, new RegExp(`^Enter evidence of impact for standard 1, .+: a rating of ${rating === 'green' ? 'Green' : 'Blue'} needs it$`));
      assertOk(validateReturn(buckinghamshire, withEvidence(bare), { now: NOW }));
    }
  });

  it('a Portsmouth return rated Good throughout needs evidence for each standard', () => {
    const bare = ratedReturn(portsmouth, 'statutory', 'good');
    assert.deepEqual([...new Set(codes(validateReturn(portsmouth, bare, { now: NOW })))], ['evidence_required']);
    assertOk(validateReturn(portsmouth, withEvidence(bare), { now: NOW }));
  });
});

describe('items within a standard', () => {
  it('City and Hackney rates the elements of every key feature, some for statutory agencies only', () => {
    for (const standard of cityHackney.standards) assert.ok(applicableItems(standard, 'voluntary').length >= 2, standard.id);
    const accountability = cityHackney.standards.find((s) => s.id === 'line-of-accountability')!;
    const statutoryOnly = accountability.items!.filter((item) => item.sectors?.length === 1 && item.sectors[0] === 'statutory');
    assert.ok(statutoryOnly.length >= 2, 'elements only for statutory agencies');
    assert.ok(applicableItems(accountability, 'statutory').length > applicableItems(accountability, 'voluntary').length);
    assert.equal(accountability.rollUp ?? 'worst-item', 'worst-item');
  });

  it('a standard that rolls up takes the worst rating of its items, leaving out not applicable', () => {
    const training = cityHackney.standards.find((s) => s.id === 'safeguarding-training')!;
    const items = applicableItems(training, 'statutory').map((item, n) => ({ itemId: item.id, rating: n === 1 ? 'partly-met' : 'fully-met', explanation: '' }));
    assert.equal(rolledUpRating(cityHackney, training, items, 'statutory'), 'partly-met');
    assert.equal(
      rolledUpRating(
        cityHackney,
        training,
        items.map((item) => ({ ...item, rating: 'fully-met' })),
        'statutory',
      ),
      'fully-met',
    );
    assert.equal(rolledUpRating(cityHackney, training, [{ ...items[0]!, rating: null }, ...items.slice(1)], 'statutory'), null, 'not all rated yet');
  });

  it('validation asks for every item that applies, and for the rating its items give', () => {
    const ret = withEvidence(ratedReturn(cityHackney, 'statutory', 'fully-met'));
    assertOk(validateReturn(cityHackney, ret, { now: NOW }));
    const accountability = ret.responses.findIndex((r) => r.standardId === 'line-of-accountability');
    const unrated = structuredClone(ret);
    unrated.responses[accountability]!.items![0]!.rating = null;
    const missing = validateReturn(cityHackney, unrated, { now: NOW });
    assert.deepEqual(codes(missing), ['item_rating_required']);
    assert.deepEqual(missing.issues[0]!.path, ['responses', accountability, 'items', 0, 'rating']);
    assert.equal(missing.issues[0]!.standardId, 'line-of-accountability');
    assert.match(missing.issues[0]!.message, /^Select a rating for “.+” in standard 3, /);

    const partly = structuredClone(ret);
    partly.responses[accountability]!.items![1]!.rating = 'partly-met';
    const mismatch = validateReturn(cityHackney, partly, { now: NOW });
    assert.deepEqual(codes(mismatch), ['rating_not_rolled_up', 'action_required']);
    assert.match(mismatch.issues[0]!.message, /must be Partly met, the worst rating of its items, not Fully met: set it to “partly-met”/);
    assert.match(mismatch.issues[1]!.message, /an item rated Partly met needs an action plan$/);
  });

  it('a voluntary organisation is not asked the statutory-only elements, and an answer to one is kept but not counted', () => {
    const ret = withEvidence(ratedReturn(cityHackney, 'voluntary', 'fully-met'));
    assertOk(validateReturn(cityHackney, ret, { now: NOW }));
    const accountability = ret.responses.find((r) => r.standardId === 'line-of-accountability')!;
    const statutoryItem = cityHackney.standards
      .find((s) => s.id === 'line-of-accountability')!
      .items!.find((item) => item.sectors?.includes('statutory') && !item.sectors.includes('voluntary'))!;
    assert.ok(!accountability.items!.some((item) => item.itemId === statutoryItem.id));
    accountability.items!.push({ itemId: statutoryItem.id, rating: 'not-met', explanation: '' });
    const result = validateReturn(cityHackney, ret, { now: NOW });
    assert.ok(result.ok);
    assert.deepEqual(codes(result), ['item_not_applicable']);
  });

  it('Buckinghamshire’s board-priority questions are items of their own, answered and reported on their own', () => {
    const ids = buckinghamshire.standards.flatMap((s) => (s.items ?? []).map((item) => item.id));
    assert.deepEqual(ids.sort(), ['child-sexual-exploitation', 'early-help-and-thresholds', 'equality-diversity-and-cultural-awareness', 'female-genital-mutilation', 'prevent']);
    const practice = buckinghamshire.standards.find((s) => s.items?.length)!;
    assert.equal(practice.rollUp, 'none', 'the area is still rated on its own');
    assert.match(practice.items!.find((item) => item.id === 'early-help-and-thresholds')!.title, /Outcome Star.*Graded Care Profile|Graded Care Profile.*Outcome Star/);

    const first = withEvidence(ratedReturn(buckinghamshire, 'health', 'green', 'First Trust'));
    const second = withEvidence(ratedReturn(buckinghamshire, 'voluntary', 'green', 'Second Group'));
    const p = second.responses.findIndex((r) => r.standardId === practice.id);
    second.responses[p]!.items!.find((item) => item.itemId === 'prevent')!.rating = 'red';
    second.responses[p]!.actions = [{ id: 'a1', action: 'Prevent training for all staff', lead: 'Chair', due: '2026-09-30', status: 'not-started', notes: '' }];
    assertOk(validateReturn(buckinghamshire, second, { now: NOW }));
    const result = aggregate(buckinghamshire, [first, second], { now: NOW });
    assert.equal(result.counted, 2);
    const prevent = result.items.find((item) => item.itemId === 'prevent')!;
    assert.equal(prevent.standardId, practice.id);
    assert.equal(prevent.rated, 2);
    assert.deepEqual(prevent.distribution, { blue: 0, green: 1, amber: 0, red: 1, 'not-applicable': 0 });
    assert.equal(prevent.belowExpected, 1);
    assert.equal(prevent.atOrAboveExpected, 0.5);
    // The area itself is rated on its own: both agencies rated it Green.
    assert.equal(result.standards.find((s) => s.standardId === practice.id)!.atOrAboveExpected, 1);
    const report = boardReport(buckinghamshire, result);
    assert.match(report, /<h2 id="items" class="new-page">Items within standards<\/h2>/);
    assert.match(report, /<th scope="row">Prevent: you have due regard[^<]*<\/th>\s*<td class="number"><strong>50%<\/strong><\/td>/);
  });

  it('the Isle of Wight checklist is a list of items, and each part of it rolls up from its lines', () => {
    for (const standard of isleOfWight.standards) {
      assert.ok((standard.items?.length ?? 0) >= 3, standard.id);
      assert.equal(standard.rollUp ?? 'worst-item', 'worst-item');
    }
    const ret = createReturn(isleOfWight, { sector: 'faith', now: NOW });
    const policy = isleOfWight.standards.find((s) => s.id === 'safeguarding-policy')!;
    const faithLines = ret.responses.find((r) => r.standardId === policy.id)!.items!.map((item) => item.itemId);
    const clubLines = createReturn(isleOfWight, { sector: 'sports-leisure', now: NOW })
      .responses.find((r) => r.standardId === policy.id)!
      .items!.map((item) => item.itemId);
    assert.notDeepEqual(faithLines, clubLines, 'faith groups answer their own lines about the policy');
  });
});

describe('sector wording and the sectors the seeds name', () => {
  it('a childminder is not prompted for board minutes or contract clauses', () => {
    for (const standard of portsmouth.standards) {
      const prompts = standardWording(standard, 'early-years').evidencePrompts.join(' ');
      assert.doesNotMatch(prompts, /\bboard\b|contract clauses|business plan/i, `standard ${standard.number}`);
    }
    const first = portsmouth.standards[0]!;
    assert.notDeepEqual(standardWording(first, 'early-years').evidencePrompts, first.evidencePrompts);
    assert.deepEqual(standardWording(first, 'statutory').evidencePrompts, first.evidencePrompts);
  });

  it('Portsmouth names sports and leisure providers, voluntary groups and commissioned services as sectors of their own', () => {
    const ids = portsmouth.sectors.map((s) => s.id);
    for (const id of ['sports-leisure', 'voluntary', 'commissioned']) assert.ok(ids.includes(id), id);
    const club = withEvidence(ratedReturn(portsmouth, 'sports-leisure', 'good', 'Harbour Swimming Club'));
    const trust = withEvidence(ratedReturn(portsmouth, 'statutory', 'good', 'Harbour Trust'));
    assertOk(validateReturn(portsmouth, club, { now: NOW }));
    const result = aggregate(portsmouth, [club, trust], { now: NOW });
    const bySector = Object.fromEntries(result.bySector.map((group) => [group.id, group.agencies]));
    assert.equal(bySector['sports-leisure'], 1);
    assert.equal(bySector.statutory, 1, 'the club no longer files as a statutory agency');
  });

  it('Buckinghamshire area 6 is answered by every sector, and a voluntary group’s N/A is counted', () => {
    const contracting = buckinghamshire.standards.find((s) => s.number === 6)!;
    assert.equal(contracting.sectors, undefined);
    const group = withEvidence(ratedReturn(buckinghamshire, 'voluntary', 'green', 'Village Youth Group'));
    const six = group.responses.find((r) => r.standardId === contracting.id)!;
    Object.assign(six, { rating: 'not-applicable', evidence: '', explanation: 'We do not contract with anyone to work with children.' });
    assertOk(validateReturn(buckinghamshire, group, { now: NOW }));
    const figures = aggregate(buckinghamshire, [group], { now: NOW }).standards.find((s) => s.standardId === contracting.id)!;
    assert.equal(figures.agencies, 1);
    assert.equal(figures.notApplicable, 1);
  });
});

describe('moving a 2026.1 draft to the new model', () => {
  it('alignReturn keeps every answer and adds an unrated answer for each item a standard now has', () => {
    const old = createReturn(cityHackney, { organisation: 'Old Draft', sector: 'statutory', now: NOW });
    old.framework.version = '2026.1';
    for (const response of old.responses) {
      delete response.items;
      Object.assign(response, { rating: 'partly-met', evidence: `Written in 2026.1 for ${response.standardId}.` });
    }
    const { value, setAside } = alignReturn(cityHackney, old);
    assert.deepEqual(setAside, []);
    assert.equal(value.framework.version, '2026.2');
    for (const response of value.responses) {
      const standard = cityHackney.standards.find((s) => s.id === response.standardId)!;
      assert.deepEqual(
        response.items!.map((item) => item.itemId),
        applicableItems(standard, 'statutory').map((item) => item.id),
      );
      assert.ok(response.items!.every((item) => item.rating === null));
      assert.equal(response.evidence, `Written in 2026.1 for ${response.standardId}.`);
      assert.equal(response.rating, 'partly-met', 'the person’s rating stays until the items are rated');
    }
    assertOk(validateReturn(cityHackney, value, { mode: 'draft' }));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import {
  aggregate,
  agencyKeys,
  boardReport,
  createReturn,
  signStatement,
  statementOfCompliance,
  validateReturn,
  withRolledUpRating,
  type AuditReturn,
  type Framework,
} from '@s11kit/schema';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';
import { assertOk } from '../helpers/issues.js';

const framework = testFramework();

/** The test framework's valid return, for another organisation. */
function from(name: string, change: (ret: AuditReturn) => void = () => {}): AuditReturn {
  const ret = validReturn(framework);
  ret.organisation.name = name;
  change(ret);
  return ret;
}

/** Every standard (and item) of a built-in framework rated at its expected level, with evidence. */
function allExpected(f: Framework, sector: string, name: string): AuditReturn {
  const ret = createReturn(f, { organisation: name, sector, partnerships: [f.partnerships[0]!.id], now: NOW });
  ret.respondent = { name: 'A Person', role: 'Lead', email: 'lead@example.org' };
  for (const field of f.coverSheet) ret.cover[field.id] = field.type === 'email' ? 'a@example.org' : field.type === 'date' ? '2026-04-01' : 'Answer';
  const expected = f.scale.expected;
  ret.responses = ret.responses.map((response) => {
    const standard = f.standards.find((s) => s.id === response.standardId)!;
    const items = response.items?.map((item) => ({ ...item, rating: expected }));
    return withRolledUpRating(f, standard, { ...response, rating: expected, evidence: 'What we do and what it changes.', ...(items ? { items } : {}) }, sector);
  });
  ret.status = 'submitted';
  ret.submittedAt = NOW;
  return ret;
}

describe('figures that mean what they say', () => {
  it('a fully compliant partnership reads 100% at or above the expected level on every built-in scale', async () => {
    for (const [id, sector] of [
      ['portsmouth-compact', 'statutory'],
      ['buckinghamshire-s11', 'health'],
      ['city-hackney-s11', 'statutory'],
      ['isle-of-wight-vcs', 'voluntary'],
    ] as const) {
      const f = await loadFramework(id);
      const returns = [allExpected(f, sector, 'First Agency'), allExpected(f, sector, 'Second Agency')];
      for (const ret of returns) assertOk(validateReturn(f, ret, { now: NOW }));
      const result = aggregate(f, returns, { now: NOW });
      assert.equal(result.counted, 2, id);
      for (const standard of result.standards) {
        assert.equal(standard.atOrAboveExpected, 1, `${id} ${standard.standardId}`);
        assert.equal(standard.belowExpected, 0);
      }
      // The old comparable score still puts "expected" below 1 on scales with a level above it.
      if (id === 'portsmouth-compact') assert.ok(result.standards[0]!.score! < 0.7);
      const report = boardReport(f, result);
      assert.match(report, /<dt>Ratings at (Good|Green|Fully met|In place) or better<\/dt><dd>100%<\/dd>/);
      assert.match(report, /<th scope="col" class="number">At or above (Good|Green|Fully met|In place)<\/th>/);
      assert.doesNotMatch(report, />67%</, 'no figure that reads as two thirds compliant');
    }
  });
});

describe('per-partnership figures', () => {
  it('aggregate(..., { partnership }) counts only the returns sent to it and says how many others there were', () => {
    const north = from('Northgate Trust', (ret) => (ret.organisation.partnerships = ['north']));
    const both = from('Middleton Trust', (ret) => (ret.organisation.partnerships = ['north', 'south']));
    const south = from('Southway Trust', (ret) => (ret.organisation.partnerships = ['south']));
    const result = aggregate(framework, [north, both, south], { now: NOW, partnership: 'south' });
    assert.equal(result.partnership, 'south');
    assert.deepEqual(
      result.matrix.agencies.map((a) => a.name),
      ['Middleton Trust', 'Southway Trust'],
    );
    assert.equal(result.counted, 2);
    assert.equal(result.forOtherPartnerships, 1);
    assert.deepEqual(
      result.byPartnership.map((g) => [g.id, g.agencies]),
      [['south', 2]],
    );
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(result.issues, []);
    const report = boardReport(framework, result);
    assert.match(report, /South Partnership/);
    assert.match(report, /1 return was for other partnerships and is not counted here/);
    assert.doesNotMatch(report, /Northgate/);
    assert.equal(aggregate(framework, [north, both, south], { now: NOW }).forOtherPartnerships, 0);
  });
});

describe('agencies are identified by identifier when the return has one', () => {
  it('a renamed agency still matches its previous cycle by identifier', () => {
    const before = from('Solent Example Community Trust', (ret) => (ret.organisation.identifiers = [{ scheme: 'ods', id: 'RX1' }]));
    const after = from('Solent Example Community and Mental Health Trust', (ret) => (ret.organisation.identifiers = [{ scheme: 'ods', id: 'rx 1' }]));
    const result = aggregate(framework, [after], { now: NOW, previous: [before] });
    assert.deepEqual(result.comparison!.notReturned, []);
    assert.deepEqual(result.comparison!.changes[0], ['same', 'same', 'not-rated'], 'standard 3 is N/A in both');
  });

  it('names alone never merge loosely, and two bodies with one name but different identifiers stay apart', () => {
    const community = from('Solent Example Community Trust');
    const nhs = from('Solent Example NHS Trust');
    assert.notDeepEqual(agencyKeys(community), agencyKeys(nhs));
    assert.equal(aggregate(framework, [community, nhs], { now: NOW }).matrix.agencies.length, 2);
    const first = from('St Mary’s School', (ret) => (ret.organisation.identifiers = [{ scheme: 'urn', id: '100001' }]));
    const second = from('St Mary’s School', (ret) => (ret.organisation.identifiers = [{ scheme: 'urn', id: '100002' }]));
    assert.equal(aggregate(framework, [first, second], { now: NOW }).matrix.agencies.length, 2);
    // Without identifiers, the same name and sector is the same agency, as before.
    assert.equal(aggregate(framework, [from('St Mary’s School'), from('St Marys School ')], { now: NOW }).duplicates.length, 1);
  });

  it('any identifier two returns share is a match, and the agency keeps every key it was known by', () => {
    const a = from('Hill Charity', (ret) => (ret.organisation.identifiers = [{ scheme: 'charity', id: '1234567' }]));
    const b = from('Hill Charity Ltd', (ret) => {
      ret.organisation.identifiers = [
        { scheme: 'company', id: '07654321' },
        { scheme: 'charity', id: '1234567' },
      ];
      ret.submittedAt = '2026-05-02T11:00:00Z';
    });
    const result = aggregate(framework, [a, b], { now: NOW });
    assert.equal(result.matrix.agencies.length, 1);
    assert.deepEqual(result.matrix.agencies[0]!.keys, ['charity:1234567', 'company:07654321']);
  });
});

describe('statements of compliance and the staff survey in the figures', () => {
  it('statements are counted by the aggregator, standard by standard, and shown in the report', async () => {
    const hackney = await loadFramework('city-hackney-s11');
    const [yearOne] = [...generateReturns(hackney, { count: 1, seed: 3 })];
    const current = structuredClone(yearOne!);
    current.cycle.year = 2;
    const moved = current.responses.find((r) => r.rating === 'fully-met')!;
    moved.rating = 'partly-met';
    for (const item of moved.items ?? []) item.rating = 'partly-met';
    moved.actions = [{ id: 'a9', action: 'Bring it back up', lead: 'Lead', due: '2026-12-01', status: 'not-started', notes: '' }];
    const signed = statementOfCompliance(hackney, yearOne!, current, { name: 'A Leader', role: 'Chief executive' }, { now: NOW });
    assertOk(signed);
    if (!signed.ok) return;
    const withStatement = signStatement(current, signed.value);
    assertOk(validateReturn(hackney, withStatement, { now: NOW }));
    const result = aggregate(hackney, [withStatement], { now: NOW });
    assert.equal(result.statements.agencies, 1);
    const standard = result.statements.standards.find((s) => s.standardId === moved.standardId)!;
    assert.deepEqual([standard.movedUp, standard.movedDown], [0, 1]);
    const report = boardReport(hackney, result);
    assert.match(report, /<h2 id="statements"[^>]*>Statements of compliance<\/h2>/);
    assert.match(report, /1 agency signed a statement of compliance/);
  });

  it('staff agreement sits beside the self-rating, and a standard rated met that staff do not bear out is a gap', async () => {
    const hackney = await loadFramework('city-hackney-s11');
    const confident = allExpected(hackney, 'statutory', 'Confident Trust');
    const answers = (agree: number) => hackney.staffSurvey!.questions.map((q) => ({ questionId: q.id, agree, disagree: 100 - agree, notSure: 0 }));
    confident.staffSurvey = { respondents: 100, answers: answers(90) };
    const doubtful = allExpected(hackney, 'statutory', 'Doubtful Trust');
    doubtful.staffSurvey = { respondents: 100, answers: answers(40) };
    for (const ret of [confident, doubtful]) assertOk(validateReturn(hackney, ret, { now: NOW }));
    const result = aggregate(hackney, [confident, doubtful], { now: NOW });
    const survey = result.staffSurvey!;
    assert.equal(survey.agencies, 2);
    assert.equal(survey.expectedAgreement, 75);
    for (const standard of survey.standards) {
      assert.equal(standard.selfAtOrAboveExpected, 1);
      assert.ok(Math.abs(standard.staffAgreement! - 0.65) < 1e-6);
      assert.equal(standard.gaps, 1);
    }
    assert.deepEqual([...new Set(survey.gaps.map((gap) => gap.agency))], ['Doubtful Trust']);
    assert.equal(survey.gaps[0]!.agreement, 0.4);
    const report = boardReport(hackney, result);
    assert.match(report, /<h2 id="staff-survey"[^>]*>Staff survey<\/h2>/);
    assert.match(report, /Doubtful Trust/);
  });

  it('a survey answer the framework does not ask, or counts over the number who answered, is an issue', async () => {
    const hackney = await loadFramework('city-hackney-s11');
    const ret = allExpected(hackney, 'statutory', 'Counting Trust');
    ret.staffSurvey = {
      respondents: 10,
      answers: [
        { questionId: 'know-who-to-ask', agree: 9, disagree: 3, notSure: 0 },
        { questionId: 'likes-lunch', agree: 1, disagree: 0, notSure: 0 },
      ],
    };
    const result = validateReturn(hackney, ret, { now: NOW });
    assert.deepEqual(
      result.issues.map((i) => i.code),
      ['survey_counts_invalid', 'unknown_survey_question'],
    );
    assert.equal(
      result.issues[0]!.message,
      'The answers to the survey question “know-who-to-ask” add up to 12, more than the 10 staff who answered the survey: correct the counts',
    );
    assert.deepEqual(
      validateReturn(framework, { ...validReturn(framework), staffSurvey: { respondents: 1, answers: [] } }, { now: NOW }).issues.map((i) => i.code),
      ['survey_not_in_framework'],
    );
  });
});

describe('good-practice quotes', () => {
  it('leave out evidence the agency flagged as not for quotation', () => {
    const quoted = from('Quotable Trust', (ret) => Object.assign(ret.responses[0]!, { rating: 'blue', evidence: 'Our chief executive chairs the safeguarding board.' }));
    const private_ = from('Private Trust', (ret) => Object.assign(ret.responses[0]!, { rating: 'blue', evidence: 'A case that must not be quoted.', notForQuotation: true }));
    assertOk(validateReturn(framework, private_, { now: NOW }));
    const result = aggregate(framework, [quoted, private_], { now: NOW });
    assert.deepEqual(
      result.goodPractice[0]!.quotes.map((q) => q.agency),
      ['Quotable Trust'],
    );
    assert.doesNotMatch(boardReport(framework, result), /must not be quoted/);
  });
});

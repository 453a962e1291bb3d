import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import { checkStatement, signStatement, statementOfCompliance, validateReturn, type AuditReturn, type StatementOfCompliance } from '@s11kit/schema';
import { assertOk, codes } from '../helpers/issues.js';
import { sampleReturn } from '../helpers/samples.js';

const framework = await loadFramework('city-hackney-s11');
const SIGNER = { name: 'Morgan Reyes', role: 'Director of Children’s Services' };
const NOW = '2027-05-10T09:00:00Z';

// Year 1 of the youth justice sample rates standard 3 Partly met, standard 5 Fully met and
// standard 8 Not met. In year 2 standard 3 has improved, standard 8 has improved in part, and
// standard 5 has slipped.
const yearOne = () => sampleReturn('city-hackney-s11', 'valid-youth-justice-service');
function yearTwo(): AuditReturn {
  const ret = yearOne();
  ret.cycle.year = 2;
  ret.status = 'draft';
  ret.submittedAt = null;
  // Each key feature is rated from its elements: rate them all the same.
  const rate = (id: string, rating: string) => {
    const response = ret.responses.find((r) => r.standardId === id)!;
    response.rating = rating;
    for (const item of response.items ?? []) item.rating = rating;
  };
  rate('line-of-accountability', 'fully-met');
  rate('information-sharing', 'partly-met');
  rate('safeguarding-training', 'partly-met');
  ret.responses.find((r) => r.standardId === 'safeguarding-training')!.actions = [
    { id: 'a5', action: 'Bring refresher training back above 90%', lead: 'Training Manager', due: '2027-09-30', status: 'not-started', notes: '' },
  ];
  return ret;
}

function statement(): StatementOfCompliance {
  const result = statementOfCompliance(framework, yearOne(), yearTwo(), SIGNER, { now: NOW });
  assert.ok(result.ok, result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

describe('statementOfCompliance', () => {
  it('names every standard whose rating changed since year 1, in framework order, and how', () => {
    const entry = statement();
    const evidence = (id: string) => yearTwo().responses.find((r) => r.standardId === id)!.evidence;
    // A standard rated higher now comes with its evidence, by default the current return's.
    assert.deepEqual(entry.changedStandards, [
      { standardId: 'line-of-accountability', from: 'partly-met', to: 'fully-met', evidence: evidence('line-of-accountability') },
      { standardId: 'safeguarding-training', from: 'fully-met', to: 'partly-met' },
      { standardId: 'information-sharing', from: 'not-met', to: 'partly-met', evidence: evidence('information-sharing') },
    ]);
    assert.deepEqual([entry.kind, entry.at, entry.signedBy], ['statement-of-compliance', '2027-05-10T09:00:00.000Z', SIGNER]);
    assert.equal(
      entry.statement,
      'On behalf of Eastway Youth Justice Service (example), I confirm that the standards of Section 11 safeguarding audit tool are still met as they were rated in our 2026 self-assessment, ' +
        'except that the ratings of these standards have changed since then: ' +
        'standard 3, A clear line of accountability for work on safeguarding and promoting the welfare of children, from Partly met to Fully met; ' +
        'standard 5, Safeguarding training for all staff working with or in contact with children and families, from Fully met to Partly met; ' +
        'standard 8, Information sharing, from Not met to Partly met.',
    );
  });

  it('says so when nothing changed, and takes the partnership’s own words when given', () => {
    const same = statementOfCompliance(framework, yearOne(), yearOne(), SIGNER, { now: NOW });
    assertOk(same);
    if (!same.ok) return;
    assert.deepEqual(same.value.changedStandards, []);
    assert.match(same.value.statement, /self-assessment\. No rating has changed since then\.$/);
    const own = statementOfCompliance(framework, yearOne(), yearOne(), SIGNER, { now: NOW, statement: 'We still comply.' });
    assert.equal(own.ok && own.value.statement, 'We still comply.');
  });

  it('refuses to build a statement nobody has signed', () => {
    const result = statementOfCompliance(framework, yearOne(), yearTwo(), { name: ' ', role: '' }, { now: NOW });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((i) => [i.path, i.code, i.message]),
      [
        [['signedBy', 'name'], 'signer_name_required', 'Enter the name of the person signing the statement of compliance'],
        [['signedBy', 'role'], 'signer_role_required', 'Enter the role of the person signing the statement of compliance, such as Chief executive'],
      ],
    );
  });

  it('signStatement appends the entry to a new return, which validates', () => {
    const current = yearTwo();
    const before = structuredClone(current);
    const signed = signStatement(current, statement());
    assert.deepEqual(current, before);
    assert.equal(signed.history!.length, 1);
    assert.equal(signed.updatedAt, '2027-05-10T09:00:00.000Z');
    assertOk(validateReturn(framework, signed));
    const again = signStatement(signed, { ...statement(), at: '2027-06-01T09:00:00.000Z' });
    assert.deepEqual(
      again.history!.map((h) => h.at),
      ['2027-05-10T09:00:00.000Z', '2027-06-01T09:00:00.000Z'],
    );
  });
});

describe('checkStatement', () => {
  it('accepts the statement built from the two returns', () => {
    assert.deepEqual(checkStatement(framework, yearOne(), yearTwo(), statement()), []);
  });

  it('reports a change left out, a change that did not happen and a change misdescribed', () => {
    const entry = statement();
    entry.changedStandards = [
      { standardId: 'senior-leadership-commitment', from: 'fully-met', to: 'partly-met' },
      { standardId: 'line-of-accountability', from: 'not-met', to: 'fully-met', evidence: 'New reporting lines.' },
      { standardId: 'information-sharing', from: 'not-met', to: 'partly-met', evidence: 'A new policy.' },
    ];
    assert.deepEqual(
      checkStatement(framework, yearOne(), yearTwo(), entry).map((i) => [i.code, i.path, i.message]),
      [
        [
          'statement_change_unexpected',
          ['changedStandards', 0],
          "The statement of compliance says the rating of standard 1, Senior leadership commitment to the importance of safeguarding and promoting children's welfare changed, but it is Fully met in both the year 1 return and now: remove it from the list",
        ],
        [
          'statement_change_incorrect',
          ['changedStandards', 1],
          'The statement of compliance says the rating of standard 3, A clear line of accountability for work on safeguarding and promoting the welfare of children changed from Not met to Fully met, but it changed from Partly met to Fully met: correct it',
        ],
        [
          'statement_change_missing',
          ['changedStandards'],
          'The statement of compliance does not list standard 5, Safeguarding training for all staff working with or in contact with children and families, whose rating changed from Fully met to Partly met since the year 1 return: add it',
        ],
      ],
    );
  });

  it('reports unknown standards and levels, and returns of another framework', () => {
    const entry = statement();
    entry.changedStandards.push({ standardId: 'online-safety', from: null, to: 'fully-met' }, { standardId: 'information-sharing', from: 'amber', to: 'partly-met' });
    assert.deepEqual(codes({ ok: false, issues: checkStatement(framework, yearOne(), yearTwo(), entry) }), ['unknown_standard', 'statement_change_unexpected']);
    const other = sampleReturn('portsmouth-compact', 'valid-school');
    assert.deepEqual(codes({ ok: false, issues: checkStatement(framework, other, yearTwo(), statement()) }), ['framework_mismatch']);
  });
});

describe('validateReturn: statements in the history', () => {
  it('needs a signer, and changes that name real standards and levels', () => {
    const entry = statement();
    entry.signedBy = { name: '', role: 'Director' };
    entry.changedStandards[0] = { standardId: 'line-of-accountability', from: 'partly-met', to: 'green' };
    const signed = signStatement(yearTwo(), entry);
    const result = validateReturn(framework, signed);
    assert.deepEqual(
      result.issues.map((i) => [i.code, i.path]),
      [
        ['signer_name_required', ['history', 0, 'signedBy', 'name']],
        ['unknown_rating', ['history', 0, 'changedStandards', 0, 'to']],
      ],
    );
    assert.equal(
      result.issues[1]!.message,
      'The statement of compliance gives standard 3, A clear line of accountability for work on safeguarding and promoting the welfare of children a rating “green” that is not on the scale: use Fully met, Partly met or Not met',
    );
  });

  it('describes a history entry of the wrong shape in words', () => {
    const signed: any = signStatement(yearTwo(), statement());
    signed.history[0].signedBy.role = 7;
    assert.deepEqual(
      validateReturn(framework, signed).issues.map((i) => i.message),
      ['The signer’s role in entry 1 of the history of the return must be text, not a whole number'],
    );
  });
});

describe('statements of compliance: evidence up, a plan down, the current return checked', () => {
  it('a standard moved up needs its evidence in the statement', () => {
    const entry = statement();
    entry.changedStandards[0] = { ...entry.changedStandards[0]!, evidence: '  ' };
    const issues = checkStatement(framework, yearOne(), yearTwo(), entry);
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['statement_evidence_required', ['changedStandards', 0, 'evidence']]],
    );
    assert.equal(
      issues[0]!.message,
      'Give the evidence that standard 3, A clear line of accountability for work on safeguarding and promoting the welfare of children is now Fully met: it was Partly met in the year 1 return',
    );
    // The same inside a return's history.
    assert.deepEqual(codes(validateReturn(framework, signStatement(yearTwo(), entry))), ['statement_evidence_required']);
    // Evidence can be given for the statement instead of taken from the return.
    const given = statementOfCompliance(framework, yearOne(), yearTwo(), SIGNER, { now: NOW, evidence: { 'line-of-accountability': 'Our new safeguarding board.' } });
    assert.ok(given.ok && given.value.changedStandards[0]!.evidence === 'Our new safeguarding board.');
  });

  it('a standard moved down needs an action plan in the current return', () => {
    const current = yearTwo();
    current.responses.find((r) => r.standardId === 'safeguarding-training')!.actions = [];
    const entry = statement();
    const issues = checkStatement(framework, yearOne(), current, entry);
    const plan = issues.find((i) => i.code === 'statement_action_required')!;
    assert.deepEqual(plan.path, ['changedStandards', 1]);
    assert.equal(plan.standardId, 'safeguarding-training');
    assert.equal(
      plan.message,
      'Add an action plan for standard 5, Safeguarding training for all staff working with or in contact with children and families to the return: the statement of compliance says it is now Partly met, lower than the Fully met of the year 1 return',
    );
    assert.ok(codes(validateReturn(framework, signStatement(current, entry))).includes('statement_action_required'));
  });

  it('checkStatement validates the current return too, with paths from its root', () => {
    const current = yearTwo();
    current.responses[0]!.rating = 'Green';
    const issues = checkStatement(framework, yearOne(), current, statement());
    const own = issues.filter((i) => i.path[0] === 'responses');
    assert.equal(own.length, 1);
    assert.deepEqual(own[0]!.path, ['responses', 0, 'rating']);
    assert.equal(own[0]!.standardId, 'senior-leadership-commitment');
  });
});

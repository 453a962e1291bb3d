import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ACTION_STATUSES, createReturn, issueTarget, levelStandings, returnIdentity, scoreBand, validateReturn, type Issue } from '@s11kit/schema';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';
import { assertOk, codes } from '../helpers/issues.js';

// What an integrator writing returns from another system runs into.
const framework = testFramework();
const require = createRequire(import.meta.url);
const returnSchema = JSON.parse(readFileSync(require.resolve('@s11kit/schema/json-schema/audit-return.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validateJson = ajv.compile(returnSchema);

/** The valid return as JSON, with the fields an integrator may leave out left out. */
function sparseReturn(): Record<string, any> {
  const ret: any = JSON.parse(JSON.stringify(validReturn(framework)));
  const [leadership, recruitment, contracting] = ret.responses;
  delete leadership.explanation;
  delete leadership.actions;
  delete recruitment.explanation;
  delete recruitment.actions[0].notes;
  delete contracting.evidence;
  delete contracting.actions;
  return ret;
}

describe('optional fields may be left out of a return', () => {
  it('explanation, notes, empty actions and evidence the rating does not need: valid, and read as empty', () => {
    const input = sparseReturn();
    const result = validateReturn(framework, input, { now: NOW });
    assertOk(result);
    if (!result.ok) return;
    const [leadership, recruitment, contracting] = result.value.responses;
    assert.equal(leadership!.explanation, '');
    assert.deepEqual(leadership!.actions, []);
    assert.equal(recruitment!.actions[0]!.notes, '');
    assert.equal(contracting!.evidence, '');
    assert.deepEqual(contracting!.actions, []);
    // Each defaulted list is the return's own, not one shared by every return.
    const again = validateReturn(framework, sparseReturn(), { now: NOW });
    assert.ok(again.ok && again.value.responses[0]!.actions !== leadership!.actions);
  });

  it('the JSON Schema accepts the same return, and says what each left-out field defaults to', () => {
    assert.equal(validateJson(sparseReturn()), true, ajv.errorsText(validateJson.errors));
    const response = returnSchema.$defs.Response;
    assert.deepEqual(response.required, ['standardId', 'rating']);
    assert.equal(response.properties.evidence.default, '');
    assert.deepEqual(response.properties.actions.default, []);
    assert.deepEqual(returnSchema.$defs.Action.required, ['id', 'action', 'lead', 'due', 'status']);
  });

  it('evidence a rating needs is still asked for when it is left out', () => {
    const input = sparseReturn();
    delete input.responses[0].evidence;
    const result = validateReturn(framework, input, { now: NOW });
    assert.deepEqual(codes(result), ['evidence_required']);
    assert.equal((result.issues[0] as Issue).message, 'Enter evidence of impact for standard 1, Leadership: a rating of Green needs it');
    const draft = validateReturn(framework, { ...input, status: 'draft', submittedAt: null });
    assertOk(draft);
  });

  it('createReturn still writes every field, so the elements and stored drafts stay complete', () => {
    const ret = createReturn(framework, { sector: 'statutory', now: NOW });
    for (const response of ret.responses) assert.deepEqual(Object.keys(response), ['standardId', 'rating', 'evidence', 'explanation', 'actions']);
  });
});

describe('issues an integrator can act on', () => {
  it('every issue inside responses[k] names the standard, structural ones included', () => {
    const ret: any = JSON.parse(JSON.stringify(validReturn(framework)));
    ret.responses[0].rating = 7;
    ret.responses[1].actions[0].due = 'soon';
    ret.responses[2].extra = true;
    ret.responses.push({ standardId: 'made-up', rating: null });
    const structural = validateReturn(framework, ret, { now: NOW });
    assert.deepEqual(
      structural.issues.map((issue) => issue.standardId),
      ['leadership', 'safe-recruitment', 'contracting'],
    );
    const unknown = validateReturn(
      framework,
      {
        ...ret,
        responses: [...validReturn(framework).responses, { standardId: 'made-up', rating: null, actions: [{ id: 'a1', action: '', lead: '', due: '', status: 'not-started' }] }],
      },
      { now: NOW },
    );
    assert.deepEqual(
      unknown.issues.map((issue) => [issue.code, issue.standardId]),
      [
        ['unknown_standard', 'made-up'],
        ['action_empty', 'made-up'],
      ],
    );
    assert.match(unknown.issues[0]!.message, /correct the id \(use “leadership” \(standard 1\), “safe-recruitment” \(standard 2\) or “contracting” \(standard 3\)\)/);
  });

  it('a label where an id belongs says which id: a level, a sector, a partnership', () => {
    const ret: any = JSON.parse(JSON.stringify(validReturn(framework)));
    ret.responses[0].rating = 'Green';
    ret.organisation.sector = 'Statutory agencies';
    ret.organisation.partnerships = ['North Partnership'];
    const messages = validateReturn(framework, ret, { now: NOW }).issues.map((issue) => issue.message);
    assert.deepEqual(messages, [
      'Your organisation’s sector must be a sector id, not “Statutory agencies”: use its id “statutory”',
      'Partnership 1 of this return must be a partnership id, not “North Partnership”: use its id “north”',
      'The rating for standard 1, Leadership must be the id of a level of the scale, not “Green”: use its id “green”',
    ]);
    ret.organisation.sector = 'health';
    ret.organisation.partnerships = ['north'];
    ret.responses[0].rating = 'green';
    const unknown = validateReturn(framework, ret, { now: NOW });
    assert.equal(
      unknown.issues[0]!.message,
      'Select your organisation’s sector from the list: “health” is not a sector of Test tool; use “statutory” (Statutory agencies) or “education” (Education settings)',
    );
  });

  it('the new parts of a return are named in words too: items, identifiers, survey answers', () => {
    const ret: any = JSON.parse(JSON.stringify(validReturn(framework)));
    ret.responses[0].items = [{ itemId: 'x', rating: 5 }];
    ret.organisation.identifiers = [{ scheme: 'nhs', id: '1' }];
    ret.staffSurvey = { respondents: 1, answers: [{ questionId: 'q', agree: -1, disagree: 0 }] };
    assert.deepEqual(
      validateReturn(framework, ret, { now: NOW }).issues.map((issue) => issue.message),
      [
        'The scheme of identifier 1 of your organisation must be “ods”, “urn”, “ofsted-urn”, “charity”, “company” or “local”',
        'The rating of item 1 of the answer for standard 1, Leadership must be text, not a whole number',
        'The agree count of survey answer 1 must be 0 or more',
      ],
    );
  });

  it('plural fields read as plural', () => {
    const ret: any = JSON.parse(JSON.stringify(validReturn(framework)));
    delete ret.organisation.partnerships;
    ret.history = [{ kind: 'statement-of-compliance', at: NOW, signedBy: { name: 'A', role: 'B' }, statement: 'Met.' }];
    assert.deepEqual(
      validateReturn(framework, ret, { now: NOW }).issues.map((issue) => issue.message),
      ['The partnerships this return is for are missing: add them', 'The changed standards of entry 1 of the history of the return are missing: add them'],
    );
  });
});

describe('createReturn checks its options', () => {
  it('an object for the organisation, a label for the sector, junk elsewhere: one clear error naming each', () => {
    assert.throws(
      () =>
        createReturn(framework, { organisation: { name: 'Acme' } as never, sector: 'Statutory agencies', partnerships: 'north' as never, cycleYear: 9, colour: 'red' } as never),
      (error: Error) => {
        assert.ok(error instanceof TypeError);
        assert.equal(
          error.message,
          'createReturn: there is no option “colour”: use “organisation”, “sector”, “partnerships”, “identifiers”, “respondent”, “cycleStart”, “cycleYear” or “now”; ' +
            'the option “organisation” (the organisation’s name) must be text, not an object; ' +
            'the option “sector” must be a sector id, not “Statutory agencies”: use its id “statutory”; ' +
            'the option “partnerships” must be a list, not text; ' +
            'the option “cycleYear” must be 5 or less',
        );
        return true;
      },
    );
    assert.throws(() => createReturn(framework, { respondent: { name: 'A', phone: '1' } as never }), /the option “respondent” has a field “phone” that does not belong there/);
    assert.throws(
      () => createReturn(framework, { sector: 'health' }),
      /“health” is not a sector of Test tool; use “statutory” \(Statutory agencies\) or “education” \(Education settings\)/,
    );
    assert.throws(() => createReturn(framework, { partnerships: ['east'] }), /“east” is not a partnership that uses Test tool/);
    assert.throws(() => createReturn(framework, { now: 'tomorrow' }), /the option “now” must be a date/);
  });

  it('sound options still make a complete draft, identifiers included', () => {
    const ret = createReturn(framework, {
      organisation: 'Acme Trust',
      sector: 'statutory',
      partnerships: ['north'],
      identifiers: [{ scheme: 'charity', id: '1234567' }],
      now: NOW,
    });
    assert.deepEqual(ret.organisation, { name: 'Acme Trust', sector: 'statutory', partnerships: ['north'], identifiers: [{ scheme: 'charity', id: '1234567' }] });
    assertOk(validateReturn(framework, ret, { mode: 'draft' }));
  });
});

describe('what the elements decode, published zod-free', () => {
  it('issueTarget says the page, standard, field and action of an issue', () => {
    const ret: any = JSON.parse(JSON.stringify(validReturn(framework)));
    ret.responses[1].actions[0].lead = '';
    ret.respondent.email = 'nope';
    ret.cover['senior-lead'] = '';
    ret.responses[0].evidence = '';
    const targets = validateReturn(framework, ret, { now: NOW }).issues.map(issueTarget);
    assert.deepEqual(targets, [
      { area: 'respondent', field: 'email' },
      { area: 'cover', field: 'senior-lead' },
      { area: 'standard', standardId: 'leadership', responseIndex: 0, field: 'evidence' },
      { area: 'standard', standardId: 'safe-recruitment', responseIndex: 1, field: 'actions', actionIndex: 0, actionField: 'lead' },
    ]);
    assert.deepEqual(issueTarget({ path: ['organisation', 'identifiers', 1, 'scheme'] }), {
      area: 'organisation',
      field: 'identifiers',
      identifierIndex: 1,
      identifierField: 'scheme',
    });
    assert.deepEqual(issueTarget({ path: ['organisation', 'identifiers'] }), { area: 'organisation', field: 'identifiers' });
    assert.deepEqual(issueTarget({ path: ['responses'], standardId: 'contracting' }), { area: 'standard', standardId: 'contracting', field: 'rating' });
    assert.deepEqual(issueTarget({ path: ['responses', 2, 'items', 1, 'explanation'], standardId: 'contracting' }), {
      area: 'standard',
      standardId: 'contracting',
      responseIndex: 2,
      field: 'items',
      itemIndex: 1,
      itemField: 'explanation',
    });
    assert.deepEqual(issueTarget({ path: ['organisation', 'partnerships', 0] }), { area: 'organisation', field: 'partnerships' });
    assert.deepEqual(issueTarget({ path: ['history', 0, 'signedBy', 'name'] }), { area: 'history', historyIndex: 0 });
    assert.deepEqual(issueTarget({ path: [] }), { area: 'return' });
  });

  it('ACTION_STATUSES, the heatmap band rule and a return identity', () => {
    assert.deepEqual([...ACTION_STATUSES], ['not-started', 'in-progress', 'complete']);
    const standings = levelStandings(framework.scale);
    // BRAG: blue 1, green 2/3, amber 1/3, red 0; halfway goes to the lower level.
    assert.equal(scoreBand(standings, 0.9)!.id, 'blue');
    assert.equal(scoreBand(standings, 0.5)!.id, 'amber');
    assert.equal(scoreBand(standings, 0.6)!.id, 'green');
    assert.equal(scoreBand(standings, null), undefined);
    const ret = validReturn(framework);
    const later = { ...structuredClone(ret), updatedAt: '2026-06-01T09:00:00Z', respondent: { ...ret.respondent, name: 'Someone else' } };
    assert.equal(returnIdentity(later), returnIdentity(ret));
    assert.notEqual(returnIdentity({ ...ret, cycle: { start: 2026, year: 2 } }), returnIdentity(ret));
    assert.notEqual(returnIdentity({ ...ret, organisation: { ...ret.organisation, name: 'Other Trust' } }), returnIdentity(ret));
  });

  it('none of them pulls in zod, so the elements can use them in the CDN bundle', () => {
    const dist = new URL('../../packages/schema/dist/', import.meta.url);
    const seen = new Set<string>();
    const walk = (file: URL): void => {
      if (seen.has(file.href)) return;
      seen.add(file.href);
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /from ['"]zod/, `${file.pathname} imports zod`);
      for (const [, spec] of text.matchAll(/(?:import|export)[^'"]*from ['"](\.[^'"]+)['"]/g)) walk(new URL(spec!, file));
    };
    for (const module of ['issues/issue-target.js', 'models/vocabulary.js', 'scales/level-standings.js', 'aggregate/agency-key.js', 'framework/items.js'])
      walk(new URL(module, dist));
    assert.ok(seen.size >= 5);
  });
});

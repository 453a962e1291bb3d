import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as z from 'zod/mini';
import { loadFramework, frameworkIds } from '@s11kit/frameworks';
import { boardReport, challengeFigures, createAggregator, parseFramework, ReturnEventSchema, signOffRequired, signOffRoles, type ReturnEvent } from '@s11kit/schema';
import { testFrameworkData } from '../helpers/fixtures.js';
import { codes } from '../helpers/issues.js';

const require = createRequire(import.meta.url);
const data = () => structuredClone(testFrameworkData) as Record<string, any>;
const sectorsOf = (framework: Record<string, any>) => (framework.sectors as { id: string }[]).map((sector) => sector.id);

describe('Framework.signOff', () => {
  it('is set on Buckinghamshire only: its cover sheet names the board member the return is made for', async () => {
    for (const id of frameworkIds) {
      const framework = await loadFramework(id);
      assert.equal(framework.signOff !== undefined, id === 'buckinghamshire-s11', id);
    }
    const bucks = await loadFramework('buckinghamshire-s11');
    assert.equal(signOffRequired(bucks, 'statutory'), true);
    assert.deepEqual(
      signOffRoles(bucks, 'police').map((role) => role.label),
      ['Board member'],
    );
    assert.deepEqual(
      signOffRoles(bucks, 'education').map((role) => role.label),
      ['Head teacher', 'Chair of governors'],
    );
    assert.equal(signOffRequired(await loadFramework('portsmouth-compact'), 'statutory'), false);
  });

  it('checks its roles: unique ids, sectors the framework has, and a role for every sector', () => {
    const framework = data();
    const [first, second] = sectorsOf(framework);
    framework.signOff = {
      required: true,
      roles: [
        { id: 'chief-executive', label: 'Chief executive', sectors: [first] },
        { id: 'chief-executive', label: 'Again', sectors: ['nowhere'] },
      ],
    };
    const result = parseFramework(framework);
    assert.equal(result.ok, false);
    assert.deepEqual(codes(result), [
      'duplicate_id',
      'unknown_reference',
      ...sectorsOf(framework)
        .slice(1)
        .map(() => 'too_few'),
    ]);
    assert.match(result.issues[1]!.message, /names a sector “nowhere” that the framework does not list/);
    assert.ok(result.issues.some((issue) => issue.message.includes(`No sign-off role applies to the sector “${second}”`)));
    framework.signOff = { required: true, roles: [] };
    assert.equal(parseFramework(framework).ok, false);
    framework.signOff = { required: false, roles: [{ id: 'leader', label: 'Organisation leader' }] };
    assert.equal(parseFramework(framework).ok, true);
  });

  it('is in the framework JSON Schema, which the built-in frameworks still pass', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    const schema = JSON.parse(readFileSync(require.resolve('@s11kit/schema/json-schema/framework.schema.json'), 'utf8'));
    assert.ok(schema.$defs.SignOff && schema.$defs.SignOffRole);
    const validate = ajv.compile(schema);
    const bucks = JSON.parse(readFileSync(require.resolve('@s11kit/frameworks/data/buckinghamshire-s11.json'), 'utf8'));
    assert.equal(validate(bucks), true, ajv.errorsText(validate.errors));
    assert.equal(validate({ ...bucks, signOff: { required: 'yes', roles: [] } }), false);
  });
});

const at = '2026-05-02T10:00:00.000Z';
const staff = { kind: 'staff', staffId: 'staff-1', name: 'Ana Lyst' } as const;
const step = (seq: number, agencyId: string, rest: Record<string, unknown>) =>
  ({ id: `e${agencyId}${seq}`, seq, at, campaignId: 'c1', agencyId, actor: staff, ...rest }) as ReturnEvent;

describe('ReturnEvent and challenge figures', () => {
  it('accepts every kind of step and refuses an unknown kind or a missing field, in zod and in its JSON Schema', () => {
    const events = [
      step(1, 'a', {
        kind: 'sign-off-requested',
        actor: { kind: 'agency', name: 'Agency A' },
        requestId: 'r1',
        signer: { name: 'Dana', role: 'Board member', email: 'dana@a.example' },
        revision: 3,
      }),
      step(2, 'a', { kind: 'signed-off', actor: { kind: 'signer', name: 'Dana', role: 'Board member' }, requestId: 'r1', revision: 3, roleId: 'board-member' }),
      step(3, 'a', { kind: 'return-submitted', actor: { kind: 'agency', name: 'Agency A' }, version: 1, reference: 'S11-AAAA-BBBB', signOffRequestId: 'r1' }),
      step(4, 'a', { kind: 'review-selected', method: 'random', reason: 'Verification visit' }),
      step(5, 'a', { kind: 'challenge-raised', challengeId: 'ch1', standardId: 'safe-recruitment', actionId: null, text: 'Evidence?', version: 1 }),
      step(6, 'a', { kind: 'reminder-sent', channel: 'email', to: 'x@a.example', state: 'draft' }),
      step(7, 'a', { kind: 'year-two-opened', actor: { kind: 'cli', login: 'admin' }, yearOneCampaignId: 'c0', from: 'S11-AAAA-BBBB' }),
      step(8, 'a', { kind: 'year-two-chosen', actor: { kind: 'agency', name: 'Agency A' }, choice: 'statement', was: null }),
      step(9, 'a', {
        kind: 'action-updated',
        standardId: 'safe-recruitment',
        actionId: 'a1',
        changes: [
          { kind: 'progress', note: 'Booked', status: 'in-progress' },
          { kind: 'revise-due', due: '2027-09-30', reason: 'Trainer ill' },
          { kind: 'complete', evidence: 'Register' },
        ],
        revision: 2,
      }),
      step(10, 'a', {
        kind: 'statement-signed',
        actor: { kind: 'agency', name: 'Agency A' },
        reference: 'S11-CCCC-DDDD',
        statement: {
          kind: 'statement-of-compliance',
          at,
          signedBy: { name: 'Rowan', role: 'Chief executive' },
          statement: 'Still met',
          changedStandards: [{ standardId: 'safe-recruitment', from: 'partly-met', to: 'fully-met', evidence: 'Audit' }],
        },
      }),
      step(11, 'a', { kind: 'translation-made', actor: { kind: 'collector' }, from: 'S11-AAAA-BBBB', fromCampaignId: 'c9', mapping: 'a--b', needsAnswer: ['safe-recruitment'] }),
      step(12, 'a', { kind: 'translation-refreshed', actor: { kind: 'collector' }, from: 'S11-EEEE-FFFF', fromCampaignId: 'c9', mapping: 'a--b', needsAnswer: [] }),
      step(13, 'a', { kind: 'translation-completed', actor: { kind: 'agency', name: 'Agency A' }, reference: 'S11-GGGG-HHHH' }),
    ];
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(require.resolve('@s11kit/schema/json-schema/return-event.schema.json'), 'utf8')));
    for (const event of events) {
      assert.ok(z.safeParse(ReturnEventSchema, event).success, event.kind);
      assert.equal(validate(event), true, `${event.kind}: ${ajv.errorsText(validate.errors)}`);
    }
    for (const bad of [
      { ...events[4], kind: 'challenge-edited' },
      { ...events[4], text: undefined },
      { ...events[3], extra: 1 },
      // An actor says who: an agency by its name, an administrator by a login, the collector by nothing else.
      { ...events[2], actor: { kind: 'agency' } },
      { ...events[6], actor: { kind: 'cli', name: 'admin' } },
      { ...events[10], actor: { kind: 'collector', name: 'x' } },
      // Each year-2 kind has its own shape.
      { ...events[7], choice: 'skip' },
      { ...events[8], changes: [{ kind: 'rename', note: 'x' }] },
      { ...events[8], changes: [] },
      { ...events[9], statement: { ...(events[9] as { statement: object }).statement, signedBy: undefined } },
      { ...events[10], needsAnswer: undefined },
    ]) {
      assert.equal(z.safeParse(ReturnEventSchema, bad).success, false);
      assert.equal(validate(JSON.parse(JSON.stringify(bad))), false);
    }
  });

  it('counts challenges by state, and a rating as changed when the latest version rates it differently from the one challenged', async () => {
    const framework = await loadFramework('portsmouth-compact');
    const [s1, s2] = framework.standards;
    const events = [
      step(1, 'a', { kind: 'review-selected', method: 'chosen', reason: 'Intelligence' }),
      step(2, 'a', { kind: 'challenge-raised', challengeId: 'c1', standardId: s1!.id, actionId: null, text: 'Evidence?', version: 1 }),
      step(3, 'a', { kind: 'challenge-answered', actor: { kind: 'agency', name: 'Agency A' }, challengeId: 'c1', text: 'Rated lower', version: 2 }),
      step(4, 'a', { kind: 'challenge-accepted', challengeId: 'c1', version: 2 }),
      // A second challenge on the same standard counts the rating once.
      step(5, 'a', { kind: 'challenge-raised', challengeId: 'c2', standardId: s1!.id, actionId: 'a1', text: 'Who leads it?', version: 2 }),
      step(1, 'b', { kind: 'challenge-raised', challengeId: 'c3', standardId: s2!.id, actionId: null, text: 'Evidence?', version: 1 }),
      step(2, 'b', { kind: 'challenge-answered', actor: { kind: 'agency', name: 'Agency A' }, challengeId: 'c3', text: 'Here it is', version: 1 }),
    ];
    const ratings: Record<string, Record<number, Record<string, string>>> = {
      a: { 1: { [s1!.id]: 'good' }, 2: { [s1!.id]: 'requires-improvement' } },
      b: { 1: { [s2!.id]: 'good' } },
    };
    const latest: Record<string, number> = { a: 2, b: 1 };
    const figures = challengeFigures(framework, events, (agency, version, standard) => ratings[agency]?.[version === 'latest' ? latest[agency]! : version]?.[standard]);
    assert.deepEqual(
      { ...figures, standards: figures.standards.map((s) => [s.standardId, s.challenged, s.changed]) },
      {
        reviewed: 1,
        challenges: 3,
        awaitingAgency: 1,
        awaitingStaff: 1,
        accepted: 1,
        ratingsChallenged: 2,
        ratingsChanged: 1,
        standards: [
          [s1!.id, 1, 1],
          [s2!.id, 1, 0],
        ],
      },
    );
    const report = boardReport(framework, createAggregator(framework).result(), { challenges: figures });
    assert.match(report, /<h2 id="challenges" class="new-page">Challenge and feedback<\/h2>/);
    assert.match(report, /2 ratings were challenged; 1 has been changed by the agency since/);
    assert.doesNotMatch(boardReport(framework, createAggregator(framework).result()), /Challenge and feedback/);
  });
});

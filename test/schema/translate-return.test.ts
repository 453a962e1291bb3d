import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework, loadMapping, mappingIds } from '@s11kit/frameworks';
import {
  createReturn,
  fourPointScale,
  parseFramework,
  standardName,
  translateReturn,
  validateReturn,
  type AuditReturn,
  type Framework,
  type FrameworkMapping,
} from '@s11kit/schema';
import { assertOk, codes } from '../helpers/issues.js';
import { samples, sampleReturn } from '../helpers/samples.js';
import { testFramework, testFrameworkData, validReturn } from '../helpers/fixtures.js';

const NOW = '2026-06-01T09:00:00Z';
const P = 'portsmouth-compact';
const B = 'buckinghamshire-s11';
const H = 'city-hackney-s11';

async function translate(mappingId: string, ret: AuditReturn) {
  const [fromId, toId] = mappingId.split('--') as [string, string];
  const [from, to, mapping] = [await loadFramework(fromId), await loadFramework(toId), await loadMapping(fromId, toId)];
  const result = translateReturn(ret, mapping, { from, to, now: NOW });
  assertOk(result);
  if (!result.ok) throw new Error('unreachable');
  return { ...result, from, to };
}

const byId = (ret: AuditReturn) => new Map(ret.responses.map((r) => [r.standardId, r]));

describe('translateReturn: the Portsmouth NHS trust into Buckinghamshire, checked by hand', () => {
  it('carries over the ratings its sources agree on, and leaves the rest for a person with the reason', async () => {
    const source = sampleReturn(P, 'valid-nhs-trust');
    const { value, needsAnswer, sectorNeedsAnswer, kept, to } = await translate(`${P}--${B}`, source);

    // Area 1 takes standards 1 (Good) and 3 (Outstanding); area 2 takes 2 (Good) and 7
    // (Outstanding); area 5 takes 4 (Requires improvement), 8 and 10 (Good) and 11 (Inadequate);
    // area 8 has no source. The others each have one source, so their rating carries over.
    assert.deepEqual(
      value.responses.map((r) => [r.standardId, r.rating]),
      [
        ['leadership', null],
        ['policies-and-procedures', null],
        ['safe-recruitment', 'green'],
        ['training-learning-and-development', 'green'],
        ['effective-practice', null],
        ['contracting-with-other-organisations', 'green'],
        ['sharing-and-storing-information', 'amber'],
        ['learning-from-reviews', null],
      ],
    );
    const differently = (ratings: string, options: string) =>
      `its matching standards in Safeguarding and Early Help Compact Audit are rated differently (${ratings}), which would make it ${options}; choose the rating yourself`;
    assert.deepEqual(needsAnswer, [
      {
        standardId: 'leadership',
        standard: 'standard 1, Senior managers take leadership responsibility for safeguarding, and safeguarding is embedded in the organisation',
        reason: differently(
          'standard 1, Senior management commitment to safeguarding and promoting the welfare of children: Good; standard 3, A clear line of accountability for safeguarding and promoting the welfare of children: Outstanding',
          'Blue or Green',
        ),
      },
      {
        standardId: 'policies-and-procedures',
        standard: 'standard 2, Policies and procedures support effective working',
        reason: differently('standard 2, Staff responsibilities and competencies: Good; standard 7, Allegation management: Outstanding', 'Blue or Green'),
      },
      {
        standardId: 'effective-practice',
        standard: 'standard 5, Effective practice with children and families',
        reason: differently(
          'standard 4, Service development takes account of safeguarding and the views of children and families: Requires improvement; ' +
            'standard 8, Effective inter-agency working for early help and to safeguard and promote the welfare of children: Good; ' +
            'standard 10, Equality of opportunity: Good; standard 11, Disabled children: Inadequate',
          'Green, Amber or Red',
        ),
      },
      {
        standardId: 'learning-from-reviews',
        standard: 'standard 8, Learning from reviews',
        reason: 'no matching standard in Safeguarding and Early Help Compact Audit; answer it yourself',
      },
    ]);
    assert.equal(sectorNeedsAnswer, undefined);
    assert.deepEqual(kept.responses, []);
    assertOk(validateReturn(to, value, { mode: 'draft' }));
  });

  it('keeps every action once, and labels the evidence of each source', async () => {
    const source = sampleReturn(P, 'valid-nhs-trust');
    const { value } = await translate(`${P}--${B}`, source);
    const target = byId(value);
    const sources = byId(source);
    assert.deepEqual(
      target.get('effective-practice')!.actions.map((a) => a.id),
      ['a1', 'a2', 'a4', 'a5'],
    );
    assert.deepEqual(target.get('sharing-and-storing-information')!.actions, sources.get('information-sharing')!.actions);
    assert.equal(target.get('safe-recruitment')!.evidence, `From standard 6, Safe recruitment: ${sources.get('safe-recruitment')!.evidence}`);
    assert.equal(
      target.get('leadership')!.evidence,
      `From standard 1, Senior management commitment to safeguarding and promoting the welfare of children: ${sources.get('senior-management-commitment')!.evidence}\n\n` +
        `From standard 3, A clear line of accountability for safeguarding and promoting the welfare of children: ${sources.get('line-of-accountability')!.evidence}`,
    );
    assert.equal(target.get('learning-from-reviews')!.evidence, '');
  });

  it('makes a draft of the target framework for the same organisation and person', async () => {
    const source = sampleReturn(P, 'valid-nhs-trust');
    const before = structuredClone(source);
    const { value, kept } = await translate(`${P}--${B}`, source);
    assert.deepEqual(source, before, 'the source return is not changed');
    assert.deepEqual(value.framework, { id: B, version: '2026.2' });
    assert.deepEqual([value.status, value.submittedAt, value.createdAt, value.updatedAt], ['draft', null, '2026-06-01T09:00:00.000Z', '2026-06-01T09:00:00.000Z']);
    assert.deepEqual(value.organisation, {
      name: 'Harbourside Community Health NHS Trust (example)',
      sector: 'statutory',
      partnerships: ['buckinghamshire'],
      identifiers: [{ scheme: 'ods', id: 'RX9' }],
    });
    assert.deepEqual(value.respondent, source.respondent);
    assert.deepEqual(value.cycle, source.cycle);
    // The two cover sheets share no question: every answer is kept aside, every target field empty.
    assert.deepEqual(value.cover, { 'date-commissioned': '', 'date-for-completion': '', 'board-member': '', 'completed-by': '', 'contact-details': '' });
    assert.deepEqual(kept.cover, source.cover);
  });
});

describe('translateReturn: what it will not guess', () => {
  it('a voluntary group into Portsmouth: a source that answers two standards, one never answered, N/A and a missing standard', async () => {
    const { value, needsAnswer, sectorNeedsAnswer, kept } = await translate(`${B}--${P}`, sampleReturn(B, 'valid-voluntary-group'));
    // Portsmouth has a sector for voluntary and community groups now.
    assert.equal(sectorNeedsAnswer, undefined);
    assert.equal(value.organisation.sector, 'voluntary');
    assert.equal(value.responses.length, 12);
    const also = (source: string, others: string) =>
      `in Section 11 self-assessment toolkit, ${source} also answers ${others}; check that its answer fits this standard and choose the rating yourself`;
    const area1 = 'standard 1, Senior managers take leadership responsibility for safeguarding, and safeguarding is embedded in the organisation';
    const area5 = 'standard 5, Effective practice with children and families';
    assert.deepEqual(
      needsAnswer.map((n) => [n.standardId, n.reason]),
      [
        ['senior-management-commitment', also(area1, 'standard 3, A clear line of accountability for safeguarding and promoting the welfare of children')],
        [
          'staff-responsibilities-and-competencies',
          'its matching standards in Section 11 self-assessment toolkit are rated differently (standard 2, Policies and procedures support effective working: Amber; standard 4, Training, learning and development: Blue), which would make it Outstanding or Requires improvement; choose the rating yourself',
        ],
        ['line-of-accountability', also(area1, 'standard 1, Senior management commitment to safeguarding and promoting the welfare of children')],
        [
          'service-development',
          also(area5, 'standard 8, Effective inter-agency working for early help and to safeguard and promote the welfare of children and standard 10, Equality of opportunity'),
        ],
        ['induction-training-and-appraisal', also('standard 4, Training, learning and development', 'standard 2, Staff responsibilities and competencies')],
        ['allegation-management', also('standard 2, Policies and procedures support effective working', 'standard 2, Staff responsibilities and competencies')],
        [
          'inter-agency-working',
          also(area5, 'standard 4, Service development takes account of safeguarding and the views of children and families and standard 10, Equality of opportunity'),
        ],
        [
          'equality-of-opportunity',
          also(
            area5,
            'standard 4, Service development takes account of safeguarding and the views of children and families and standard 8, Effective inter-agency working for early help and to safeguard and promote the welfare of children',
          ),
        ],
        ['disabled-children', 'no matching standard in Section 11 self-assessment toolkit; answer it yourself'],
        [
          'commissioning-standards',
          'in Section 11 self-assessment toolkit, standard 6, Contracting with other organisations is rated N/A, which has no equivalent in Safeguarding and Early Help Compact Audit; answer it yourself',
        ],
      ],
    );
    // Area 8 is rated N/A and no Portsmouth standard takes it: it is kept aside, whole.
    assert.deepEqual(
      kept.responses.map((r) => [r.standardId, r.rating]),
      [['learning-from-reviews', 'not-applicable']],
    );
    // Area 2's action goes with the first standard that takes area 2 (standard 2), not twice.
    const target = byId(value);
    assert.deepEqual(
      target.get('staff-responsibilities-and-competencies')!.actions.map((a) => a.id),
      ['a1'],
    );
    assert.deepEqual(target.get('allegation-management')!.actions, []);
    // Only the standards with a single source of their own keep a rating.
    assert.deepEqual(
      value.responses.filter((r) => r.rating !== null).map((r) => [r.standardId, r.rating]),
      [
        ['safe-recruitment', 'good'],
        ['information-sharing', 'good'],
      ],
    );
  });

  it('a level with no equivalent leaves the standard for a person, and a standard rated from its items is left to them', async () => {
    const { value, needsAnswer } = await translate(`${B}--${H}`, sampleReturn(B, 'valid-voluntary-group'));
    const reasons = new Map(needsAnswer.map((n) => [n.standardId, n.reason]));
    // Key feature 4 takes areas 5 (Amber) and 8 (N/A); key feature 6 takes areas 2 (Amber) and 3 (Green).
    assert.equal(
      reasons.get('improvement-informed-by-children-and-families'),
      'in Section 11 self-assessment toolkit, standard 8, Learning from reviews is rated N/A, which has no equivalent in Section 11 safeguarding audit tool; answer it yourself',
    );
    assert.match(reasons.get('recruitment-vetting-and-allegations')!, /^its matching standards in Section 11 self-assessment toolkit are rated differently/);
    // Every key feature of City and Hackney is rated from its elements, which Buckinghamshire does not have.
    assert.equal(reasons.get('safeguarding-training'), 'its rating comes from its 5 items, which Section 11 self-assessment toolkit does not have; rate each of them yourself');
    assert.equal(needsAnswer.length, 8);
    const training = byId(value).get('safeguarding-training')!;
    assert.ok(training.items!.length === 5 && training.items!.every((item) => item.rating === null));
    assert.ok(training.evidence.startsWith('From standard 4, Training, learning and development: '), 'the evidence still comes across');
  });

  it('a standard that does not apply to the sector is still answered when it takes an answer, and validation says so', () => {
    // The test framework's standard 3 (contracting) is for statutory agencies only.
    const to = testFramework();
    const from = otherFramework();
    const mapping: FrameworkMapping = {
      id: 'other-tool--test-tool',
      from: { id: 'other-tool' },
      to: { id: 'test-tool' },
      standards: [{ to: 'contracting', from: ['online-safety'] }],
      levels: [{ from: 'requires-improvement', to: 'amber' }],
    };
    const source = createReturnFor(from, 'education');
    source.responses[2] = {
      ...source.responses[2]!,
      rating: 'requires-improvement',
      evidence: 'Partly there.',
      actions: [{ id: 'a1', action: 'Check the contracts', lead: 'Bursar', due: '2026-12-01', status: 'not-started', notes: '' }],
    };
    const result = translateReturn(source, mapping, { from, to, now: NOW });
    assertOk(result);
    if (!result.ok) return;
    const contracting = byId(result.value).get('contracting')!;
    assert.deepEqual([contracting.rating, contracting.actions.map((a) => a.id)], ['amber', ['a1']]);
    const checked = validateReturn(to, result.value, { mode: 'draft' });
    assertOk(checked);
    assert.deepEqual(codes(checked), ['standard_not_applicable']);
  });

  it('Fully met becomes the cautious Good', async () => {
    const { value } = await translate(`${H}--${P}`, sampleReturn(H, 'valid-youth-justice-service'));
    assert.equal(byId(value).get('senior-management-commitment')!.rating, 'good');
  });
});

// Source standards the mapping gives no home, read by hand from the mappings; only those the
// sample answered are kept aside.
const KEPT: Record<string, Record<string, string[]>> = {
  [`${P}--${H}`]: {
    'valid-nhs-trust': ['equality-of-opportunity', 'disabled-children', 'commissioning-standards'],
    'valid-school': ['equality-of-opportunity', 'disabled-children', 'commissioning-standards'],
  },
  [`${B}--${P}`]: { 'valid-health-trust': ['learning-from-reviews'], 'valid-voluntary-group': ['learning-from-reviews'] },
  [`${B}--${H}`]: { 'valid-health-trust': ['contracting-with-other-organisations'], 'valid-voluntary-group': ['contracting-with-other-organisations'] },
};

describe('translateReturn: every valid sample with every mapping from its framework', () => {
  for (const sample of samples().filter((s) => s.name.startsWith('valid-'))) {
    for (const id of mappingIds.filter((m) => m.startsWith(`${sample.framework}--`))) {
      it(`${sample.framework}/${sample.name} with ${id}: a valid draft that keeps every answer`, async () => {
        const source = sample.data as AuditReturn;
        const { value, needsAnswer, kept, from, to } = await translate(id, source);
        assertOk(validateReturn(to, value, { mode: 'draft' }));
        assert.deepEqual(
          kept.responses.map((r) => r.standardId),
          KEPT[id]?.[sample.name] ?? [],
        );

        // Every action exactly once, in the draft or kept aside with its answer; ids unique.
        const draftActions = value.responses.flatMap((r) => r.actions.map((a) => a.id));
        const keptActions = kept.responses.flatMap((r) => r.actions.map((a) => a.id));
        assert.equal(new Set(draftActions).size, draftActions.length);
        assert.deepEqual([...draftActions, ...keptActions].sort(), source.responses.flatMap((r) => r.actions.map((a) => a.id)).sort());

        // Every evidence and explanation, labelled with its standard, unless kept aside whole.
        const texts = value.responses.flatMap((r) => [r.evidence, r.explanation]).join('\n\n');
        const keptIds = new Set(kept.responses.map((r) => r.standardId));
        const names = new Map(from.standards.map((s) => [s.id, standardName(s, source.organisation.sector)]));
        for (const response of source.responses.filter((r) => !keptIds.has(r.standardId))) {
          for (const text of [response.evidence, response.explanation].filter((t) => t.trim())) {
            assert.ok(texts.includes(`From ${names.get(response.standardId)}: ${text}`), `${response.standardId} is in the draft`);
          }
        }
        // Every unrated standard is listed as needing an answer; a listed one that kept its rating has items to rate.
        const listed = new Set(needsAnswer.map((n) => n.standardId));
        for (const response of value.responses) {
          if (response.rating === null) assert.ok(listed.has(response.standardId), `${response.standardId} is listed`);
          else if (listed.has(response.standardId)) assert.ok(response.items?.length, `${response.standardId} has items to rate`);
        }
        // Copied evidence is marked for the organisation to check.
        for (const response of value.responses) assert.equal(response.copiedFrom !== undefined, !!(response.evidence.trim() || response.explanation.trim()), response.standardId);
      });
    }
  }
});

function createReturnFor(framework: Framework, sector: string): AuditReturn {
  return createReturn(framework, { organisation: 'Hill School', sector, partnerships: ['north'], now: NOW });
}

/** A second small framework to show what the built-in ones cannot: shared cover fields and a standard the mapping forgot. */
function otherFramework(): Framework {
  const parsed = parseFramework({
    ...structuredClone(testFrameworkData),
    id: 'other-tool',
    title: 'Other tool',
    partnerships: [
      { id: 'north', name: 'North Partnership' },
      { id: 'east', name: 'East Partnership' },
    ],
    scale: fourPointScale,
    standards: [
      { ...testFrameworkData.standards[0], id: 'leadership' },
      { ...testFrameworkData.standards[1], id: 'recruitment-and-vetting', title: 'Recruitment and vetting' },
      { ...testFrameworkData.standards[1], id: 'online-safety', number: 3, title: 'Online safety' },
    ],
    coverSheet: [
      { id: 'senior-lead', label: 'Senior lead', type: 'text', required: true },
      { id: 'board-member', label: 'Board member', type: 'text', required: false },
    ],
  });
  assertOk(parsed);
  return (parsed as { value: Framework }).value;
}

const testMapping = (): FrameworkMapping => ({
  id: 'test-tool--other-tool',
  from: { id: 'test-tool' },
  to: { id: 'other-tool' },
  standards: [
    { to: 'leadership', from: ['leadership'] },
    { to: 'recruitment-and-vetting', from: ['safe-recruitment'] },
  ],
  levels: [
    { from: 'blue', to: 'outstanding' },
    { from: 'green', to: 'good' },
    { from: 'amber', to: 'requires-improvement' },
    { from: 'red', to: 'inadequate' },
  ],
});

describe('translateReturn: cover sheet, partnerships and a forgotten standard', () => {
  it('moves answers to cover fields of the same id, keeps the others aside, and flags the standard no mapping mentions', () => {
    const from = testFramework();
    const to = otherFramework();
    const result = translateReturn(validReturn(from), testMapping(), { from, to, now: NOW });
    assertOk(result);
    if (!result.ok) return;
    assert.deepEqual(result.value.cover, { 'senior-lead': 'Chief executive', 'board-member': '' });
    assert.deepEqual(result.kept.cover, { 'lead-email': 'ceo@example.org', 'date-completed': '2026-04-30' });
    assert.deepEqual(result.value.organisation.partnerships, ['north']);
    assert.deepEqual(
      result.value.responses.map((r) => [r.standardId, r.rating]),
      [
        ['leadership', 'good'],
        ['recruitment-and-vetting', 'requires-improvement'],
        ['online-safety', null],
      ],
    );
    assert.deepEqual(result.needsAnswer, [{ standardId: 'online-safety', standard: 'standard 3, Online safety', reason: 'no matching standard in Test tool; answer it yourself' }]);
    assert.deepEqual(
      result.kept.responses.map((r) => r.standardId),
      ['contracting'],
    );
  });

  it('refuses a return of another framework, a mapping for other frameworks, and garbage, without throwing', async () => {
    const from = testFramework();
    const to = otherFramework();
    const portsmouth = sampleReturn(P, 'valid-school');
    const other = translateReturn(portsmouth, testMapping(), { from, to });
    assert.deepEqual(
      other.issues.map((i) => i.message),
      ['This return was made with “portsmouth-compact”, but the mapping translates returns of “test-tool” (Test tool): use a mapping from the framework the return was made with'],
    );
    const wrongWay = translateReturn(validReturn(from), testMapping(), { from: to, to: from });
    assert.deepEqual(codes(wrongWay), ['mapping_framework_mismatch', 'mapping_framework_mismatch']);
    const garbage = translateReturn({ responses: 'none' } as unknown as AuditReturn, testMapping(), { from, to });
    assert.equal(garbage.ok, false);
    assert.deepEqual(codes(translateReturn(validReturn(from), testMapping(), { from, to, now: 'soon' })), ['invalid_value']);
  });
});

describe('translateReturn: what a person must check', () => {
  it('a source standard that feeds two targets leaves both for a person', () => {
    const from = testFramework();
    const to = otherFramework();
    const mapping = testMapping();
    mapping.standards.push({ to: 'online-safety', from: ['safe-recruitment'] });
    const result = translateReturn(validReturn(from), mapping, { from, to, now: NOW });
    assertOk(result);
    if (!result.ok) return;
    assert.deepEqual(
      result.value.responses.map((r) => [r.standardId, r.rating]),
      [
        ['leadership', 'good'],
        ['recruitment-and-vetting', null],
        ['online-safety', null],
      ],
    );
    assert.deepEqual(
      result.needsAnswer.map((n) => n.reason),
      [
        'in Test tool, standard 2, Safe recruitment also answers standard 3, Online safety; check that its answer fits this standard and choose the rating yourself',
        'in Test tool, standard 2, Safe recruitment also answers standard 2, Recruitment and vetting; check that its answer fits this standard and choose the rating yourself',
      ],
    );
  });

  it('a target level that needs an action the source did not carry leaves the standard for a person', () => {
    const from = testFramework();
    const to = otherFramework();
    const mapping = testMapping();
    // A cautious mapping: Green becomes Requires improvement, which needs an action plan.
    mapping.levels[1] = { from: 'green', to: 'requires-improvement' };
    const result = translateReturn(validReturn(from), mapping, { from, to, now: NOW });
    assertOk(result);
    if (!result.ok) return;
    assert.equal(result.value.responses[0]!.rating, null);
    assert.equal(
      result.needsAnswer[0]!.reason,
      'it would be rated Requires improvement, which needs an action plan, but its matching standards in Test tool have no actions; choose the rating and add the actions yourself',
    );
  });

  it('copied evidence is marked as copied, and submitting it unchecked is a warning', () => {
    const from = testFramework();
    const to = otherFramework();
    const result = translateReturn(validReturn(from), testMapping(), { from, to, now: NOW });
    assertOk(result);
    if (!result.ok) return;
    const [leadership, recruitment, online] = result.value.responses;
    assert.deepEqual(leadership!.copiedFrom, { framework: { id: 'test-tool', version: '2026.1' } });
    assert.deepEqual(recruitment!.copiedFrom, { framework: { id: 'test-tool', version: '2026.1' } });
    assert.equal(online!.copiedFrom, undefined, 'nothing was copied into it');
    const submitted = { ...result.value, status: 'submitted' as const, submittedAt: NOW };
    const warnings = validateReturn(to, submitted, { now: NOW }).issues.filter((issue) => issue.code === 'evidence_copied');
    assert.equal(warnings.length, 2);
    assert.equal(warnings[0]!.severity, 'warning');
    assert.equal(
      warnings[0]!.message,
      'The evidence for standard 1, Leadership was copied from your return for “test-tool”: check that it fits this standard, then keep or change it',
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frameworkCatalogue, frameworkIds, loadFramework } from '@s11kit/frameworks';
import { applicableStandards, builtInScales, parseFramework, standardWording, validateReturn } from '@s11kit/schema';
import { codes } from '../helpers/issues.js';
import { frameworkJson, samples } from '../helpers/samples.js';

// The one problem each invalid sample was made with (see samples/README.md).
const EXPECTED_PROBLEM: Record<string, string> = {
  'invalid-missing-rating': 'rating_required',
  'invalid-action-empty-lead': 'action_lead_required',
  'invalid-rating-is-number': 'invalid_type',
  'invalid-amber-without-action': 'action_required',
  'invalid-not-applicable-without-explanation': 'explanation_required',
  'invalid-empty-required-cover-field': 'cover_field_required',
  'invalid-fully-met-without-evidence': 'evidence_required',
  'invalid-action-due-in-past': 'action_due_past',
  'invalid-unknown-rating-level': 'unknown_rating',
  'invalid-unknown-standard': 'unknown_standard',
  'invalid-wrong-framework-version': 'framework_version_mismatch',
  'invalid-evidence-too-long': 'evidence_too_long',
};

describe('@s11kit/frameworks', () => {
  it('has the four built-in frameworks of the seeds', () => {
    assert.deepEqual([...frameworkIds].sort(), ['buckinghamshire-s11', 'city-hackney-s11', 'isle-of-wight-vcs', 'portsmouth-compact']);
    assert.deepEqual(frameworkCatalogue.map((entry) => entry.id).sort(), [...frameworkIds].sort());
  });

  for (const id of ['portsmouth-compact', 'buckinghamshire-s11', 'city-hackney-s11', 'isle-of-wight-vcs']) {
    it(`${id}: the JSON file and the loaded module both pass parseFramework`, async () => {
      const fromFile = parseFramework(frameworkJson(id));
      assert.equal(fromFile.ok, true, fromFile.issues.map((i) => i.message).join('\n'));
      const loaded = await loadFramework(id);
      assert.equal(parseFramework(loaded).ok, true);
      assert.equal(loaded.id, id);
    });
  }

  it('built-in frameworks use the built-in scales exactly, or their own', async () => {
    const scaleOf = async (id: string) => (await loadFramework(id)).scale;
    assert.deepEqual(await scaleOf('portsmouth-compact'), builtInScales['four-point']);
    // Each built-in framework's version changed with the model (evidence, items, sectors).
    for (const id of ['portsmouth-compact', 'buckinghamshire-s11', 'city-hackney-s11', 'isle-of-wight-vcs']) assert.equal((await loadFramework(id)).version, '2026.2');
    assert.deepEqual(await scaleOf('buckinghamshire-s11'), builtInScales['brag']);
    assert.deepEqual(await scaleOf('city-hackney-s11'), builtInScales['met']);
    const checklist = await scaleOf('isle-of-wight-vcs');
    assert.equal(checklist.id, 'checklist');
    assert.deepEqual(
      checklist.levels.map((l) => [l.id, l.requires]),
      [
        ['in-place', []],
        ['partly-in-place', ['action']],
        ['not-in-place', ['action']],
        ['not-applicable', ['explanation']],
      ],
    );
  });

  it('portsmouth-compact: 12 standards shared by four partnerships, with sector wording', async () => {
    const framework = await loadFramework('portsmouth-compact');
    assert.equal(framework.standards.length, 12);
    assert.deepEqual(
      framework.standards.map((s) => s.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    assert.deepEqual(
      framework.partnerships.map((p) => p.id),
      ['portsmouth', 'hampshire', 'southampton', 'isle-of-wight'],
    );
    assert.deepEqual(
      framework.sectors.map((s) => s.id),
      ['statutory', 'education', 'early-years', 'commissioned', 'sports-leisure', 'voluntary'],
    );
    const recruitment = framework.standards.find((s) => s.id === 'safe-recruitment')!;
    assert.equal(recruitment.number, 6);
    assert.notDeepEqual(standardWording(recruitment, 'early-years'), standardWording(recruitment, 'statutory'));
  });

  it('buckinghamshire-s11: 8 areas on the BRAG scale, every one answered by every sector (N/A covers contracting)', async () => {
    const framework = await loadFramework('buckinghamshire-s11');
    assert.equal(framework.standards.length, 8);
    assert.equal(applicableStandards(framework, 'voluntary').length, 8);
    assert.equal(applicableStandards(framework, 'statutory').length, 8);
    for (const standard of framework.standards) {
      assert.ok(standard.rationale && standard.expectations.length && standard.evidencePrompts.length, standard.id);
    }
    assert.ok(framework.coverSheet.some((field) => field.id === 'board-member' && field.required));
  });

  it('city-hackney-s11: 8 key features rated met, with a statement of compliance in year 2', async () => {
    const framework = await loadFramework('city-hackney-s11');
    assert.equal(framework.standards.length, 8);
    assert.equal(framework.cycle.yearTwo, 'statement-of-compliance');
  });

  it('every sample return gives the result its name promises', async () => {
    const all = samples();
    assert.equal(all.length, 20);
    await Promise.all(
      all.map(async (sample) => {
        const framework = await loadFramework(sample.framework);
        const result = validateReturn(framework, sample.data);
        if (sample.name.startsWith('valid-')) {
          assert.equal(result.ok, true, `${sample.framework}/${sample.name}: ${result.issues.map((i) => i.message).join('; ')}`);
        } else {
          assert.equal(result.ok, false, `${sample.name} should fail`);
          assert.deepEqual(codes(result), [EXPECTED_PROBLEM[sample.name]], `${sample.framework}/${sample.name}`);
        }
      }),
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bragScale, fourPointScale, metScale, parseFramework, RatingScaleSchema } from '@s11kit/schema';
import { testFrameworkData } from '../helpers/fixtures.js';
import { assertOk, codes, onlyIssue } from '../helpers/issues.js';

const data = () => structuredClone(testFrameworkData) as Record<string, any>;

describe('parseFramework', () => {
  it('accepts a well-formed framework and returns it', () => {
    const result = parseFramework(data());
    assertOk(result);
    assert.equal(result.ok && result.value.standards.length, 3);
  });

  it('the built-in scales are valid scales with the requirements of the seeds', () => {
    for (const scale of [fourPointScale, bragScale, metScale]) assert.equal(RatingScaleSchema.safeParse(scale).success, true);
    const requires = (scale: typeof bragScale) => Object.fromEntries(scale.levels.map((l) => [l.id, l.requires]));
    assert.deepEqual(requires(fourPointScale), { outstanding: ['evidence'], good: ['evidence'], 'requires-improvement': ['action'], inadequate: ['action'] });
    assert.deepEqual(requires(bragScale), {
      blue: ['evidence'],
      green: ['evidence'],
      amber: ['evidence', 'action'],
      red: ['evidence', 'action'],
      'not-applicable': ['explanation'],
    });
    assert.deepEqual(requires(metScale), { 'fully-met': ['evidence'], 'partly-met': ['action'], 'not-met': ['action'] });
    assert.equal(bragScale.levels.find((l) => l.id === 'not-applicable')!.notApplicable, true);
  });

  it('accepts a custom scale that works the same way', () => {
    const framework = data();
    framework.scale = {
      id: 'checklist',
      label: 'Checklist',
      expected: 'in-place',
      levels: [
        { id: 'in-place', label: 'In place', description: '', tone: 'green', requires: ['evidence'] },
        { id: 'not-in-place', label: 'Not in place', description: '', tone: 'red', requires: ['action', 'explanation'] },
      ],
    };
    assertOk(parseFramework(framework));
  });

  it('rejects duplicate ids and numbers, naming both places', () => {
    const framework = data();
    framework.standards[2].id = 'leadership';
    framework.standards[2].number = 1;
    const result = parseFramework(framework);
    assert.deepEqual(codes(result), ['duplicate_id', 'duplicate_id']);
    assert.equal(result.issues[0]!.message, 'The standard id “leadership” is used twice (items 1 and 3): each must be different');
    assert.deepEqual(result.issues[0]!.path, ['standards', 2, 'id']);
  });

  it('rejects sector references that do not resolve', () => {
    const framework = data();
    framework.standards[2].sectors = ['police'];
    const issue = onlyIssue(parseFramework(framework), 'unknown_reference');
    assert.match(issue.message, /names a sector “police” that the framework does not list: use “statutory” or “education”/);
  });

  it('rejects an expected level that is not on the scale, or is N/A', () => {
    const framework = data();
    framework.scale = { ...bragScale, expected: 'purple' };
    assert.deepEqual(codes(parseFramework(framework)), ['unknown_reference']);
    framework.scale = { ...bragScale, expected: 'not-applicable' };
    assert.deepEqual(codes(parseFramework(framework)), ['unknown_reference']);
  });

  it('rejects wording variants for unknown or repeated sectors', () => {
    const framework = data();
    framework.standards[0].variants.push({ sector: 'education', title: 'Again' }, { sector: 'nursery', title: 'X' });
    assert.deepEqual(codes(parseFramework(framework)), ['duplicate_id', 'unknown_reference']);
  });

  it('describes structural problems by their path', () => {
    const framework = data();
    framework.standards[1].title = '';
    delete framework.cycle;
    const result = parseFramework(framework);
    assert.deepEqual(codes(result), ['too_short', 'missing_field']);
    assert.equal(result.issues[0]!.message, 'Field standards[1].title must not be empty');
    assert.equal(result.issues[1]!.message, 'Field cycle is missing: add it');
  });

  it('rejects ids that are not slugs with a hint of what a slug is', () => {
    const framework = data();
    framework.standards[0].id = 'Safe Recruitment';
    assert.match(onlyIssue(parseFramework(framework), 'invalid_format').message, /lower-case letters, numbers and single hyphens/);
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { frameworkIds, loadFramework, loadMapping, mappingIds } from '@s11kit/frameworks';
import { checkMapping, parseMapping, type FrameworkMapping } from '@s11kit/schema';
import { assertOk, codes } from '../helpers/issues.js';
import { frameworksRoot } from '../helpers/samples.js';

const mappingJson = (id: string) => JSON.parse(readFileSync(`${frameworksRoot}mappings/${id}.json`, 'utf8'));
const P = 'portsmouth-compact';
const B = 'buckinghamshire-s11';
const H = 'city-hackney-s11';

/** A small, correct Portsmouth to Buckinghamshire mapping to break in one place at a time. */
const small = (): FrameworkMapping => ({
  id: 'small',
  from: { id: P },
  to: { id: B, version: '2026.2' },
  standards: [
    { to: 'safe-recruitment', from: ['safe-recruitment'] },
    { to: 'leadership', from: ['senior-management-commitment'] },
  ],
  levels: [
    { from: 'outstanding', to: 'blue' },
    { from: 'good', to: 'green' },
    { from: 'requires-improvement', to: 'amber' },
    { from: 'inadequate', to: 'red' },
  ],
});

describe('parseMapping', () => {
  it('accepts a mapping and reports its shape in words', () => {
    assertOk(parseMapping(small()));
    const broken = { ...small(), id: 'Small Mapping', levels: [{ from: 'good' }] };
    assert.deepEqual(
      parseMapping(broken).issues.map((i) => [i.code, i.message]),
      [
        ['invalid_format', 'The id of the mapping must be lower-case letters, numbers and hyphens, like “portsmouth-compact--buckinghamshire-s11”'],
        ['missing_field', 'The target level of levels entry 1 of the mapping is missing: add it'],
      ],
    );
  });

  it('maps each target standard once and each source level to one level', () => {
    const mapping = small();
    mapping.standards.push({ to: 'leadership', from: ['line-of-accountability', 'line-of-accountability'] });
    mapping.levels.push({ from: 'good', to: 'blue' });
    assert.deepEqual(
      parseMapping(mapping).issues.map((i) => [i.path, i.message]),
      [
        [['standards', 2, 'to'], 'The mapping lists the standard “leadership” more than once (entries 2 and 3): keep one, with all its sources'],
        [['standards', 2, 'from', 1], 'The mapping lists “line-of-accountability” twice as a source of “leadership”: keep one'],
        [['levels', 4, 'from'], 'The mapping turns the level “good” into more than one level (entries 2 and 5): choose one, so that no rating is a guess'],
      ],
    );
  });

  it('never throws on hostile input', () => {
    for (const input of [
      undefined,
      null,
      42,
      'mapping',
      [],
      { __proto__: { id: 'x' } },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('no');
          },
        },
      ),
    ]) {
      const result = parseMapping(input);
      assert.equal(result.ok, false);
      assert.ok(result.issues.length > 0);
    }
  });
});

describe('checkMapping', () => {
  it('checks every id against the two frameworks', async () => {
    const [from, to] = [await loadFramework(P), await loadFramework(B)];
    const mapping = small();
    mapping.standards.push({ to: 'online-safety', from: ['safe-recruitment', 'safer-recruitment'] });
    mapping.levels[0] = { from: 'excellent', to: 'gold' };
    assert.deepEqual(
      checkMapping(mapping, from, to)
        .filter((i) => i.severity === 'error')
        .map((i) => [i.path, i.code, i.message]),
      [
        [
          ['standards', 2, 'to'],
          'unknown_reference',
          'Standards entry 3 of the mapping names a standard “online-safety” that is not in Section 11 self-assessment toolkit: correct the id',
        ],
        [
          ['standards', 2, 'from', 1],
          'unknown_reference',
          'Standards entry 3 of the mapping takes its answer from a standard “safer-recruitment” that is not in Safeguarding and Early Help Compact Audit: correct the id',
        ],
        [
          ['levels', 0, 'from'],
          'unknown_reference',
          'Levels entry 1 of the mapping turns “excellent” into a level, but “excellent” is not on the scale of Safeguarding and Early Help Compact Audit: correct the id',
        ],
        [
          ['levels', 0, 'to'],
          'unknown_reference',
          'Levels entry 1 of the mapping turns a level into “gold”, which is not on the scale of Section 11 self-assessment toolkit: correct the id',
        ],
      ],
    );
  });

  it('warns about target standards it does not mention and source levels it does not map', async () => {
    const mapping = small();
    mapping.levels.pop();
    const warnings = checkMapping(mapping, await loadFramework(P), await loadFramework(B));
    assert.ok(warnings.every((i) => i.severity === 'warning'));
    // Buckinghamshire has 8 areas; the small mapping mentions 2.
    assert.deepEqual(codes({ ok: false, issues: warnings }), [...Array(6).fill('mapping_standard_unmapped'), 'mapping_level_unmapped']);
    assert.equal(
      warnings[0]!.message,
      'The mapping does not mention standard 2, Policies and procedures support effective working of Section 11 self-assessment toolkit, so it will always be left for a person to answer: if that is meant, list it with no sources and a note saying why',
    );
    assert.equal(
      warnings[6]!.message,
      'The mapping gives no level of Section 11 self-assessment toolkit for Inadequate: standards rated Inadequate will be left for a person to answer',
    );
  });

  it('maps “not applicable” only to “not applicable”', async () => {
    const brag = await loadFramework(B);
    const fourPoint = await loadFramework(P);
    const backwards: FrameworkMapping = { id: 'back', from: { id: B }, to: { id: P }, standards: [], levels: [{ from: 'not-applicable', to: 'good' }] };
    assert.equal(
      checkMapping(backwards, brag, fourPoint).find((i) => i.severity === 'error')!.message,
      'The mapping turns N/A into Good: “not applicable” can only become “not applicable”, so leave N/A out when Safeguarding and Early Help Compact Audit has no such level',
    );
    const forwards = { ...small(), levels: [{ from: 'good', to: 'not-applicable' }] };
    assert.deepEqual(codes({ ok: false, issues: checkMapping(forwards, fourPoint, brag).filter((i) => i.severity === 'error') }), ['mapping_level_not_applicable']);
  });

  it('refuses frameworks or versions other than the ones it names', async () => {
    const mapping = { ...small(), to: { id: B, version: '2019.1' } };
    const version = checkMapping(mapping, await loadFramework(P), await loadFramework(B));
    assert.deepEqual(
      version.map((i) => [i.path, i.code]),
      [[['to', 'version'], 'mapping_framework_mismatch']],
    );
    const other = checkMapping(small(), await loadFramework(H), await loadFramework(B));
    assert.equal(
      other[0]!.message,
      'This mapping reads returns of “portsmouth-compact”, not “city-hackney-s11” (Section 11 safeguarding audit tool): use a mapping written for Section 11 safeguarding audit tool',
    );
  });
});

// Hand-read from the mapping files and the frameworks' standards (see the notes in each file).
const SHIPPED: Record<string, { unmappedTargets: string[]; unusedSources: string[]; unmappedLevels: string[] }> = {
  [`${P}--${B}`]: { unmappedTargets: ['learning-from-reviews'], unusedSources: [], unmappedLevels: [] },
  [`${B}--${P}`]: { unmappedTargets: ['disabled-children'], unusedSources: ['learning-from-reviews'], unmappedLevels: ['not-applicable'] },
  [`${P}--${H}`]: { unmappedTargets: [], unusedSources: ['equality-of-opportunity', 'disabled-children', 'commissioning-standards'], unmappedLevels: [] },
  [`${H}--${P}`]: { unmappedTargets: ['equality-of-opportunity', 'disabled-children', 'commissioning-standards'], unusedSources: [], unmappedLevels: [] },
  [`${B}--${H}`]: { unmappedTargets: [], unusedSources: ['contracting-with-other-organisations'], unmappedLevels: ['not-applicable'] },
  [`${H}--${B}`]: { unmappedTargets: ['contracting-with-other-organisations', 'learning-from-reviews'], unusedSources: [], unmappedLevels: [] },
};

describe('shipped mappings', () => {
  it('are the six directions between Portsmouth, Buckinghamshire and City and Hackney', () => {
    assert.deepEqual([...mappingIds].sort(), Object.keys(SHIPPED).sort());
  });

  for (const [id, expected] of Object.entries(SHIPPED)) {
    it(`${id}: passes checkMapping against the real frameworks, and says on purpose what it leaves out`, async () => {
      const mapping = mappingJson(id);
      const from = await loadFramework(mapping.from.id);
      const to = await loadFramework(mapping.to.id);
      const parsed = parseMapping(mapping, { from, to });
      assertOk(parsed);
      // The only warnings are source levels with no equivalent: every target standard is listed.
      assert.deepEqual(
        parsed.issues.map((i) => i.code),
        expected.unmappedLevels.map(() => 'mapping_level_unmapped'),
      );
      assert.deepEqual(
        mapping.standards.map((s: any) => s.to),
        to.standards.map((s) => s.id),
        'every target standard, in framework order',
      );
      const unmapped = mapping.standards.filter((s: any) => s.from.length === 0);
      assert.deepEqual(
        unmapped.map((s: any) => s.to),
        expected.unmappedTargets,
      );
      assert.ok(
        unmapped.every((s: any) => s.note),
        'each gap says why',
      );
      const used = new Set(mapping.standards.flatMap((s: any) => s.from));
      assert.deepEqual(
        from.standards.filter((s) => !used.has(s.id)).map((s) => s.id),
        expected.unusedSources,
      );
      assert.deepEqual(
        from.scale.levels.filter((l) => !mapping.levels.some((m: any) => m.from === l.id)).map((l) => l.id),
        expected.unmappedLevels,
      );
    });
  }

  it('map the levels by meaning, choosing the cautious level for Fully met and saying so', () => {
    const levels = (id: string) => Object.fromEntries(mappingJson(id).levels.map((l: any) => [l.from, l.to]));
    assert.deepEqual(levels(`${P}--${B}`), { outstanding: 'blue', good: 'green', 'requires-improvement': 'amber', inadequate: 'red' });
    assert.deepEqual(levels(`${P}--${H}`), { outstanding: 'fully-met', good: 'fully-met', 'requires-improvement': 'partly-met', inadequate: 'not-met' });
    assert.deepEqual(levels(`${B}--${H}`), { blue: 'fully-met', green: 'fully-met', amber: 'partly-met', red: 'not-met' });
    assert.deepEqual(levels(`${H}--${P}`), { 'fully-met': 'good', 'partly-met': 'requires-improvement', 'not-met': 'inadequate' });
    assert.deepEqual(levels(`${H}--${B}`), { 'fully-met': 'green', 'partly-met': 'amber', 'not-met': 'red' });
    assert.match(mappingJson(`${H}--${P}`).notes, /Fully met becomes Good, not Outstanding.*cautious/);
    assert.match(mappingJson(`${H}--${B}`).notes, /Fully met becomes Green, not Blue.*cautious/);
  });

  it('load as typed modules equal to their JSON files', async () => {
    for (const id of mappingIds) {
      const [from, to] = id.split('--') as [string, string];
      const { $schema, ...json } = mappingJson(id);
      assert.equal($schema, 'https://unpkg.com/@s11kit/schema/json-schema/mapping.schema.json');
      assert.deepEqual(await loadMapping(from, to), json);
    }
    assert.ok(frameworkIds.includes('isle-of-wight-vcs'));
    await assert.rejects(loadMapping('isle-of-wight-vcs', P), /There is no built-in mapping from "isle-of-wight-vcs" to "portsmouth-compact": use one of/);
  });
});

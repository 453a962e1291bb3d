import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { frameworkIds, loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { validateReturn } from '@s11kit/schema';
import { frameworksRoot } from '../helpers/samples.js';

const problems = (framework: Parameters<typeof validateReturn>[0], value: unknown) =>
  validateReturn(framework, value, { mode: 'submit' }).issues.map((issue) => `${issue.code}: ${issue.message}`);

describe('generateReturns', () => {
  for (const id of frameworkIds) {
    it(`${id}: every generated return is submitted and passes validateReturn in submit mode, with no warning`, async () => {
      const framework = await loadFramework(id);
      const returns = [...generateReturns(framework, { count: 300, seed: 42 })];
      assert.equal(returns.length, 300);
      for (const [i, ret] of returns.entries()) {
        assert.equal(ret.status, 'submitted');
        assert.deepEqual(problems(framework, ret), [], `return ${i + 1}`);
      }
    });

    it(`${id}: covers every sector and partnership, each organisation once, with actions and a spread of ratings`, async () => {
      const framework = await loadFramework(id);
      const returns = [...generateReturns(framework, { count: 200 })];
      const sectors = new Set(returns.map((ret) => ret.organisation.sector));
      const partnerships = new Set(returns.flatMap((ret) => ret.organisation.partnerships));
      assert.deepEqual([...sectors].sort(), framework.sectors.map((sector) => sector.id).sort());
      assert.deepEqual([...partnerships].sort(), framework.partnerships.map((partnership) => partnership.id).sort());
      assert.equal(new Set(returns.map((ret) => ret.organisation.name)).size, returns.length);
      const ratings = returns.flatMap((ret) => ret.responses.map((response) => response.rating));
      const expectedShare = ratings.filter((rating) => rating === framework.scale.expected).length / ratings.length;
      assert.ok(expectedShare > 0.4, `most ratings are at the expected level (${expectedShare.toFixed(2)})`);
      for (const level of framework.scale.levels) assert.ok(ratings.includes(level.id), `someone chose ${level.id}`);
      assert.ok(returns.some((ret) => ret.responses.some((response) => response.actions.length > 0)));
    });
  }

  it('is deterministic for a seed, and a different seed gives different returns', async () => {
    const framework = await loadFramework('portsmouth-compact');
    const options = { count: 25, seed: 7, cycleStart: 2026, year: 1, now: '2026-06-01T09:00:00Z' };
    assert.deepEqual([...generateReturns(framework, options)], [...generateReturns(framework, options)]);
    assert.notDeepEqual([...generateReturns(framework, options)], [...generateReturns(framework, { ...options, seed: 8 })]);
  });

  it('dates each return at the options: cycle, and submitted in the six weeks before now', async () => {
    const framework = await loadFramework('city-hackney-s11');
    const now = Date.parse('2027-03-01T12:00:00Z');
    for (const ret of generateReturns(framework, { count: 50, cycleStart: 2026, year: 2, now })) {
      assert.deepEqual(ret.cycle, { start: 2026, year: 2 });
      const submitted = Date.parse(ret.submittedAt!);
      assert.ok(submitted <= now && submitted >= now - 43 * 86_400_000, ret.submittedAt!);
    }
  });
});

describe('samples/generated', () => {
  it('the build wrote 200 valid returns for each built-in framework', async () => {
    for (const id of frameworkIds) {
      const framework = await loadFramework(id);
      const dir = `${frameworksRoot}samples/generated/${id}/`;
      const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
      assert.equal(files.length, 200, id);
      assert.equal(files[0], '001.json');
      for (const file of files) assert.deepEqual(problems(framework, JSON.parse(readFileSync(dir + file, 'utf8'))), [], `${id}/${file}`);
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework, loadMapping } from '@s11kit/frameworks';
import { createAggregator, parseFramework, parseMapping, trackActions, translateReturn, updateAction, validateReturn, type Issue } from '@s11kit/schema';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';

const framework = testFramework();

/** A value whose every look throws `thrown`: reading a key, listing keys, even asking its prototype. */
function throwing(thrown: () => unknown): object {
  const trap = () => {
    throw thrown();
  };
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
}

// What hostile code can throw: things that have no message, no prototype, or that throw again
// when they are looked at.
const THROWN: readonly (readonly [string, () => unknown])[] = [
  ['an object with no prototype', () => Object.create(null)],
  ['undefined', () => undefined],
  ['a symbol', () => Symbol('boom')],
  [
    'an object whose toString throws',
    () => ({
      toString: () => {
        throw new Error('again');
      },
    }),
  ],
  ['a proxy that throws when it is looked at', () => throwing(() => Object.create(null))],
  [
    'an error whose message getter throws',
    () =>
      Object.defineProperty(new Error(), 'message', {
        get: () => {
          throw new Error('again');
        },
      }),
  ],
];

function assertOneReadableIssue(issues: readonly Issue[], what: RegExp): void {
  assert.ok(issues.length >= 1);
  for (const issue of issues) {
    assert.equal(typeof issue.message, 'string');
    assert.doesNotMatch(issue.message, /\(undefined\)|\(null\)|\[object /, 'no placeholder for a reason that could not be read');
  }
  assert.match(issues[0]!.message, what);
}

describe('values that throw when they are read: never an exception, always an issue', () => {
  for (const [name, thrown] of THROWN) {
    it(`validateReturn, parseFramework and parseMapping given a proxy that throws ${name}`, () => {
      const value = throwing(thrown);
      const checked = validateReturn(framework, value);
      assert.equal(checked.ok, false);
      assertOneReadableIssue(checked.issues, /^The return could not be read/);
      assertOneReadableIssue(parseFramework(value).issues, /^The framework could not be read/);
      assertOneReadableIssue(parseMapping(value).issues, /^The mapping could not be read/);
    });

    it(`translateReturn given a proxy that throws ${name}`, async () => {
      const from = await loadFramework('portsmouth-compact');
      const to = await loadFramework('buckinghamshire-s11');
      const mapping = await loadMapping('portsmouth-compact', 'buckinghamshire-s11');
      const result = translateReturn(throwing(thrown) as never, mapping, { from, to });
      assert.equal(result.ok, false);
      assertOneReadableIssue(result.issues, /could not be read/);
    });

    it(`the aggregator's add given a proxy that throws ${name} records it as not counted`, () => {
      const aggregator = createAggregator(framework, { now: NOW });
      aggregator.add(throwing(thrown));
      aggregator.add(validReturn(framework));
      const result = aggregator.result();
      assert.equal(result.counted, 1);
      assert.equal(result.rejected.length, 1);
      assert.equal(result.rejected[0]!.index, 0);
      assert.match(result.rejected[0]!.reason, /could not be read/);
    });

    it(`trackActions and updateAction given a proxy that throws ${name}`, () => {
      const tracking = trackActions(framework, throwing(thrown) as never, { now: NOW });
      assert.deepEqual(tracking.actions, []);
      assert.equal(tracking.counts.total, 0);
      assertOneReadableIssue(tracking.issues, /could not be read/);
      const updated = updateAction(throwing(thrown) as never, 'a1', { kind: 'progress', note: 'Done half' }, { now: NOW });
      assert.equal(updated.ok, false);
      assertOneReadableIssue(updated.issues, /could not be read/);
    });
  }

  it('a thrown Error still gives its own message as the reason', () => {
    const value = throwing(() => new Error('the disk went away'));
    assert.match(validateReturn(framework, value).issues[0]!.message, /^The return could not be read \(the disk went away\): pass plain JSON data$/);
  });

  it('a thrown undefined leaves the reason out instead of writing "(undefined)"', () => {
    const value = throwing(() => undefined);
    assert.equal(validateReturn(framework, value).issues[0]!.message, 'The return could not be read: pass plain JSON data');
  });

  it('trackActions says what is wrong with a value that is not a return, and lists no action', () => {
    for (const junk of [null, 42, 'return', { responses: 'none' }]) {
      const tracking = trackActions(framework, junk as never, { now: NOW });
      assert.deepEqual(tracking.actions, []);
      assert.ok(tracking.issues.length > 0, `issues for ${JSON.stringify(junk)}`);
      assert.ok(tracking.issues.every((issue) => issue.severity === 'error'));
    }
    const fine = trackActions(framework, validReturn(framework), { now: NOW });
    assert.deepEqual(fine.issues, []);
    assert.equal(fine.counts.total, 1);
  });

  it('trackActions and updateAction say when "now" cannot be read, rather than judging at another time', () => {
    const tracking = trackActions(framework, validReturn(framework), { now: 'soon' });
    assert.deepEqual(
      tracking.issues.map((issue) => issue.code),
      ['invalid_value'],
    );
    assert.match(tracking.issues[0]!.message, /time .* could not be read/);
    const odd = updateAction(validReturn(framework), 'a1', null as never, { now: NOW });
    assert.equal(odd.ok, false);
    assert.match(odd.issues[0]!.message, /must be a status, a progress note, a new due date or completion/);
  });
});

describe("the aggregator's options never throw", () => {
  it('bad options are reported as issues of the result and the defaults are used', () => {
    const options = {
      now: { when: 'today' },
      dueSoonDays: 'thirty',
      quotesPerStandard: -3,
      actionLimit: Number.NaN,
      agencyKey: 'name',
      translate: 42,
      previous: 7,
      stored: 'yes',
    };
    const aggregator = createAggregator(framework, options as never);
    aggregator.add(validReturn(framework));
    const result = aggregator.result();
    assert.equal(result.counted, 1);
    assert.deepEqual(
      result.issues.map((issue) => issue.path[0]),
      ['now', 'dueSoonDays', 'quotesPerStandard', 'actionLimit', 'agencyKey', 'translate', 'previous', 'stored'],
    );
    for (const issue of result.issues) assert.equal(issue.severity, 'error');
  });

  it('a partnership that is not the framework’s counts no return, so that no other partnership’s agency is shown', () => {
    const result = createAggregator(framework, { now: NOW, partnership: 'atlantis' });
    result.add(validReturn(framework));
    const figures = result.result();
    assert.equal(figures.counted, 0);
    assert.equal(figures.forOtherPartnerships, 1);
    assert.deepEqual(figures.matrix.agencies, []);
    assert.equal(
      figures.issues[0]!.message,
      '“atlantis” is not a partnership of Test tool: use “north” (North Partnership) or “south” (South Partnership). No return is counted until it names one',
    );
  });

  it('options that throw when read, a previous cycle that throws while it is listed, and callbacks that throw', () => {
    const aggregator = createAggregator(
      framework,
      throwing(() => Object.create(null)),
    );
    aggregator.add(validReturn(framework));
    assert.equal(aggregator.result().counted, 1);
    assert.match(aggregator.result().issues[0]!.message, /options could not be read/);

    function* previous() {
      yield validReturn(framework);
      throw Object.create(null);
    }
    const withPrevious = createAggregator(framework, { now: NOW, previous: previous() });
    withPrevious.add(validReturn(framework));
    const compared = withPrevious.result();
    assert.equal(compared.comparison!.previous.counted, 1);
    assert.match(compared.issues[0]!.message, /earlier cycle could not all be read/);

    const keyThrows = createAggregator(framework, {
      now: NOW,
      agencyKey: () => {
        throw Object.create(null);
      },
    });
    keyThrows.add(validReturn(framework));
    const keyResult = keyThrows.result();
    assert.equal(keyResult.counted, 0);
    assert.match(keyResult.rejected[0]!.reason, /agency could not be worked out/);
  });
});

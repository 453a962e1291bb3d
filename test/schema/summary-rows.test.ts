import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate, levelStandings, type AuditReturn } from '@s11kit/schema';
import { band, belowTotals, buildRows, filterable, filterAndSort, NO_FILTERS, type Row, type RowQuery } from '../../packages/components/dist/summary/rows.js';
import { defaultStrings } from '../../packages/components/dist/strings.js';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';

// The model behind <s11-summary>, in Node: the rows, what each cell says, and what the filters and
// sorting leave. The element's own tests (test/components/summary.test.ts) cover how it shows them.

const framework = testFramework();
const standings = levelStandings(framework.scale);

function agency(name: string, sector: 'statutory' | 'education', partnerships: string[], ratings: (string | null)[]): AuditReturn {
  const ret = validReturn(framework);
  ret.organisation = { name, sector, partnerships };
  ret.responses = ret.responses.filter((r) => sector === 'statutory' || r.standardId !== 'contracting');
  ret.responses.forEach((response, i) => {
    const rating = ratings[i] ?? null;
    response.rating = rating;
    response.evidence = 'Minutes.';
    response.explanation = rating === 'not-applicable' ? 'We commission no services.' : '';
    response.actions =
      rating === 'amber' || rating === 'red' ? [{ id: `a${i + 1}`, action: 'Audit files', lead: 'Head of HR', due: '2026-09-30', status: 'not-started', notes: '' }] : [];
  });
  return ret;
}

//                      leadership  safe recruitment  contracting
//   Example Trust      Green       Amber             N/A            statutory, north
//   Hillside School    Blue        Red               (not for it)   education, south
//   St. Mary's Harbour Green       Green             Amber          statutory, north + south
//   Zed Council        Red         Green             Green          statutory, south
const figures = aggregate(
  framework,
  [
    agency('Example Trust', 'statutory', ['north'], ['green', 'amber', 'not-applicable']),
    agency('Hillside School', 'education', ['south'], ['blue', 'red']),
    agency("St. Mary's Harbour", 'statutory', ['north', 'south'], ['green', 'green', 'amber']),
    agency('Zed Council', 'statutory', ['south'], ['red', 'green', 'green']),
  ],
  { now: NOW },
);
const agencies = buildRows(framework, figures, standings, 'agencies', defaultStrings);
const query = (change: Partial<RowQuery> = {}): RowQuery => ({
  rows: 'agencies',
  filters: NO_FILTERS,
  sort: undefined,
  filterable: filterable(framework, change.rows ?? 'agencies'),
  standardIds: figures.matrix.standards.map((s) => s.id),
  ...change,
});
const names = (rows: readonly Row[]) => rows.map((row) => row.name);

describe('summary rows: what each cell says', () => {
  it('gives each agency a row with its sector, and each cell its level, tone and whether it is below expected', () => {
    assert.deepEqual(names(agencies), ['Example Trust', 'Hillside School', "St. Mary's Harbour", 'Zed Council']);
    const trust = agencies[0]!;
    assert.equal(trust.detail, 'Statutory agencies');
    assert.deepEqual(
      trust.cells.map((cell) => [cell.text, cell.tone, cell.below]),
      [
        ['Green', 'green', false],
        ['Amber', 'amber', true],
        ['N/A', 'grey', false],
      ],
    );
    assert.equal(trust.below, 1);
    assert.equal(trust.key, 'example trust');
  });

  it('says a standard does not apply to a sector it is not for, rather than that it was not answered', () => {
    const school = agencies[1]!;
    assert.deepEqual(
      school.cells.map((cell) => cell.text),
      ['Blue', 'Red', 'Does not apply'],
    );
    assert.equal(school.cells[2]!.score, null);
    assert.equal(school.cells[2]!.tone, undefined);
  });

  it('shows a group by how many of its agencies are at or above expected, coloured by its average', () => {
    const sectors = buildRows(framework, figures, standings, 'sectors', defaultStrings);
    const statutory = sectors.find((row) => row.name === 'Statutory agencies')!;
    assert.equal(statutory.detail, '3 agencies');
    assert.equal(statutory.sector, 'statutory');
    // Leadership: Green, Green, Red: 2 of 3 at or above, average (⅔ + ⅔ + 0) / 3 = 0.44, nearest Amber.
    assert.deepEqual([statutory.cells[0]!.text, statutory.cells[0]!.detail, statutory.cells[0]!.tone], ['2 of 3 at or above expected', 'Average: Amber', 'amber']);
    const partnerships = buildRows(framework, figures, standings, 'partnerships', defaultStrings);
    assert.deepEqual(partnerships.find((row) => row.name === 'North Partnership')!.partnerships, ['north']);
  });

  it('bands an average halfway between two levels as the lower one', () => {
    const rated = standings.filter((s) => s.rated);
    assert.equal(band(rated, 0.5)!.id, 'amber', 'halfway between Green and Amber');
    assert.equal(band(rated, 0.51)!.id, 'green');
    assert.equal(band(rated, 1)!.id, 'blue');
    assert.equal(band(rated, 0)!.id, 'red');
    assert.equal(band([], 0.5), undefined);
  });
});

describe('summary rows: filters and sorting', () => {
  it('filters by sector, by partnership, by a rating below expected, and by part of a name', () => {
    assert.deepEqual(names(filterAndSort(agencies, query({ filters: { ...NO_FILTERS, sector: 'education' } }))), ['Hillside School']);
    assert.deepEqual(names(filterAndSort(agencies, query({ filters: { ...NO_FILTERS, partnership: 'north' } }))), ['Example Trust', "St. Mary's Harbour"]);
    assert.deepEqual(names(filterAndSort(agencies, query({ filters: { ...NO_FILTERS, belowExpected: true } }))), [
      'Example Trust',
      'Hillside School',
      "St. Mary's Harbour",
      'Zed Council',
    ]);
    // Punctuation and case are ignored, as the aggregator matches names.
    assert.deepEqual(names(filterAndSort(agencies, query({ filters: { ...NO_FILTERS, search: 'st marys' } }))), ["St. Mary's Harbour"]);
    assert.deepEqual(names(filterAndSort(agencies, query({ filters: { ...NO_FILTERS, search: 'nobody' } }))), []);
  });

  it('offers only the filters that can narrow the kind of row', () => {
    assert.deepEqual(filterable(framework, 'agencies'), { sectors: true, partnerships: true });
    assert.deepEqual(filterable(framework, 'sectors'), { sectors: true, partnerships: false });
    assert.deepEqual(filterable(framework, 'partnerships'), { sectors: false, partnerships: true });
    // A partnership filter left set does not empty a table of sectors.
    const sectors = buildRows(framework, figures, standings, 'sectors', defaultStrings);
    assert.equal(filterAndSort(sectors, query({ rows: 'sectors', filters: { ...NO_FILTERS, partnership: 'north', search: 'x' } })).length, sectors.length);
  });

  it('sorts by name either way', () => {
    const byName = (direction: 'ascending' | 'descending') => names(filterAndSort(agencies, query({ sort: { column: 'name', direction } })));
    assert.deepEqual(byName('ascending'), ['Example Trust', 'Hillside School', "St. Mary's Harbour", 'Zed Council']);
    assert.deepEqual(byName('descending'), ['Zed Council', "St. Mary's Harbour", 'Hillside School', 'Example Trust']);
  });

  it('sorts by a standard worst first, with rows it has no rating for last whichever way', () => {
    const by = (direction: 'ascending' | 'descending') => names(filterAndSort(agencies, query({ sort: { column: 'standard', standardId: 'contracting', direction } })));
    // Contracting: Amber (St. Mary's), Green (Zed), N/A (Example Trust), does not apply (Hillside): names break ties.
    assert.deepEqual(by('ascending'), ["St. Mary's Harbour", 'Zed Council', 'Example Trust', 'Hillside School']);
    assert.deepEqual(by('descending'), ['Zed Council', "St. Mary's Harbour", 'Example Trust', 'Hillside School']);
  });

  it('sorts by how many ratings are below expected, ties by name', () => {
    const most = filterAndSort(agencies, query({ sort: { column: 'below-expected', direction: 'descending' } }));
    assert.deepEqual(
      most.map((row) => [row.name, row.below]),
      [
        ['Example Trust', 1],
        ['Hillside School', 1],
        ["St. Mary's Harbour", 1],
        ['Zed Council', 1],
      ],
    );
  });

  it('counts agencies below expected per standard among the rows shown', () => {
    assert.deepEqual(belowTotals(figures, 'agencies', agencies), [1, 2, 1]);
    const north = filterAndSort(agencies, query({ filters: { ...NO_FILTERS, partnership: 'north' } }));
    assert.deepEqual(belowTotals(figures, 'agencies', north), [0, 1, 1]);
    assert.deepEqual(
      belowTotals(figures, 'sectors', []),
      figures.standards.map((s) => s.belowExpected),
    );
  });

  it('leaves the rows it was given as they were', () => {
    const before = names(agencies);
    filterAndSort(agencies, query({ sort: { column: 'name', direction: 'descending' } }));
    assert.deepEqual(names(agencies), before);
  });
});

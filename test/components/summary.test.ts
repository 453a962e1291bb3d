import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { aggregate, type AuditReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import '@s11kit/components/s11-summary.js';
import type { S11Summary } from '@s11kit/components';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';
import { deepActiveElement, tabUntil } from '../helpers/browser.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const framework = testFramework();

/** A return of the test framework: leadership, safe recruitment and (for statutory agencies) contracting. */
function agency(name: string, sector: 'statutory' | 'education', partnerships: string[], ratings: (string | null)[]): AuditReturn {
  const ret = validReturn(framework);
  ret.organisation = { name, sector, partnerships };
  ret.responses = ret.responses.filter((r) => sector === 'statutory' || r.standardId !== 'contracting');
  ret.responses.forEach((response, i) => {
    const rating = ratings[i] ?? null;
    response.rating = rating;
    response.evidence = 'Minutes and audits.';
    response.explanation = rating === 'not-applicable' ? 'We commission no services.' : '';
    response.actions =
      rating === 'amber' || rating === 'red' ? [{ id: `a${i + 1}`, action: 'Audit files', lead: 'Head of HR', due: '2026-09-30', status: 'not-started', notes: '' }] : [];
  });
  return ret;
}

/**
 * Four agencies, by hand:
 *                      leadership  safe recruitment  contracting
 *   Example Trust      Green       Amber             N/A            statutory, north
 *   Hillside School    Blue        Red               (not for it)   education, south
 *   Harbour Council    Green       Green             Amber          statutory, north + south
 *   <img …>            Red         Green             Green          statutory, south
 */
const returns = (): AuditReturn[] => [
  agency('Example Trust', 'statutory', ['north'], ['green', 'amber', 'not-applicable']),
  agency('Hillside School', 'education', ['south'], ['blue', 'red']),
  agency("St. Mary's Harbour Council", 'statutory', ['north', 'south'], ['green', 'green', 'amber']),
  agency(HOSTILE, 'statutory', ['south'], ['red', 'green', 'green']),
];

const render = (rows = 'agencies', list: unknown[] = returns()) =>
  fixture<S11Summary>(html`<s11-summary .framework=${framework} .returns=${list} .now=${NOW} rows=${rows}></s11-summary>`);

const root = (el: S11Summary) => el.shadowRoot!;
const bodyRows = (el: S11Summary) => [...root(el).querySelectorAll('tbody tr')];
const rowNames = (el: S11Summary) => bodyRows(el).map((tr) => tr.querySelector('.row-header__name')!.textContent.trim());
const rowOf = (el: S11Summary, name: string) => bodyRows(el).find((tr) => tr.querySelector('.row-header__name')!.textContent.trim() === name)!;
/** What a screen reader reads in each standard's cell of a row. */
const cellTexts = (tr: Element) =>
  [...tr.querySelectorAll('td[part="cell"]')].map((td) => {
    const hidden = td.querySelector('.visually-hidden');
    return hidden ? hidden.textContent.trim() : td.textContent.replace(/\s+/g, ' ').trim();
  });
const header = (el: S11Summary, index: number) => root(el).querySelectorAll<HTMLTableCellElement>('thead th')[index]!;
const count = (el: S11Summary) => root(el).querySelector('[role="status"]')!.textContent.trim();
const announced = (el: S11Summary) => root(el).querySelector('[aria-live="polite"]')!.textContent.trim();

describe('<s11-summary>', () => {
  it('renders a real table: caption, a column header per standard and a row header per agency', async () => {
    const el = await render();
    const table = root(el).querySelector('table')!;
    expect(table.caption!.textContent.trim()).to.equal('Ratings of each agency, by standard');
    const columns = [...table.querySelectorAll('thead th')];
    expect(columns.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col']);
    expect(columns.map((th) => th.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Agency',
      'Standard 1 Leadership',
      'Standard 2 Safe recruitment',
      'Standard 3 Contracting',
      'Ratings below expected',
    ]);
    expect(columns.map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['none', 'none', 'none', 'none', 'none']);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['row', 'row', 'row', 'row']);
    expect(rowOf(el, 'Example Trust').querySelector('.row-header__detail')!.textContent).to.equal('Statutory agencies');
    await expect(el).to.be.accessible();
  });

  it("writes each agency's level as its label, with the tone's colour and shape", async () => {
    const el = await render();
    expect(cellTexts(rowOf(el, 'Example Trust'))).to.deep.equal(['Green', 'Amber', 'N/A']);
    expect(cellTexts(rowOf(el, 'Hillside School'))).to.deep.equal(['Blue', 'Red', 'Does not apply']);
    expect(cellTexts(rowOf(el, "St. Mary's Harbour Council"))).to.deep.equal(['Green', 'Green', 'Amber']);
    const amber = rowOf(el, 'Example Trust').querySelectorAll('td[part="cell"]')[1]!;
    expect(amber.className).to.contain('tone--amber');
    // The shape is drawn by CSS before the label: a triangle with a hole (the exclamation mark),
    // another shape for another tone, and no text for a screen reader to read.
    const shape = (cell: Element) => getComputedStyle(cell, '::before');
    expect(shape(amber).clipPath).to.match(/^polygon\(evenodd, /);
    expect(shape(amber).content).to.equal('""');
    expect(shape(amber).width).to.not.equal('0px');
    const green = rowOf(el, 'Example Trust').querySelectorAll('td[part="cell"]')[0]!;
    expect(shape(green).clipPath)
      .to.match(/^polygon\(/)
      .and.not.equal(shape(amber).clipPath);
    expect(amber.children.length, 'a rated cell is one element').to.equal(0);
    // How many ratings each agency has below Green, and how many agencies are below it per standard.
    expect([...rowOf(el, 'Hillside School').querySelectorAll('.cell--number')].map((td) => td.textContent)).to.deep.equal(['1']);
    expect([...root(el).querySelectorAll('tfoot td')].map((td) => td.textContent.trim())).to.deep.equal(['1', '2', '1', '']);
    expect(root(el).querySelector('tfoot th')!.textContent.trim()).to.equal('Agencies below expected');
  });

  it('says "Not answered" for a standard an agency did not rate', async () => {
    const list = returns();
    const unanswered = agency('Quiet Club', 'statutory', ['north'], ['green', 'green', 'green']);
    // A submitted return must rate every standard, so the figures come from a server that counted a gap.
    const result = aggregate(framework, [...list, unanswered], { now: NOW });
    const cells = result.matrix.cells.map((row, a) => (result.matrix.agencies[a]!.name === 'Quiet Club' ? [row[0]!, null, row[2]!] : row));
    const el = await fixture<S11Summary>(html`<s11-summary .framework=${framework} .result=${{ ...result, matrix: { ...result.matrix, cells } }}></s11-summary>`);
    expect(cellTexts(rowOf(el, 'Quiet Club'))).to.deep.equal(['Green', 'Not answered', 'Green']);
    expect(rowOf(el, 'Quiet Club').querySelector('.cell--none [aria-hidden="true"]')!.textContent).to.equal('–');
  });

  it('shows sectors and partnerships as rows, with how many agencies are at or above expected', async () => {
    const sectors = await render('sectors');
    expect(sectors.shadowRoot!.querySelector('caption')!.textContent.trim()).to.equal('Ratings of each sector, by standard');
    expect(header(sectors, 0).textContent.trim()).to.equal('Sector');
    expect(rowNames(sectors)).to.deep.equal(['Statutory agencies', 'Education settings']);
    const statutory = rowOf(sectors, 'Statutory agencies');
    expect(statutory.querySelector('.row-header__detail')!.textContent).to.equal('3 agencies');
    // Leadership: Green, Green, Red: 2 of 3 at or above Green; average 4/9, nearest level Amber.
    const leadership = statutory.querySelector('td[part="cell"]')!;
    expect(leadership.querySelector('.cell__level')!.textContent.trim()).to.equal('2 of 3 at or above expected');
    expect(leadership.querySelector('.cell__detail')!.textContent).to.equal('Average: Amber');
    expect(leadership.className).to.contain('tone--amber');
    // Contracting: N/A, Amber, Green; N/A is not a rating, and halfway between two levels is the lower.
    expect(cellTexts(statutory)[2]).to.equal('1 of 2 at or above expected Average: Amber');
    expect(cellTexts(rowOf(sectors, 'Education settings'))).to.deep.equal(['1 of 1 at or above expected Average: Blue', '0 of 1 at or above expected Average: Red', 'No ratings']);
    await expect(sectors).to.be.accessible();

    const partnerships = await render('partnerships');
    expect(rowNames(partnerships)).to.deep.equal(['North Partnership', 'South Partnership']);
    expect(rowOf(partnerships, 'South Partnership').querySelector('.row-header__detail')!.textContent).to.equal('3 agencies');
    expect(cellTexts(rowOf(partnerships, 'North Partnership'))[1]).to.equal('1 of 2 at or above expected Average: Amber');
    await expect(partnerships).to.be.accessible();
  });

  it('sorts by a column from the keyboard, sets aria-sort and announces the order', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button type="button">Before</button><s11-summary .framework=${framework} .returns=${returns()} .now=${NOW}></s11-summary></div>`,
    );
    const el = wrapper.querySelector('s11-summary')!;
    await el.updateComplete;
    const sorts: unknown[] = [];
    el.addEventListener('s11-sort', (event) => sorts.push(event.detail));
    const button = header(el, 2).querySelector('button')!;
    wrapper.querySelector('button')!.focus();
    expect(await tabUntil((active) => active === button, 12)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 2).getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 1).getAttribute('aria-sort')).to.equal('none');
    // Worst first: Red, Amber, then the Greens by name.
    expect(rowNames(el)).to.deep.equal(['Hillside School', 'Example Trust', HOSTILE, "St. Mary's Harbour Council"]);
    expect(announced(el)).to.equal('Sorted by standard 2, Safe recruitment, worst first');
    expect(sorts).to.deep.equal([{ column: 'standard', standardId: 'safe-recruitment', direction: 'ascending' }]);
    expect(deepActiveElement()).to.equal(button, 'focus stays on the header');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 2).getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el).slice(0, 2)).to.deep.equal([HOSTILE, "St. Mary's Harbour Council"]);
    expect(announced(el)).to.equal('Sorted by standard 2, Safe recruitment, best first');
  });

  it('puts agencies with no rating last whichever way, and sorts by name and by ratings below expected', async () => {
    const el = await render();
    header(el, 3).querySelector('button')!.click();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(["St. Mary's Harbour Council", HOSTILE, 'Example Trust', 'Hillside School']);
    header(el, 3).querySelector('button')!.click();
    await el.updateComplete;
    expect(rowNames(el).slice(2)).to.deep.equal(['Example Trust', 'Hillside School']);

    header(el, 0).querySelector('button')!.click();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal([HOSTILE, 'Example Trust', 'Hillside School', "St. Mary's Harbour Council"]);
    expect(announced(el)).to.equal('Sorted by Agency, A to Z');

    header(el, 4).querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 4).getAttribute('aria-sort')).to.equal('descending');
    expect(announced(el)).to.equal('Sorted by Ratings below expected, most first');
  });

  it('filters by sector, partnership, ratings below expected and name, and announces how many are shown', async () => {
    const el = await render();
    const filters: unknown[] = [];
    el.addEventListener('s11-filter', (event) => filters.push(event.detail));
    expect(count(el)).to.equal('4 of 4 agencies shown');

    const sector = root(el).querySelector<HTMLSelectElement>('#sector')!;
    expect(root(el).querySelector('label[for="sector"]')!.textContent).to.equal('Sector');
    sector.value = 'education';
    sector.dispatchEvent(new Event('change', { bubbles: true }));
    await oneEvent(el, 's11-filter');
    expect(rowNames(el)).to.deep.equal(['Hillside School']);
    expect(count(el)).to.equal('1 of 4 agencies shown');
    expect(root(el).querySelector('[role="status"]')).to.exist;
    await expect(el).to.be.accessible();
    sector.value = '';
    sector.dispatchEvent(new Event('change', { bubbles: true }));
    await oneEvent(el, 's11-filter');

    const partnership = root(el).querySelector<HTMLSelectElement>('#partnership')!;
    partnership.value = 'north';
    partnership.dispatchEvent(new Event('change', { bubbles: true }));
    await oneEvent(el, 's11-filter');
    expect(rowNames(el)).to.deep.equal(['Example Trust', "St. Mary's Harbour Council"]);
    expect(count(el)).to.equal('2 of 4 agencies shown');

    // The checkbox, from the keyboard.
    root(el).querySelector<HTMLInputElement>('#below')!.focus();
    const checked = oneEvent(el, 's11-filter');
    await sendKeys({ press: 'Space' });
    await checked;
    expect(rowNames(el)).to.deep.equal(['Example Trust', "St. Mary's Harbour Council"]);
    partnership.value = '';
    partnership.dispatchEvent(new Event('change', { bubbles: true }));
    await oneEvent(el, 's11-filter');
    expect(rowNames(el)).to.deep.equal(['Example Trust', 'Hillside School', "St. Mary's Harbour Council", HOSTILE]);

    // The search ignores case and punctuation, as the aggregator matches names.
    root(el).querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'st marys' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(["St. Mary's Harbour Council"]);
    expect(count(el)).to.equal('1 of 4 agencies shown');
    expect(filters.at(-1)).to.deep.equal({ sector: '', partnership: '', belowExpected: true, search: 'st marys', shown: 1, total: 4 });
    // Totals count the rows shown.
    expect([...root(el).querySelectorAll('tfoot td')].map((td) => td.textContent.trim())).to.deep.equal(['0', '0', '1', '']);
    await expect(el).to.be.accessible();

    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(bodyRows(el)[0]!.textContent.trim()).to.equal('No agencies match these filters.');
    expect(count(el)).to.equal('0 of 4 agencies shown');
  });

  it('keeps the filters that fit the rows: sectors have no partnership filter, nor a name search', async () => {
    const el = await render('sectors');
    expect(root(el).querySelector('#partnership')).to.equal(null);
    expect(root(el).querySelector('#search')).to.equal(null);
    expect(root(el).querySelector('label[for="below"]')!.textContent).to.equal('Only sectors with a rating below expected');
    root(el).querySelector<HTMLInputElement>('#below')!.click();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Statutory agencies', 'Education settings']);
    expect(count(el)).to.equal('2 of 2 sectors shown');
  });

  it('shows names and reasons from returns as text, never as markup', async () => {
    const draft = agency(HOSTILE, 'statutory', ['north'], ['green', 'green', 'green']);
    draft.status = 'draft';
    const el = await render('agencies', [...returns(), draft, 'not a return']);
    expect(rowOf(el, HOSTILE)).to.exist;
    expect(root(el).querySelector('img')).to.equal(null);
    const rejected = root(el).querySelector('[part="rejected"]')!;
    expect(rejected.querySelector('summary')!.textContent.trim()).to.equal('2 returns were not counted');
    const items = [...rejected.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).to.contain(`${HOSTILE}: It is still a draft`);
    expect(items[1]).to.match(/^Return 6: /);
    await expect(el).to.be.accessible();
  });

  it('says so when there is nothing to show, and stays accessible', async () => {
    const el = await render('agencies', []);
    expect(bodyRows(el)).to.have.length(1);
    expect(bodyRows(el)[0]!.textContent.trim()).to.equal('No returns have been counted yet.');
    expect(count(el)).to.equal('0 of 0 agencies shown');
    await expect(el).to.be.accessible();
  });

  it('uses `result` when given, and counts returns only when they change', async () => {
    const list = returns();
    const el = await fixture<S11Summary>(html`<s11-summary .framework=${framework} .returns=${list} .now=${NOW}></s11-summary>`);
    const counted = el.figures;
    header(el, 1).querySelector('button')!.click();
    el.filters = { ...el.filters, belowExpected: true };
    await el.updateComplete;
    expect(el.figures).to.equal(counted, 'sorting and filtering do not count again');
    el.returns = list.slice(0, 2);
    await el.updateComplete;
    expect(el.figures).to.not.equal(counted);
    expect(el.figures!.matrix.agencies).to.have.length(2);
    const result = aggregate(framework, list.slice(0, 1), { now: NOW });
    el.result = result;
    await el.updateComplete;
    expect(el.figures).to.equal(result);
    expect(rowNames(el)).to.deep.equal(['Example Trust']);
  });

  it('scrolls sideways inside a focusable region at 320 px, keeping the row headers in view', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="narrow"><s11-summary .framework=${framework} .returns=${returns()} .now=${NOW}></s11-summary></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('s11-summary')!;
    await el.updateComplete;
    const region = root(el).querySelector<HTMLElement>('[part="scroll"]')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(root(el).getElementById(region.getAttribute('aria-labelledby')!)!.tagName).to.equal('CAPTION');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    region.focus();
    expect(deepActiveElement()).to.equal(region);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(region.scrollLeft).to.be.greaterThan(0);
    const rowHeader = root(el).querySelector('tbody th')!;
    expect(getComputedStyle(rowHeader).position).to.equal('sticky');
    expect(Math.round(rowHeader.getBoundingClientRect().left)).to.equal(Math.round(region.getBoundingClientRect().left));
    await expect(el).to.be.accessible();
  });

  it('uses the page’s strings', async () => {
    const el = await render();
    el.strings = { summaryCaption: { agencies: 'Graddau pob asiantaeth', sectors: 'Sectorau', partnerships: 'Partneriaethau' } };
    await el.updateComplete;
    expect(root(el).querySelector('caption')!.textContent.trim()).to.equal('Graddau pob asiantaeth');
  });

  it('reports the items within a standard on their own, with standard-id, and sorts by one', async () => {
    const bucks = await loadFramework('buckinghamshire-s11');
    const practice = bucks.standards.find((s) => s.id === 'effective-practice')!;
    const returns = [...generateReturns(bucks, { count: 12, seed: 5 })];
    const el = await fixture<S11Summary>(html`<s11-summary .framework=${bucks} .returns=${returns} .now=${NOW} standard-id="effective-practice"></s11-summary>`);
    const headers = [...root(el).querySelectorAll('thead th .col__title')].map((th) => th.textContent.trim());
    expect(headers).to.deep.equal(practice.items!.map((item) => item.title));
    expect(root(el).querySelector('caption')!.textContent).to.contain('Ratings of the items of standard 5, Effective practice with children and families');
    const result = aggregate(bucks, returns, { now: NOW });
    const prevent = result.items.findIndex((item) => item.itemId === 'prevent');
    const first = result.matrix.agencies[0]!;
    const levels = new Map(bucks.scale.levels.map((l) => [l.id, l.label]));
    expect(cellTexts(rowOf(el, first.name))[2]).to.equal(levels.get(result.matrix.itemCells[0]![prevent]!));
    await expect(el).to.be.accessible();

    const sorted = oneEvent(el, 's11-sort');
    header(el, 3).querySelector('button')!.click();
    expect((await sorted).detail).to.deep.equal({ column: 'item', itemId: 'prevent', direction: 'ascending' });
    expect(header(el, 3).getAttribute('aria-sort')).to.equal('ascending');

    el.rows = 'sectors';
    await el.updateComplete;
    const health = result.bySector.find((group) => group.id === 'health')!;
    const figures = health.items.find((item) => item.itemId === 'prevent')!;
    expect(cellTexts(rowOf(el, 'Health'))[2]).to.contain(`${figures.rated - figures.belowExpected} of ${figures.rated} at or above expected`);
  });

  // Deterministic, like the bundle budget: the time to render and to check a big table follows
  // the number of elements in it (see the heatmap row in BENCHMARKS.md). Each rated cell used to
  // be a td, a span, an SVG and its path: 3.8 elements a cell over 200 agencies.
  it('draws 200 agencies × 12 standards with at most 2 elements a table cell', async () => {
    const portsmouth = await loadFramework('portsmouth-compact');
    const el = await fixture<S11Summary>(html`<s11-summary .framework=${portsmouth} .returns=${[...generateReturns(portsmouth, { count: 200 })]} .now=${NOW}></s11-summary>`);
    const cells = bodyRows(el).length * (portsmouth.standards.length + 2);
    expect(bodyRows(el).length).to.equal(200);
    const elements = root(el).querySelectorAll('*').length;
    expect(elements / cells, `${elements} elements for ${cells} cells`).to.be.at.most(2);
  });
});

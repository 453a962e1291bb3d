import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  aggregate,
  applicableItems,
  appliesToSector,
  levelStandings,
  normaliseName,
  scoreBand,
  standardName,
  type AggregateResult,
  type Framework,
  type GroupFigures,
  type Instant,
  type LevelStanding,
  type RatingFigures,
  type Tone,
} from '@s11kit/schema';
import { S11Element } from '../internal/s11-element.js';
import { resolveStrings, type S11Strings } from '../strings.js';
import type { S11SummaryFilters } from '../events/filter.js';
import type { S11SummarySort } from '../events/sort.js';
import { choiceStyles, formStyles } from '../styles/form.js';
import { detailsStyles } from '../styles/details.js';
import { toneIcon, toneStyles } from '../styles/tone.js';
import { tokens } from '../styles/tokens.js';
import { summaryStyles } from './summary.styles.js';

/** What the rows of the table are. */
export type S11SummaryRows = 'agencies' | 'sectors' | 'partnerships';

/** One cell: a level (agencies) or a group's figures (sectors, partnerships), or nothing to show. */
interface Cell {
  readonly text: string;
  readonly tone?: Tone;
  /** A second line: the average level of a group. */
  readonly detail?: string;
  /** What sorting compares: the level's score (best 1, worst 0), or `null` for no rating. */
  readonly score: number | null;
  readonly below: boolean;
}

interface Row {
  readonly name: string;
  /** The name as the search compares it. */
  readonly key: string;
  readonly detail: string;
  readonly sector: string;
  readonly partnerships: readonly string[];
  readonly cells: readonly Cell[];
  /** Ratings below expected in the row. */
  readonly below: number;
}

/** A column of the table: a standard, or one item of the standard chosen with `standard-id`. */
interface Column {
  readonly kind: 'standard' | 'item';
  readonly id: string;
  /** "6", or "5.2" for the second item of standard 5. */
  readonly number: string;
  readonly title: string;
  /** Where its cells are: `matrix.cells[a][at]` or `matrix.itemCells[a][at]`, and the same place in a group's figures. */
  readonly at: number;
}

const NO_FILTERS: S11SummaryFilters = { sector: '', partnership: '', belowExpected: false, search: '' };
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * A heatmap of a partnership's returns: a real table of agencies (or sectors, or partnerships) ×
 * standards, each cell naming the level in words, with its colour and shape. Column headers sort
 * the rows (the GOV.UK sortable table pattern) and a filter bar narrows them; both are announced
 * to screen readers. The figures come from `aggregate` in @s11kit/schema. The table scrolls
 * sideways inside a focusable region, with the row headers kept in view.
 *
 * @event s11-filter - The filters changed; `detail` holds them, with `shown` and `total` rows.
 * @event s11-sort - The person sorted the table; `detail.column` (`name`, `below-expected` or
 *   `standard` with `detail.standardId`) and `detail.direction`.
 * @csspart filters - The filter bar above the table.
 * @csspart count - "12 of 240 agencies shown".
 * @csspart key - The key to the levels' colours and shapes.
 * @csspart scroll - The region that scrolls sideways around the table.
 * @csspart table - The table.
 * @csspart caption - Its caption.
 * @csspart column-header - Each column header.
 * @csspart sort-button - The button inside each column header.
 * @csspart row-header - Each row's header: the agency, sector or partnership.
 * @csspart cell - Each cell of a standard.
 * @csspart totals - The row of agencies below expected, per standard.
 * @csspart rejected - The list of returns that were not counted.
 * @cssproperty --s11-summary-cell-width - Width of each standard's column; a longer word widens it. Default 8.5em.
 * @cssproperty --s11-summary-row-header-width - Width of the first column, the agencies' names. Default 13em (7.5em on a small screen).
 */
export class S11Summary extends S11Element {
  static override styles = [tokens, formStyles, choiceStyles, detailsStyles, toneStyles, summaryStyles];

  /** The whole table of words: the partnership elements' are not in the audit's. */
  protected override get _text(): S11Strings {
    return resolveStrings(this.strings);
  }

  /** The framework the returns answer. Property only. */
  @property({ attribute: false }) framework: Framework | undefined;
  /** The returns, counted with `aggregate` whenever a new array is set. Property only. */
  @property({ attribute: false }) returns: readonly unknown[] = [];
  /** Figures already counted (for example by a server); used instead of `returns` when set. Property only. */
  @property({ attribute: false }) result: AggregateResult | undefined;
  /** What the rows are: `agencies` (default), `sectors` or `partnerships`. */
  @property({ reflect: true }) rows: S11SummaryRows = 'agencies';
  /** The moment overdue actions are judged at when counting; defaults to the current time. Property only. */
  @property({ attribute: false }) now: Instant | undefined;
  /** The table's caption; by default it says what the rows are. */
  @property() caption = '';
  /** The filters applied; the filter bar sets them. Property only. */
  @property({ attribute: false }) filters: S11SummaryFilters = NO_FILTERS;
  /** The order of the rows, or `undefined` for the order of the figures. The column headers set it. Property only. */
  @property({ attribute: false }) sort: S11SummarySort | undefined;
  /**
   * Show the items within this standard as the columns, instead of the standards: each item is
   * reported on its own (Buckinghamshire's board priorities, City and Hackney's elements).
   */
  @property({ attribute: 'standard-id' }) standardId = '';

  /** The last thing announced; a new object each time so that the same words are announced again. */
  @state() private _announcement: { text: string } | undefined;

  private _aggregated: AggregateResult | undefined;
  private _standings: readonly LevelStanding[] = [];
  private _all: readonly Row[] = [];
  private _shown: readonly Row[] = [];
  private _cols: readonly Column[] = [];

  /** The figures on show: `result`, else the returns as counted. */
  get figures(): AggregateResult | undefined {
    return this.result ?? this._aggregated;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const framework = this.framework;
    if (!framework) return;
    if (changed.has('framework')) this._standings = levelStandings(framework.scale);
    const counted = changed.has('framework') || changed.has('returns') || changed.has('now') || changed.has('result');
    if (counted && !this.result) this._aggregated = aggregate(framework, this.returns, this.now === undefined ? {} : { now: this.now });
    const columns = counted || changed.has('standardId');
    if (columns) this._cols = this._columns();
    if (columns || changed.has('rows') || changed.has('strings')) this._all = this._buildRows(framework);
    if (columns || changed.has('rows') || changed.has('strings') || changed.has('filters') || changed.has('sort')) this._shown = this._filterAndSort();
  }

  override render() {
    const framework = this.framework;
    const figures = this.figures;
    if (!framework || !figures) return nothing;
    const t = this._text;
    const rows = this.rows;
    const columns = this._cols;
    const itemsOf = columns[0]?.kind === 'item' ? framework.standards.find((s) => s.id === this.standardId) : undefined;
    return html`
      ${this._renderFilters(framework)}
      <p class="count" role="status" part="count">${t.summaryShown(this._shown.length, this._all.length, rows)}</p>
      <ul class="key" part="key" aria-label=${t.summaryKey}>
        ${this._standings.map((s) => html`<li class="key__item">${toneIcon(s.tone)} ${s.label}</li>`)}
      </ul>
      <div class="scroll" part="scroll" role="region" tabindex="0" aria-labelledby="caption">
        <table class="table" part="table">
          <caption class="caption" id="caption" part="caption">${this.caption || (itemsOf ? t.summaryItemsCaption(standardName(itemsOf)) : t.summaryCaption[rows])}</caption>
          <thead>
            <tr>
              ${this._header({ column: 'name' }, t.summaryRowHeading[rows], 'col--name')}
              ${columns.map((column) =>
                this._header(
                  column.kind === 'item' ? { column: 'item', itemId: column.id } : { column: 'standard', standardId: column.id },
                  html`<span class="visually-hidden">${column.kind === 'item' ? t.summaryItemPrefix : t.summaryStandardPrefix}</span>
                    <span class="col__number">${column.number}</span>
                    <span class="col__title">${column.title}</span>`,
                  'col--standard',
                ),
              )}
              ${this._header({ column: 'below-expected' }, t.summaryBelowColumn, 'col--below')}
            </tr>
          </thead>
          <tbody>
            ${this._shown.length === 0
              ? html`<tr>
                  <td class="empty" colspan=${columns.length + 2}>${this._all.length ? t.summaryNoMatch(rows) : t.summaryEmpty}</td>
                </tr>`
              : this._shown.map(
                  (row) => html`<tr>
                    <th scope="row" class="row-header" part="row-header">
                      <span class="row-header__name">${row.name}</span>
                      <span class="row-header__detail">${row.detail}</span>
                    </th>
                    ${row.cells.map((cell) => this._cell(cell))}
                    <td class="cell cell--number">${row.below.toLocaleString('en-GB')}</td>
                  </tr>`,
                )}
          </tbody>
          <tfoot>
            <tr part="totals">
              <th scope="row" class="row-header">${t.summaryBelowTotal}</th>
              ${this._totals(figures).map((n) => html`<td class="cell cell--number">${n.toLocaleString('en-GB')}</td>`)}
              <td class="cell"></td>
            </tr>
          </tfoot>
        </table>
      </div>
      ${this._renderRejected(figures)}
      <div class="visually-hidden" aria-live="polite">
        ${this._announcement ? keyed(this._announcement, html`<span>${this._announcement.text}</span>`) : nothing}
      </div>
    `;
  }

  /** The filter bar: only the filters that can narrow this kind of row. */
  private _renderFilters(framework: Framework) {
    const t = this._text;
    const f = this.filters;
    const { sectors, partnerships } = this._filterable(framework);
    return html`
      <fieldset class="fieldset filters" part="filters" @input=${this._stop}>
        <legend class="legend legend--s">${t.summaryFilters}</legend>
        <div class="filters__controls">
          ${sectors ? this._choice('sector', t.summarySector, t.summaryAllSectors, framework.sectors.map((x) => [x.id, x.label])) : nothing}
          ${partnerships
            ? this._choice('partnership', t.summaryPartnership, t.summaryAllPartnerships, framework.partnerships.map((x) => [x.id, x.name]))
            : nothing}
          ${this.rows === 'agencies'
            ? html`<div class="form-group filters__group filters__group--search">
                <label class="label" for="search">${t.summarySearch}</label>
                <input class="input" id="search" type="search" autocomplete="off" spellcheck="false" .value=${f.search}
                  @input=${(e: Event) => this._filter({ search: (e.target as HTMLInputElement).value })} />
              </div>`
            : nothing}
        </div>
        <div class="choices choices--checkbox">
          <div class="choices__item">
            <input class="choices__input" id="below" type="checkbox" .checked=${f.belowExpected}
              @change=${(e: Event) => this._filter({ belowExpected: (e.target as HTMLInputElement).checked })} />
            <label class="choices__label" for="below">${t.summaryOnlyBelow(this.rows)}</label>
          </div>
        </div>
      </fieldset>
    `;
  }

  /** A sortable column header: a button inside the `<th>`, and `aria-sort` on the `<th>`. */
  private _header(column: Omit<S11SummarySort, 'direction'>, content: unknown, className: string) {
    const sort = this.sort;
    const sorted = sort && sameColumn(sort, column) ? sort.direction : 'none';
    return html`<th scope="col" class="col ${className}" part="column-header" aria-sort=${sorted}>
      <button type="button" class="sort" part="sort-button" @click=${() => this._sortBy(column)}>${content}</button>
    </th>`;
  }

  private _cell(cell: Cell) {
    if (!cell.tone) {
      return html`<td class="cell cell--none" part="cell"><span aria-hidden="true">–</span><span class="visually-hidden">${cell.text}</span></td>`;
    }
    return html`<td class="cell tone--${cell.tone}" part="cell">
      <span class="cell__level">${toneIcon(cell.tone)}${cell.text}</span>
      ${cell.detail ? html`<span class="cell__detail">${cell.detail}</span>` : nothing}
    </td>`;
  }

  private _renderRejected(figures: AggregateResult) {
    const rejected = figures.rejected;
    if (!rejected.length) return nothing;
    const t = this._text;
    return html`<details class="details" part="rejected">
      <summary class="details__summary"><span class="details__summary-text">${t.summaryRejected(rejected.length)}</span></summary>
      <div class="details__text">
        <ul class="list">
          ${rejected.map((r) => html`<li><strong>${r.label ?? t.summaryReturnNumber(r.index + 1)}</strong>: ${r.reason}</li>`)}
        </ul>
      </div>
    </details>`;
  }

  /** Agencies below expected for each column: of the rows shown, or of every agency for groups. */
  private _totals(figures: AggregateResult): number[] {
    if (this.rows !== 'agencies') return this._cols.map((column) => (column.kind === 'item' ? figures.items[column.at]! : figures.standards[column.at]!).belowExpected);
    return this._cols.map((_, c) => this._shown.filter((row) => row.cells[c]!.below).length);
  }

  /** The standards, or the items of the standard chosen with `standard-id` when it has any. */
  private _columns(): Column[] {
    const figures = this.figures;
    if (!figures) return [];
    const { matrix } = figures;
    if (this.standardId) {
      const standard = matrix.standards.find((s) => s.id === this.standardId);
      const items = (matrix.items ?? []).flatMap((item, at) => (item.standardId === this.standardId ? [{ item, at }] : []));
      if (standard && items.length)
        return items.map(({ item, at }, k) => ({ kind: 'item', id: item.itemId, number: `${standard.number}.${k + 1}`, title: item.title, at }));
    }
    return matrix.standards.map((standard, at) => ({ kind: 'standard', id: standard.id, number: String(standard.number), title: standard.title, at }));
  }

  /** Which filters can narrow the rows: a sector's row has no partnership, and the other way round. */
  /** A filter by sector or partnership: a select whose first option shows every row. */
  private _choice(filter: 'sector' | 'partnership', label: string, all: string, options: readonly (readonly [string, string])[]) {
    const chosen = this.filters[filter];
    return html`<div class="form-group filters__group">
      <label class="label" for=${filter}>${label}</label>
      <select class="select" id=${filter} @change=${(e: Event) => this._filter({ [filter]: (e.target as HTMLSelectElement).value })}>
        <option value="" .selected=${!chosen}>${all}</option>
        ${options.map(([id, name]) => html`<option value=${id} .selected=${chosen === id}>${name}</option>`)}
      </select>
    </div>`;
  }

  private _filterable(framework: Framework) {
    return {
      sectors: this.rows !== 'partnerships' && framework.sectors.length > 1,
      partnerships: this.rows !== 'sectors' && framework.partnerships.length > 1,
    };
  }

  private _buildRows(framework: Framework): Row[] {
    const figures = this.figures!;
    const t = this._text;
    if (this.rows !== 'agencies') {
      const groups = this.rows === 'sectors' ? figures.bySector : figures.byPartnership;
      return groups.map((group) => this._groupRow(group, this.rows === 'sectors'));
    }
    const standings = new Map(this._standings.map((s) => [s.id, s]));
    const standards = new Map(framework.standards.map((s) => [s.id, s]));
    const sectors = new Map(framework.sectors.map((s) => [s.id, s.label]));
    const { matrix } = figures;
    const itemsOf = standards.get(this.standardId);
    return matrix.agencies.map((agency, a) => {
      const cells = this._cols.map((column): Cell => {
        const id = column.kind === 'item' ? matrix.itemCells[a]![column.at] : matrix.cells[a]![column.at];
        const standing = id ? standings.get(id) : undefined;
        if (standing) return { text: standing.label, tone: standing.tone, score: standing.score, below: standing.belowExpected };
        const standard = column.kind === 'item' ? itemsOf : standards.get(column.id);
        const applies =
          !standard || (appliesToSector(standard, agency.sector) && (column.kind !== 'item' || applicableItems(standard, agency.sector).some((item) => item.id === column.id)));
        return { text: applies ? t.notAnswered : t.summaryDoesNotApply, score: null, below: false };
      });
      return {
        name: agency.name,
        key: normaliseName(agency.name),
        detail: sectors.get(agency.sector) ?? agency.sector,
        sector: agency.sector,
        partnerships: agency.partnerships,
        cells,
        below: cells.filter((cell) => cell.below).length,
      };
    });
  }

  /** A sector's or partnership's row: how many of its rated agencies are at or above expected, coloured by its average. */
  private _groupRow(group: GroupFigures, isSector: boolean): Row {
    const t = this._text;
    const cells = this._cols.map((column): Cell => {
      const figures: RatingFigures = column.kind === 'item' ? group.items[column.at]! : group.standards[column.at]!;
      // The band is the schema's rule for an average: the nearest level, the lower one at halfway.
      const band = scoreBand(this._standings, figures.score);
      const score = figures.score;
      if (score === null || !band) return { text: t.summaryNoRatings, score: null, below: false };
      return {
        text: t.summaryAtOrAbove(figures.rated - figures.belowExpected, figures.rated),
        tone: band.tone,
        detail: t.summaryAverage(band.label),
        score,
        below: figures.belowExpected > 0,
      };
    });
    return {
      name: group.label,
      key: normaliseName(group.label),
      detail: t.summaryAgencies(group.agencies),
      sector: isSector ? group.id : '',
      partnerships: isSector ? [] : [group.id],
      cells,
      below: this._cols.reduce((sum, column) => sum + (column.kind === 'item' ? group.items[column.at]! : group.standards[column.at]!).belowExpected, 0),
    };
  }

  private _filterAndSort(): Row[] {
    const f = this.filters;
    const { sectors, partnerships } = this._filterable(this.framework!);
    const search = this.rows === 'agencies' ? normaliseName(f.search) : '';
    const shown = this._all.filter(
      (row) =>
        (!sectors || !f.sector || row.sector === f.sector) &&
        (!partnerships || !f.partnership || row.partnerships.includes(f.partnership)) &&
        (!f.belowExpected || row.below > 0) &&
        (!search || row.key.includes(search)),
    );
    const sort = this.sort;
    if (!sort) return shown;
    const s = this._cols.findIndex((column) => (column.kind === 'item' ? sort.itemId === column.id : sort.standardId === column.id));
    const value = (row: Row) => (sort.column === 'below-expected' ? row.below : (row.cells[s]?.score ?? null));
    const direction = sort.direction === 'ascending' ? 1 : -1;
    return shown.sort((a, b) => {
      if (sort.column === 'name') return direction * collator.compare(a.name, b.name);
      const x = value(a);
      const y = value(b);
      // Rows with no rating go last whichever way, so that the ones to look at come first.
      if (x === null || y === null) return x === y ? collator.compare(a.name, b.name) : x === null ? 1 : -1;
      return direction * (x - y) || collator.compare(a.name, b.name);
    });
  }

  /** A column header was pressed: sort by it, the other way if it is already sorted. */
  private _sortBy(column: Omit<S11SummarySort, 'direction'>) {
    const current = this.sort;
    const same = current && sameColumn(current, column);
    // The first press shows what needs attention: worst level first, most ratings below expected first.
    const first = column.column === 'below-expected' ? 'descending' : 'ascending';
    const direction = same ? (current.direction === 'ascending' ? 'descending' : 'ascending') : first;
    const sort: S11SummarySort = { ...column, direction };
    this.sort = sort;
    this._emit('s11-sort', sort);
    this._announcement = { text: this._text.summarySorted(this._columnName(sort), this._orderName(sort)) };
  }

  private _columnName(sort: S11SummarySort): string {
    const t = this._text;
    if (sort.column === 'name') return t.summaryRowHeading[this.rows];
    if (sort.column === 'below-expected') return t.summaryBelowColumn;
    if (sort.column === 'item') return this._cols.find((column) => column.kind === 'item' && column.id === sort.itemId)?.title ?? sort.itemId ?? '';
    const standard = this.framework?.standards.find((s) => s.id === sort.standardId);
    return standard ? standardName(standard) : (sort.standardId ?? '');
  }

  private _orderName(sort: S11SummarySort): string {
    const o = this._text.summaryOrder;
    const up = sort.direction === 'ascending';
    if (sort.column === 'name') return up ? o.aToZ : o.zToA;
    if (sort.column === 'below-expected') return up ? o.fewestFirst : o.mostFirst;
    return up ? o.worstFirst : o.bestFirst;
  }

  private async _filter(change: Partial<S11SummaryFilters>) {
    this.filters = { ...this.filters, ...change };
    await this.updateComplete;
    this._emit('s11-filter', { ...this.filters, shown: this._shown.length, total: this._all.length });
  }

  /** The filter controls' own input events stay inside: the summary is not a form control. */
  private _stop(event: Event) {
    event.stopPropagation();
  }
}

const sameColumn = (a: Omit<S11SummarySort, 'direction'>, b: Omit<S11SummarySort, 'direction'>) =>
  a.column === b.column && a.standardId === b.standardId && a.itemId === b.itemId;

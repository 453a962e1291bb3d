import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { aggregate, levelStandings, standardName, type AggregateResult, type Framework, type Instant, type LevelStanding } from '@s11kit/schema';
import { S11Element } from '../internal/s11-element.js';
import { resolveStrings, type S11Strings } from '../strings.js';
import type { S11SummaryFilters } from '../events/filter.js';
import type { S11SummarySort } from '../events/sort.js';
import { choiceStyles, formStyles } from '../styles/form.js';
import { detailsStyles } from '../styles/details.js';
import { toneStyles } from '../styles/tone.js';
import { toneShapeStyles } from '../styles/tone-shape.js';
import { tokens } from '../styles/tokens.js';
import { summaryStyles } from './summary.styles.js';
import { belowTotals, buildRows, columnsOf, filterable, filterAndSort, NO_FILTERS, type Cell, type Column, type Row, type S11SummaryRows } from './rows.js';
import { formatCount } from '../strings/format-count.js';

export type { S11SummaryRows };

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
  static override styles = [tokens, formStyles, choiceStyles, detailsStyles, toneStyles, toneShapeStyles, summaryStyles];

  /** The whole table of words: the partnership elements' are not in the audit's. */
  protected get _text(): S11Strings {
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
  private _columns: readonly Column[] = [];

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
    if (columns) this._columns = columnsOf(this.figures!, this.standardId);
    if (columns || changed.has('rows') || changed.has('strings')) this._all = buildRows(framework, this.figures!, this._standings, this.rows, this._text, this._columns);
    if (columns || changed.has('rows') || changed.has('strings') || changed.has('filters') || changed.has('sort')) {
      this._shown = filterAndSort(this._all, {
        rows: this.rows,
        filters: this.filters,
        sort: this.sort,
        filterable: filterable(framework, this.rows),
        standardIds: this.figures!.matrix.standards.map((standard) => standard.id),
        columns: this._columns,
      });
    }
  }

  override render() {
    const framework = this.framework;
    const figures = this.figures;
    if (!framework || !figures) return nothing;
    const t = this._text;
    const rows = this.rows;
    const columns = this._columns;
    const itemsOf = columns[0]?.kind === 'item' ? framework.standards.find((s) => s.id === this.standardId) : undefined;
    return html`
      ${this._renderFilters(framework)}
      <p class="count" role="status" part="count">${t.summaryShown(this._shown.length, this._all.length, rows)}</p>
      <ul class="key" part="key" aria-label=${t.summaryKey}>
        ${this._standings.map((s) => html`<li class="key__item tone--${s.tone} tone-shape">${s.label}</li>`)}
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
            ${
              this._shown.length === 0
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
                    <td class="cell cell--number">${formatCount(row.below)}</td>
                  </tr>`,
                  )
            }
          </tbody>
          <tfoot>
            <tr part="totals">
              <th scope="row" class="row-header">${t.summaryBelowTotal}</th>
              ${belowTotals(figures, rows, this._shown, columns).map((n) => html`<td class="cell cell--number">${formatCount(n)}</td>`)}
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
    const { sectors, partnerships } = filterable(framework, this.rows);
    return html`
      <fieldset class="fieldset filters" part="filters" @input=${this._stop}>
        <legend class="legend legend--s">${t.summaryFilters}</legend>
        <div class="filters__controls">
          ${
            sectors
              ? this._choice(
                  'sector',
                  t.summarySector,
                  t.summaryAllSectors,
                  framework.sectors.map((x) => [x.id, x.label]),
                )
              : nothing
          }
          ${
            partnerships
              ? this._choice(
                  'partnership',
                  t.summaryPartnership,
                  t.summaryAllPartnerships,
                  framework.partnerships.map((x) => [x.id, x.name]),
                )
              : nothing
          }
          ${
            this.rows === 'agencies'
              ? html`<div class="form-group filters__group filters__group--search">
                <label class="label" for="search">${t.summarySearch}</label>
                <input class="input" id="search" type="search" autocomplete="off" spellcheck="false" .value=${f.search}
                  @input=${(e: Event) => this._filter({ search: (e.target as HTMLInputElement).value })} />
              </div>`
              : nothing
          }
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

  // 200 agencies make thousands of cells, and the browser, screen readers and accessibility
  // checkers walk every node of each: a cell is one template with no white space between tags,
  // and its shape is drawn by CSS (tone-shape) rather than an SVG, so a rated cell is one element.
  private _cell(cell: Cell) {
    if (!cell.tone) {
      return html`<td class="cell cell--none" part="cell"><span aria-hidden="true">–</span><span class="visually-hidden">${cell.text}</span></td>`;
    }
    if (!cell.detail) return html`<td class="cell tone--${cell.tone} tone-shape" part="cell">${cell.text}</td>`;
    return html`<td class="cell tone--${cell.tone}" part="cell"><span class="cell__level tone-shape">${cell.text}</span> <span class="cell__detail">${cell.detail}</span></td>`;
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
    if (sort.column === 'item') return this._columns.find((column) => column.kind === 'item' && column.id === sort.itemId)?.title ?? sort.itemId ?? '';
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

const sameColumn = (a: Omit<S11SummarySort, 'direction'>, b: Omit<S11SummarySort, 'direction'>) => a.column === b.column && a.standardId === b.standardId && a.itemId === b.itemId;

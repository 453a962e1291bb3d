import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Issue } from '@s11kit/schema';
import { S11Element } from '../internal/s11-element.js';
import { links, tokens } from '../styles/tokens.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { auditStrings, type AuditStrings } from '../strings/audit-strings.js';

/**
 * The GOV.UK error summary: a list of problems at the top of the page, each a link to the field it
 * is about. It renders nothing while `issues` is empty. Links do not navigate: they fire
 * `s11-issue-select`, and the element that owns the fields (such as `<s11-audit>`) moves focus to
 * the exact control, even inside shadow roots.
 *
 * @event s11-issue-select - A link was followed. `detail.issue` is the issue. Cancelable: call
 *   `preventDefault()` to handle focus yourself.
 * @csspart base - The box around the summary.
 * @csspart title - The heading.
 * @csspart list - The list of problems.
 * @cssproperty --s11-colour-error - Border and link colour.
 */
export class S11ErrorSummary extends S11Element {
  /** The words to show: the defaults with the page's overrides on top. */
  protected get _text(): AuditStrings {
    return mergeStrings(auditStrings, this.strings);
  }

  static override styles = [tokens, links, errorSummaryStyles];

  /** The problems to list; only their `message` is shown, as text. */
  @property({ attribute: false }) issues: readonly Issue[] = [];

  @query('.error-summary') private _box!: HTMLElement | null;

  /**
   * Whether the summary is announcing: only as it appears. As problems are fixed it is rewritten,
   * and a live alert would make screen readers read it all again at every keystroke.
   */
  private _alerting = false;

  /** Move focus to the summary, as GOV.UK pages do when it appears after a submit, with its heading in view. */
  override focus(options?: FocusOptions): void {
    const box = this._box;
    if (!box) return;
    box.focus({ ...options, preventScroll: true });
    // A long summary is taller than the screen: show its top, where the heading is.
    if (!options?.preventScroll) box.scrollIntoView({ block: 'start' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('issues')) return;
    const before = changed.get('issues');
    this._alerting = this.issues.length > 0 && !before?.length;
  }

  override render() {
    if (this.issues.length === 0) return nothing;
    return html`
      <div class="error-summary" part="base" tabindex="-1">
        <div role=${this._alerting ? 'alert' : nothing}>
          <h2 class="error-summary__title" id="title" part="title">${this._text.errorSummaryTitle}</h2>
          <ul class="error-summary__list" part="list">
            ${this.issues.map((issue) => html`<li><a href="#" @click=${(event: Event) => this._select(event, issue)}>${issue.message}</a></li>`)}
          </ul>
        </div>
      </div>
    `;
  }

  private _select(event: Event, issue: Issue) {
    event.preventDefault();
    this._emit('s11-issue-select', { issue }, { cancelable: true });
  }
}

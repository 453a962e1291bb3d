import { html, type SafeHtml } from '../html/html.js';
import { count, plural, type ReportContext } from './report-context.js';

const LISTED = 200;

/** Returns that were not counted and why, and returns replaced by a later one: nothing vanishes unseen. */
export function notCountedSection({ result, sourceName }: ReportContext): SafeHtml {
  const { rejected, duplicates, translated } = result;
  const more = (n: number) => (n > LISTED ? html`<p>${count(n - LISTED)} more are not listed here.</p>` : '');
  return html`
<section aria-labelledby="not-counted">
  <h2 id="not-counted">Returns not counted</h2>
  ${
    rejected.length
      ? html`<p>${plural(rejected.length, 'return was', 'returns were')} not counted:</p>
  <ul>${rejected.slice(0, LISTED).map((r) => html`<li><strong>${sourceName(r.index)}</strong>${r.label ? html` (${r.label})` : ''}: ${r.reason}</li>`)}</ul>${more(rejected.length)}`
      : html`<p>Every return was counted.</p>`
  }
  ${
    duplicates.length
      ? html`<h3>Replaced by a later return</h3>
  <p>When an agency sent more than one return, the latest was counted.</p>
  <ul>${duplicates.slice(0, LISTED).map((d) => html`<li>${d.label}: ${sourceName(d.dropped)} was replaced by ${sourceName(d.kept)}</li>`)}</ul>${more(duplicates.length)}`
      : ''
  }
  ${translated.length ? html`<p>${plural(translated.length, 'return was', 'returns were')} translated from another framework version before counting.</p>` : ''}
  ${result.forOtherPartnerships ? html`<p>${plural(result.forOtherPartnerships, 'return was for other partnerships and is', 'returns were for other partnerships and are')} not counted here.</p>` : ''}
</section>`;
}

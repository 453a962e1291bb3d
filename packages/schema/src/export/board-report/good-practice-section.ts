import { html, type SafeHtml } from '../html/html.js';
import type { ReportContext } from './report-context.js';

/** A few short quotes a standard from agencies at the best level(s). */
export function goodPracticeSection(context: ReportContext): SafeHtml {
  const standards = context.result.goodPractice.filter((standard) => standard.quotes.length > 0);
  const body = standards.length
    ? standards.map(
        (standard) =>
          html`<h3>Standard ${standard.number}: ${standard.title}</h3>${standard.quotes.map(
            (quote) => html`<figure><blockquote><p>${quote.text}</p></blockquote><figcaption>${quote.agency}, ${context.sectorLabel(quote.sector)}</figcaption></figure>`,
          )}`,
      )
    : html`<p>No agency rated a standard at the best level with evidence.</p>`;
  return html`
<section aria-labelledby="good-practice">
  <h2 id="good-practice" class="new-page">Good practice</h2>
  <p class="note">What agencies rated at the best level wrote as evidence, shortened.</p>
  ${body}
</section>`;
}

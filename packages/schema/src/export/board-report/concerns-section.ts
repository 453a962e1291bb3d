import { html, type SafeHtml } from '../html/html.js';
import { count, percent, plural, type ReportContext } from './report-context.js';

/** Standards where most agencies fall below the expected level. */
export function concernsSection({ result, expectedLabel }: ReportContext): SafeHtml {
  const body = result.concerns.length
    ? html`<ol>${result.concerns.map(
        (standard) =>
          html`<li><strong>Standard ${standard.number}: ${standard.title}</strong>. ${plural(standard.belowExpected, 'agency', 'agencies')} of ${count(standard.rated)} rated below ${expectedLabel} (${percent(standard.belowExpected / standard.rated)}); ${percent(standard.atOrAboveExpected)} at or above it.</li>`,
      )}</ol>`
    : html`<p>No agency rated any standard below ${expectedLabel}.</p>`;
  return html`
<section aria-labelledby="concerns">
  <h2 id="concerns">Areas of concern</h2>
  <p class="note">Standards with agencies rated below ${expectedLabel}, the most such agencies first.</p>
  ${body}
</section>`;
}

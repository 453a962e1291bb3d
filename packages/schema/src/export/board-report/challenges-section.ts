import { html, type SafeHtml } from '../html/html.js';
import { count, plural, type ReportContext } from './report-context.js';

/** The quality assurance group's challenge and feedback: returns reviewed, challenges, and ratings changed after one. */
export function challengesSection({ options }: ReportContext): SafeHtml {
  const figures = options.challenges;
  if (!figures) return html``;
  return html`
<section aria-labelledby="challenges">
  <h2 id="challenges" class="new-page">Challenge and feedback</h2>
  <p>${plural(figures.reviewed, 'return was', 'returns were')} chosen for review. ${plural(figures.challenges, 'challenge was', 'challenges were')} raised:
  ${count(figures.accepted)} accepted, ${count(figures.awaitingStaff)} answered and awaiting the partnership, ${count(figures.awaitingAgency)} awaiting the agency.</p>
  <p>${plural(figures.ratingsChallenged, 'rating was', 'ratings were')} challenged; ${plural(figures.ratingsChanged, 'has', 'have')} been changed by the agency since.</p>
  ${
    figures.standards.length
      ? html`<div class="table-wrap"><table>
    <caption>Challenged and changed ratings by standard</caption>
    <thead><tr><th scope="col">Standard</th><th scope="col" class="number">Ratings challenged</th><th scope="col" class="number">Ratings changed</th></tr></thead>
    <tbody>${figures.standards.map(
      (standard) =>
        html`<tr><th scope="row">${standard.number}. ${standard.title}</th><td class="number">${count(standard.challenged)}</td><td class="number">${count(standard.changed)}</td></tr>`,
    )}</tbody>
  </table></div>`
      : ''
  }
</section>`;
}

import { html, type SafeHtml } from '../html/html.js';
import { count, plural, type ReportContext } from './report-context.js';

/** How ratings moved since the earlier cycle, standard by standard. */
export function comparisonSection({ result, sectorLabel }: ReportContext): SafeHtml {
  const comparison = result.comparison;
  if (!comparison) return html``;
  const missing = comparison.notReturned;
  const shown = missing.slice(0, 100);
  return html`
<section aria-labelledby="comparison">
  <h2 id="comparison">Since the last cycle</h2>
  <p class="note">Each agency’s rating of each standard, compared with its return in the earlier cycle (${plural(comparison.previous.agencies, 'agency', 'agencies')}).</p>
  <div class="table-wrap"><table>
    <caption>Change in ratings by standard</caption>
    <thead><tr><th scope="col">Standard</th><th scope="col" class="number">Improved</th><th scope="col" class="number">Same</th><th scope="col" class="number">Worse</th><th scope="col" class="number">Newly rated</th><th scope="col" class="number">Not rated now</th></tr></thead>
    <tbody>${comparison.standards.map(
      (standard, s) => html`<tr>
      <th scope="row">${standard.number}. ${result.matrix.standards[s]!.title}</th>
      <td class="number">${count(standard.improved)}</td>
      <td class="number">${count(standard.same)}</td>
      <td class="number">${count(standard.worse)}</td>
      <td class="number">${count(standard.new)}</td>
      <td class="number">${count(standard.notRated)}</td>
    </tr>`,
    )}</tbody>
  </table></div>
  ${
    missing.length
      ? html`<h3>No return this cycle</h3>
  <p>${plural(missing.length, 'agency', 'agencies')} returned last cycle but not this one${missing.length > shown.length ? html`; the first ${count(shown.length)} are listed` : ''}:</p>
  <ul>${shown.map((agency) => html`<li>${agency.name}, ${sectorLabel(agency.sector)}</li>`)}</ul>`
      : ''
  }
</section>`;
}

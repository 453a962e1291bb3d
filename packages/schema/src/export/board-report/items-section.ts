import { html, type SafeHtml } from '../html/html.js';
import { count, percent, type ReportContext } from './report-context.js';

/** The items within standards, each reported on its own: the share at or above expected and how many chose each level. */
export function itemsSection({ result, standings, expectedLabel }: ReportContext): SafeHtml {
  const items = result.items;
  if (!items.length) return html``;
  const standards = result.standards.filter((standard) => items.some((item) => item.standardId === standard.standardId));
  return html`
<section aria-labelledby="items">
  <h2 id="items" class="new-page">Items within standards</h2>
  <p class="note">Each item is rated on its own; agencies it does not apply to (by sector) are left out.</p>
  ${standards.map(
    (standard) => html`<div class="table-wrap"><table>
    <caption>Standard ${standard.number}: ${standard.title}</caption>
    <thead><tr>
      <th scope="col">Item</th>
      <th scope="col" class="number">At or above ${expectedLabel}</th>
      ${standings.map((level) => html`<th scope="col" class="number">${level.label}</th>`)}
      <th scope="col" class="number">Not answered</th>
    </tr></thead>
    <tbody>${items
      .filter((item) => item.standardId === standard.standardId)
      .map(
        (item) => html`<tr>
      <th scope="row">${item.title}</th>
      <td class="number"><strong>${percent(item.atOrAboveExpected)}</strong></td>
      ${standings.map((level) => html`<td class="number">${count(item.distribution[level.id] ?? 0)}</td>`)}
      <td class="number">${count(item.unanswered)}</td>
    </tr>`,
      )}</tbody>
  </table></div>`,
  )}
</section>`;
}

import type { GroupFigures } from '../../aggregate/breakdowns.js';
import { html, type SafeHtml } from '../html/html.js';
import { count, percent, type ReportContext } from './report-context.js';

function groupTable(context: ReportContext, caption: string, heading: string, groups: readonly GroupFigures[]): SafeHtml {
  const { matrix } = context.result;
  return html`<div class="table-wrap"><table>
    <caption>${caption}</caption>
    <thead><tr>
      <th scope="col">${heading}</th>
      <th scope="col" class="number">Agencies</th>
      ${matrix.standards.map((standard) => html`<th scope="col" class="number">${standard.number}<span class="visually-hidden">. ${standard.title}</span></th>`)}
    </tr></thead>
    <tbody>${groups.map(
      (group) => html`<tr>
      <th scope="row">${group.label}</th>
      <td class="number">${count(group.agencies)}</td>
      ${group.standards.map((standard) =>
        standard.rated === 0
          ? html`<td class="number">–</td>`
          : html`<td class="number">${percent(standard.atOrAboveExpected)}<span class="below">${count(standard.belowExpected)} below</span></td>`,
      )}
    </tr>`,
    )}</tbody>
  </table></div>`;
}

/** The score of each standard within each sector, and within each partnership when there are several. */
export function breakdownSection(context: ReportContext): SafeHtml {
  const { result, framework, expectedLabel } = context;
  return html`
<section aria-labelledby="breakdown">
  <h2 id="breakdown" class="new-page">By sector${framework.partnerships.length > 1 ? ' and partnership' : ''}</h2>
  <p class="note">Each cell is the share of the group’s agencies rated ${expectedLabel} or better for the standard, with how many are below it. A dash: no agency in the group has a rating that counts.</p>
  ${groupTable(context, `At or above ${expectedLabel} by sector and standard`, 'Sector', result.bySector)}
  ${framework.partnerships.length > 1 && result.byPartnership.length > 1 ? groupTable(context, `At or above ${expectedLabel} by partnership and standard`, 'Partnership', result.byPartnership) : ''}
</section>`;
}

import { html, type SafeHtml } from '../html/html.js';
import { count, plural, type ReportContext } from './report-context.js';

/** Year-2 statements of compliance: how many agencies signed one, and which standards they say moved. */
export function statementsSection({ framework, result }: ReportContext): SafeHtml {
  const { statements } = result;
  if (framework.cycle.yearTwo !== 'statement-of-compliance' && statements.agencies === 0) return html``;
  const moved = statements.standards.filter((standard) => standard.movedUp + standard.movedDown > 0);
  const titles = new Map(result.standards.map((standard) => [standard.standardId, standard.title]));
  return html`
<section aria-labelledby="statements">
  <h2 id="statements" class="new-page">Statements of compliance</h2>
  <p>${plural(statements.agencies, 'agency signed a statement of compliance', 'agencies signed a statement of compliance')}.${
    statements.agencies ? html` A standard rated higher comes with its evidence; one rated lower with an action plan.` : ''
  }</p>
  ${
    moved.length
      ? html`<div class="table-wrap"><table>
    <caption>Standards whose rating moved since year 1, by the statements</caption>
    <thead><tr><th scope="col">Standard</th><th scope="col" class="number">Rated higher</th><th scope="col" class="number">Rated lower</th></tr></thead>
    <tbody>${moved.map(
      (standard) =>
        html`<tr><th scope="row">${standard.number}. ${titles.get(standard.standardId) ?? standard.standardId}</th><td class="number">${count(standard.movedUp)}</td><td class="number">${count(standard.movedDown)}</td></tr>`,
    )}</tbody>
  </table></div>`
      : statements.agencies
        ? html`<p>No statement says a rating moved.</p>`
        : ''
  }
</section>`;
}

import { html, type SafeHtml } from '../html/html.js';
import { ACTION_STATUS_TEXT } from '../csv/report-words.js';
import { count, longDate, type ReportContext } from './report-context.js';

/** Overdue and due-soon actions, most overdue first. */
export function actionsSection({ result, sectorLabel }: ReportContext): SafeHtml {
  const { actions } = result;
  const table = actions.items.length
    ? html`<div class="table-wrap"><table>
    <caption>Overdue and due-soon actions at ${longDate(result.at)}, most overdue first</caption>
    <thead><tr><th scope="col">Due</th><th scope="col">State</th><th scope="col">Agency</th><th scope="col">Standard</th><th scope="col">Action</th><th scope="col">Lead</th><th scope="col">Status</th></tr></thead>
    <tbody>${actions.items.map(
      (item) => html`<tr>
      <td>${longDate(item.due)}</td>
      <td>${item.overdue ? 'Overdue' : 'Due soon'}</td>
      <th scope="row">${item.agency}<span class="below">${sectorLabel(item.sector)}</span></th>
      <td>${item.standardNumber}. ${item.standardTitle}</td>
      <td>${item.action}</td>
      <td>${item.lead}</td>
      <td>${ACTION_STATUS_TEXT[item.status]}</td>
    </tr>`,
    )}</tbody>
  </table></div>`
    : html`<p>No action is overdue or due soon.</p>`;
  return html`
<section aria-labelledby="actions">
  <h2 id="actions" class="new-page">Overdue actions</h2>
  <p>${count(actions.overdue)} overdue and ${count(actions.dueSoon)} due within ${actions.dueSoonDays} days.${actions.notListed ? html` ${count(actions.notListed)} more are not listed here.` : ''}</p>
  ${table}
</section>`;
}

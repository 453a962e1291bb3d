import { html, type SafeHtml } from '../html/html.js';
import { count, longDate, percent, type ReportContext } from './report-context.js';

/** The heading, the headline figures and every standard's distribution. */
export function summarySection({ framework, result, standings, expectedLabel, partnershipName }: ReportContext, title: string): SafeHtml {
  const rated = result.standards.reduce((sum, standard) => sum + standard.rated, 0);
  const below = result.standards.reduce((sum, standard) => sum + standard.belowExpected, 0);
  const atOrAbove = rated === 0 ? null : (rated - below) / rated;
  const figures: [string, string][] = [
    ['Agencies', count(result.matrix.agencies.length)],
    ['Returns counted', count(result.counted)],
    ['Returns not counted', count(result.rejected.length)],
    [`Ratings at ${expectedLabel} or better`, percent(atOrAbove)],
    ['Ratings below expected', count(below)],
    ['Actions overdue', count(result.actions.overdue)],
    [`Actions due within ${result.actions.dueSoonDays} days`, count(result.actions.dueSoon)],
  ];
  return html`
<header>
  <h1>${title}</h1>
  <p class="meta">${framework.title}, version ${framework.version}. Figures at ${longDate(result.at)}.${
    result.partnership ? html` Returns sent to ${partnershipName(result.partnership)} only.` : ''
  }</p>
</header>
<section aria-labelledby="summary">
  <h2 id="summary">Summary</h2>
  <dl class="figures">${figures.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>
  <p class="note">For each standard: the share of agencies rated ${expectedLabel} or better, which is what the framework expects, then how many chose each level. Answers of not applicable are left out of the share.</p>
  <div class="table-wrap">
  <table>
    <caption>Ratings by standard</caption>
    <thead><tr>
      <th scope="col">Standard</th>
      <th scope="col" class="number">At or above ${expectedLabel}</th>
      ${standings.map((level) => html`<th scope="col" class="number">${level.label}</th>`)}
      <th scope="col" class="number">Below ${expectedLabel}</th>
    </tr></thead>
    <tbody>${result.standards.map(
      (standard) => html`<tr>
      <th scope="row">${standard.number}. ${standard.title}</th>
      <td class="number"><strong>${percent(standard.atOrAboveExpected)}</strong></td>
      ${standings.map((level) => html`<td class="number">${count(standard.distribution[level.id] ?? 0)}</td>`)}
      <td class="number">${count(standard.belowExpected)} of ${count(standard.rated)}</td>
    </tr>`,
    )}</tbody>
  </table>
  </div>
</section>`;
}

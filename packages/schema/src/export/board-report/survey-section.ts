import { html, type SafeHtml } from '../html/html.js';
import { count, percent, plural, type ReportContext } from './report-context.js';

const GAPS_SHOWN = 100;

/** Staff agreement beside the self-rating, standard by standard, and the agencies whose staff do not bear out their rating. */
export function surveySection({ result, expectedLabel, sectorLabel, standings }: ReportContext): SafeHtml {
  const survey = result.staffSurvey;
  if (!survey) return html``;
  const label = new Map(standings.map((standing) => [standing.id, standing.label]));
  const shown = survey.gaps.slice(0, GAPS_SHOWN);
  const total = survey.standards.reduce((sum, standard) => sum + standard.gaps, 0);
  return html`
<section aria-labelledby="staff-survey">
  <h2 id="staff-survey" class="new-page">Staff survey</h2>
  <p>${plural(survey.agencies, 'agency', 'agencies')} sent results of the ${survey.title}. For each standard, the share of those agencies rating themselves ${expectedLabel} or better, beside the share of their staff who agree. A gap is an agency rated ${expectedLabel} or better whose staff agree less than ${survey.expectedAgreement}%.</p>
  <div class="table-wrap"><table>
    <caption>Self-rating beside staff agreement</caption>
    <thead><tr><th scope="col">Standard</th><th scope="col" class="number">Agencies</th><th scope="col" class="number">Rated ${expectedLabel} or better</th><th scope="col" class="number">Staff who agree</th><th scope="col" class="number">Gaps</th></tr></thead>
    <tbody>${survey.standards.map(
      (standard) =>
        html`<tr><th scope="row">${standard.number}. ${standard.title}</th><td class="number">${count(standard.agencies)}</td><td class="number">${percent(standard.selfAtOrAboveExpected)}</td><td class="number">${percent(standard.staffAgreement)}</td><td class="number">${count(standard.gaps)}</td></tr>`,
    )}</tbody>
  </table></div>
  ${
    shown.length
      ? html`<h3>Gaps</h3>
  <ul>${shown.map((gap) => html`<li>${gap.agency}, ${sectorLabel(gap.sector)}: standard ${gap.number} rated ${label.get(gap.rating) ?? gap.rating}; ${percent(gap.agreement)} of staff agree</li>`)}</ul>${
    total > shown.length ? html`<p>${count(total - shown.length)} more are not listed here.</p>` : ''
  }`
      : html`<p>No gaps: where agencies rated themselves ${expectedLabel} or better, their staff agree.</p>`
  }
</section>`;
}

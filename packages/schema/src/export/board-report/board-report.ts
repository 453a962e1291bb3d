import type { Framework } from '../../models/framework.js';
import type { AggregateResult } from '../../aggregate/aggregate-result.js';
import { actionsSection } from './actions-section.js';
import { breakdownSection } from './breakdown-section.js';
import { comparisonSection } from './comparison-section.js';
import { concernsSection } from './concerns-section.js';
import { goodPracticeSection } from './good-practice-section.js';
import { heatmapSection } from './heatmap-section.js';
import { itemsSection } from './items-section.js';
import { statementsSection } from './statements-section.js';
import { surveySection } from './survey-section.js';
import { notCountedSection } from './not-counted-section.js';
import { reportContext, type BoardReportOptions } from './report-context.js';
import { summarySection } from './summary-section.js';
import { REPORT_STYLES } from './report-styles.js';
import { html, SafeHtml } from '../html/html.js';

// Belt and braces: every value is escaped, and even if one were not, the page's own policy
// allows no script, no external request, and styles only from this file.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * A partnership board report from an aggregate, as one self-contained HTML page: headline
 * figures (the share of ratings at or above the expected level), ratings by standard, areas of
 * concern, a heatmap of agencies × standards, the items within standards, staff agreement beside
 * the self-rating, good-practice quotes, overdue actions, statements of compliance, breakdowns by
 * sector (and partnership), the change since the earlier cycle, and the returns that were not
 * counted. Inline CSS only (with a print stylesheet), no
 * script, no external request; every piece of data is HTML-escaped.
 */
export function boardReport(framework: Framework, result: AggregateResult, options: BoardReportOptions = {}): string {
  const context = reportContext(framework, result, options);
  const title = options.title ?? (result.partnership ? `${framework.title}: ${context.partnershipName(result.partnership)} report` : `${framework.title}: partnership report`);
  const page = html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${new SafeHtml(POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new SafeHtml(REPORT_STYLES)}</style>
</head>
<body>
<main>
${summarySection(context, title)}
${concernsSection(context)}
${heatmapSection(context)}
${itemsSection(context)}
${surveySection(context)}
${goodPracticeSection(context)}
${actionsSection(context)}
${statementsSection(context)}
${breakdownSection(context)}
${comparisonSection(context)}
${notCountedSection(context)}
</main>
</body>
</html>
`;
  return page.value;
}

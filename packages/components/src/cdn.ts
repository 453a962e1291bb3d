// Entry of the CDN bundle a CMS page loads for the audit (`<script type="module" src=".../s11kit.js">`):
// registers <s11-audit> and what its task list needs. Everything else (the standard card and its
// parts, the other pages, checking and sending a return, the error summary) is a chunk fetched
// right after the first paint, so that the page shows sooner and still works offline once loaded;
// those elements are registered when it arrives. The partnership elements are a separate entry
// (cdn-partnership.ts), so an audit page never downloads the aggregation code behind the heatmap.
import './audit/s11-audit.js';
import { afterPaint } from './audit/more.js';

// A page may use <s11-standard-card> or <s11-rater> without an audit: register them soon.
afterPaint(
  () =>
    void import('./audit/audit-parts.js').catch(() =>
      console.warn('s11kit: the standard card and its parts could not be loaded; check the chunks/ folder is served next to s11kit.js'),
    ),
);

// The part elements' classes (S11StandardCard, S11Rater...) are reached once they are registered,
// with customElements.whenDefined('s11-rater') and customElements.get('s11-rater'); the words are
// `defaultStrings` in the npm package and the partnership bundle.
export { S11Audit } from './audit/audit.js';
export { draftKey, clearDrafts } from './internal/draft-store.js';

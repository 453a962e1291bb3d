import { html } from './html.js';

export interface AgencyPageInput {
  readonly token: string;
  readonly campaignTitle: string;
  readonly agencyName: string;
  readonly sector: string;
  readonly storageKey: string;
  /** A built-in framework id, or undefined when the page must load the campaign's own file. */
  readonly builtInFramework: string | undefined;
  /** The latest submitted version, when it is newer than the server draft. */
  readonly receipt: { reference: string; receivedAt: string } | undefined;
}

/**
 * The page an agency's link opens: `<s11-audit>` wired to the collector's submit and draft
 * endpoints, and the CDN bundle served by the collector. Everything else the audit does itself.
 */
export function agencyPage(input: AgencyPageInput): string {
  const base = `/a/${input.token}`;
  const source = input.builtInFramework ? html`framework="${input.builtInFramework}"` : html`src="${base}/framework.json"`;
  const receipt = input.receipt ? html` receipt="${input.receipt.reference}" received-at="${input.receipt.receivedAt}"` : '';
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${input.campaignTitle}: ${input.agencyName}</title>
<link rel="stylesheet" href="/assets/collector.css">
<script type="module" src="/assets/cdn/s11kit.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="header"><div class="width"><span class="header__service">${input.campaignTitle}</span><span class="header__who">${input.agencyName}</span></div></header>
<div class="width">
<main id="main" class="main">
<s11-audit ${source}
  submit-url="${base}/returns" draft-url="${base}/draft"
  storage-key="${input.storageKey}" sector="${input.sector}"${receipt}>
  <p>This audit needs JavaScript. Turn it on in your browser, or use another browser, to fill in and send your return. Nothing you have already saved is lost.</p>
</s11-audit>
</main>
</div>
</body>
</html>
`.text;
}

/** What any link that does not work shows: the same page whether it never existed or was revoked. */
export function linkNotFoundPage(): string {
  return html`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>This link does not work – Section 11 collector</title><link rel="stylesheet" href="/assets/collector.css"></head>
<body><div class="width"><main id="main" class="main">
<h1 class="heading-l">This link does not work</h1>
<p>The link may have been replaced or stopped by your safeguarding partnership, or copied incompletely.</p>
<p>Ask the partnership's business unit for a new link. Anything your organisation already sent is kept.</p>
</main></div></body></html>
`.text;
}

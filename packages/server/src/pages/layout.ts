import { html, type Html } from './html.js';

export interface PageOptions {
  readonly title: string;
  readonly body: Html;
  /** Signed-in staff: their name and a sign-out form. */
  readonly staff?: { readonly name: string; readonly partnership: string; readonly csrf: string };
  /** Module scripts from the collector (the CSP allows nothing else). */
  readonly scripts?: readonly string[];
  readonly breadcrumbs?: readonly { readonly href: string; readonly text: string }[];
}

/** A whole page in the GOV.UK pattern: skip link, header, main, the collector's stylesheet. */
export function page(options: PageOptions): string {
  const { staff } = options;
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} – s11kit collector</title>
<link rel="stylesheet" href="/assets/collector.css">
${(options.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="header">
  <div class="width">
    <span class="header__service">Section 11 collector</span>
    ${
      staff
        ? html`<span class="header__who">${staff.name}, ${staff.partnership}</span>
    <form class="header__sign-out" method="post" action="/sign-out"><input type="hidden" name="_csrf" value="${staff.csrf}"><button class="link-button" type="submit">Sign out</button></form>`
        : ''
    }
  </div>
</header>
<div class="width">
${
  options.breadcrumbs?.length
    ? html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${options.breadcrumbs.map((crumb) => html`<li><a href="${crumb.href}">${crumb.text}</a></li>`)}</ol></nav>`
    : ''
}
<main id="main" class="main">
${options.body}
</main>
</div>
</body>
</html>
`.text;
}

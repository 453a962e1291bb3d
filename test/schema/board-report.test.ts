import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate, boardReport, escapeHtml, type AuditReturn } from '@s11kit/schema';
import { testFramework, validReturn } from '../helpers/fixtures.js';

const framework = testFramework();
const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & 'quoted' "double" </style></table>`;

/** Markup that must never appear unescaped when it came from data. */
const RAW = [/<script/i, /<img/i, /<\/style><\/table>/];

function hostile(name: string, submittedAt = '2026-05-01T11:00:00Z'): AuditReturn {
  const ret = validReturn(framework);
  ret.organisation.name = `${name} ${HOSTILE}`;
  ret.submittedAt = submittedAt;
  ret.responses[0]!.rating = 'blue';
  ret.responses[0]!.evidence = `Strong work. ${HOSTILE}`;
  ret.responses[1]!.actions[0]!.action = `Fix it ${HOSTILE}`;
  ret.responses[1]!.actions[0]!.lead = `Lead ${HOSTILE}`;
  return ret;
}

describe('escapeHtml', () => {
  it('turns every character that could start markup or end an attribute into an entity', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('Plain words, 100% safe.'), 'Plain words, 100% safe.');
    assert.equal(escapeHtml(''), '');
  });
});

describe('boardReport', () => {
  const set = [hostile('First'), hostile('Second'), { ...hostile('Rejected'), framework: { id: 'test-tool', version: '1999.1' } }, hostile('first', '2026-05-02T11:00:00Z')];
  const result = aggregate(framework, set, { now: '2026-10-15', previous: [hostile('Gone')] });
  const page = boardReport(framework, result, { title: `Board ${HOSTILE}`, sourceName: (i) => `file-${i}-${HOSTILE}.json` });

  it('escapes every name, quote, action, reason, file name and the title', () => {
    for (const pattern of RAW) assert.doesNotMatch(page, pattern);
    const escaped = escapeHtml(HOSTILE);
    for (const where of ['first ', 'Strong work. ', 'Fix it ', 'Lead ', 'Board ', 'file-2-', 'Gone '])
      assert.ok(page.includes(escapeHtml(where) + escaped), `escaped after "${where}"`);
  });

  it('is one self-contained page: inline styles with a print stylesheet, no script, no request', () => {
    assert.match(page, /^<!doctype html>\n<html lang="en-GB">/);
    assert.equal(page.match(/<style>/g)!.length, 1);
    assert.match(page, /@media print/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
    assert.doesNotMatch(page, /<script|<link|<iframe|<object|@import|url\(/i);
    assert.doesNotMatch(page, /<[^>]*\s(src|href)=/i, 'no tag loads anything');
  });

  it('has a heatmap table with a caption, column and row headers, and each level as text and colour', () => {
    const heatmap = page.slice(page.indexOf('<table class="heatmap">'), page.indexOf('</table>', page.indexOf('<table class="heatmap">')));
    assert.match(heatmap, /<caption>Ratings of each agency, by standard<\/caption>/);
    assert.match(heatmap, /<th scope="col">Agency<\/th>/);
    assert.match(heatmap, /<th scope="col">1<span class="visually-hidden">\. Leadership<\/span><\/th>/);
    assert.equal(heatmap.match(/<th scope="row">/g)!.length, 2, 'two agencies: one replaced the other');
    assert.match(heatmap, /<td class="level tone-blue">Blue<\/td>/);
    assert.match(heatmap, /<td class="level tone-amber">Amber<\/td>/);
    assert.match(heatmap, /<td class="level tone-grey">N\/A<\/td>/);
  });

  it('has every section: summary, concerns, quotes, overdue actions, sectors, the last cycle, returns not counted', () => {
    for (const heading of [
      'Summary',
      'Areas of concern',
      'Ratings of every agency',
      'Good practice',
      'Overdue actions',
      'By sector and partnership',
      'Since the last cycle',
      'Returns not counted',
    ])
      assert.match(page, new RegExp(`<h2 id="[a-z-]+"( class="new-page")?>${heading}</h2>`), heading);
    assert.match(page, /Standard 2: Safe recruitment<\/strong>\. 2 agencies of 2 rated below Green/);
    assert.match(page, /made with version “1999\.1”/);
    assert.match(page, /replaced by file-3-/);
  });

  it('shows at most heatmapLimit agencies, those with most ratings below expected', () => {
    const capped = boardReport(framework, result, { heatmapLimit: 1 });
    assert.match(capped, /<caption>Ratings of the 1 agencies with most ratings below expected, of 2<\/caption>/);
  });
});

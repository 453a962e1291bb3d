import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

// How a web team loads the bundles from a CDN: the package says which file is its bundle, and
// every address in the docs names the version it describes.

const root = new URL('../../', import.meta.url);
const components = JSON.parse(readFileSync(new URL('packages/components/package.json', root), 'utf8'));

/** The README files and Storybook guides a web team reads, with their text. */
function docs(): { file: string; text: string }[] {
  const files = ['README.md', 'packages/components/README.md', 'stories/introduction.mdx'];
  for (const name of readdirSync(new URL('stories/guides/', root))) if (name.endsWith('.mdx')) files.push(`stories/guides/${name}`);
  const wordpress = new URL('integrations/wordpress/s11kit/README.md', root);
  if (existsSync(wordpress)) files.push('integrations/wordpress/s11kit/README.md');
  return files.map((file) => ({ file, text: readFileSync(new URL(file, root), 'utf8') }));
}

describe('CDN conventions', () => {
  it('the published package.json names the audit bundle for unpkg and jsDelivr', () => {
    assert.equal(components.unpkg, 'cdn/s11kit.js');
    assert.equal(components.jsdelivr, 'cdn/s11kit.js');
    assert.ok(components.files.includes('cdn'), 'cdn/ is published');
    assert.ok(existsSync(new URL(`packages/components/${components.unpkg}`, root)), 'the bundle is built: run npm run build');
  });

  it(`every CDN address in the docs names the version they describe (${components.version})`, () => {
    const addresses = /https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/@s11kit\/components[^\s"'`)<]*/g;
    let seen = 0;
    for (const { file, text } of docs()) {
      for (const [address] of text.matchAll(addresses)) {
        seen++;
        const version = /@s11kit\/components@([^/]+)/.exec(address)?.[1];
        assert.equal(version, components.version, `${file}: ${address} should name @s11kit/components@${components.version}`);
      }
    }
    assert.ok(seen >= 3, 'the embedding guide and the README show the CDN address');
  });

  it('the WordPress plugin loads the same version, and says so in its header', () => {
    const php = readFileSync(new URL('integrations/wordpress/s11kit/s11kit.php', root), 'utf8');
    assert.equal(/define\( 'S11KIT_COMPONENTS_VERSION', '([^']+)' \)/.exec(php)?.[1], components.version, 's11kit.php: S11KIT_COMPONENTS_VERSION');
    assert.equal(/^ \* Version:\s+(\S+)$/m.exec(php)?.[1], components.version, 's11kit.php: the Version header');
  });

  it('the embedding guide says what a page with Trusted Types must allow', () => {
    const guide = readFileSync(new URL('stories/guides/embedding.mdx', root), 'utf8');
    assert.match(guide, /require-trusted-types-for 'script'; trusted-types lit-html/);
    assert.match(guide, /trusted-types lit-html 'allow-duplicates'/);
  });
});

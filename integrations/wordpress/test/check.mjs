// The WordPress plugin against a real WordPress: Debian's `wordpress`, `php-cli`, `php-mysql`,
// `mariadb-server` and `wordpress-theme-twentytwentythree` packages. In a temporary folder it
// starts a private MariaDB (socket only) and PHP's built-in server on 127.0.0.1, installs
// WordPress with DISALLOW_UNFILTERED_HTML, activates the plugin (with the built CDN bundle copied
// into it, as a release does), then acts as an Author and an Editor through the REST API (what
// the block editor saves through) and as a visitor, and checks that the element, its attributes
// and its script tag survive, that nothing hostile does, and that the audit renders in Chromium.
//
//   node integrations/wordpress/test/check.mjs            skips (exit 0) when the packages are missing
//   node integrations/wordpress/test/check.mjs --require  fails instead
//
// Prints "wordpress: N passed, N failed"; writes counts to S11_WORDPRESS_COUNTS when set. Stops
// everything it started, by process id, even when a check fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const root = new URL('../../../', import.meta.url).pathname;
const plugin = `${root}integrations/wordpress/s11kit`;
const wordpress = process.env.S11_WORDPRESS_DIR || '/usr/share/wordpress';
const countsFile = process.env.S11_WORDPRESS_COUNTS;
const required = process.argv.includes('--require');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const counts = { passed: 0, failed: 0, skipped: 0 };

async function finish(code) {
  console.log(`wordpress: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  if (countsFile) await writeFile(countsFile, JSON.stringify(counts));
  process.exit(code);
}

async function skip(reason) {
  console.log(`wordpress: skipped: ${reason}`);
  if (required) {
    counts.failed++;
    return finish(1);
  }
  counts.skipped++;
  return finish(0);
}

const which = (name) => ['/usr/bin', '/usr/sbin', '/bin', '/sbin'].map((dir) => join(dir, name)).find(existsSync);
const tools = { php: which('php'), mariadbd: which('mariadbd'), installDb: which('mariadb-install-db'), client: which('mariadb') };
const missing = Object.entries(tools)
  .filter(([, path]) => !path)
  .map(([name]) => name);
if (missing.length) await skip(`not installed: ${missing.join(', ')} (apt-get install php-cli php-mysql mariadb-server wordpress wordpress-theme-twentytwentythree)`);
if (!existsSync(`${wordpress}/wp-load.php`)) await skip(`no WordPress at ${wordpress} (apt-get install wordpress)`);
if (!existsSync(`${wordpress}/wp-content/themes/twentytwentythree`)) await skip('no default block theme (apt-get install wordpress-theme-twentytwentythree)');
if (!/^mysqli$/m.test(spawnSync(tools.php, ['-m'], { encoding: 'utf8' }).stdout)) await skip('PHP has no mysqli (apt-get install php-mysql)');
if (!existsSync(`${root}packages/components/cdn/s11kit.js`)) await skip('the CDN bundle is not built: npm run build');

// ---- the checks ---------------------------------------------------------------------------------

function check(name, ok, detail = '') {
  if (ok) {
    counts.passed++;
    console.log(`  ✓ ${name}`);
  } else {
    counts.failed++;
    console.log(`  ✗ ${name}${detail ? `\n      ${detail}` : ''}`);
  }
}

// ---- what it starts, and stops ------------------------------------------------------------------

const children = [];
let dir;
async function cleanUp() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => (child.kill('SIGKILL'), resolve()), 10_000);
        child.once('exit', () => (clearTimeout(timer), resolve()));
      });
    }
  }
  if (dir) await rm(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanUp().then(() => process.exit(130)));

function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.output = () => output;
  return child;
}

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout || result.error?.message}`);
  return result.stdout;
};

async function until(what, test, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await test()) return;
    if (Date.now() > end) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** A page from the site as someone: a visitor (no password) or a person with an application password. */
async function request(path, { as, method = 'GET', body } = {}) {
  const headers = { accept: 'application/json, text/html' };
  if (as) headers.authorization = `Basic ${Buffer.from(`${as.login}:${as.password}`).toString('base64')}`;
  if (body) headers['content-type'] = 'application/json';
  const response = await fetch(`${site}${path}`, { method, headers, body: body && JSON.stringify(body), redirect: 'manual' });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', text, json };
}

let site;
let infrastructure = true; // until WordPress is installed, a failure is the machine's, not the plugin's
try {
  dir = await mkdtemp(join(tmpdir(), 's11kit-wordpress-'));
  const socket = `${dir}/mysql.sock`;

  // A private MariaDB: its own data folder, a socket in the temp folder, no TCP port.
  run(tools.installDb, ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'pipe' });
  const database = start(tools.mariadbd, [
    '--no-defaults',
    `--datadir=${dir}/db`,
    `--socket=${socket}`,
    `--pid-file=${dir}/mysql.pid`,
    '--skip-networking',
    '--skip-grant-tables',
    '--user=root',
    '--innodb-buffer-pool-size=16M',
  ]);
  await until('MariaDB accepting connections', () => spawnSync(tools.client, ['--no-defaults', `--socket=${socket}`, '-e', 'SELECT 1']).status === 0 || database.exitCode !== null);
  if (database.exitCode !== null) throw new Error(`MariaDB stopped: ${database.output()}`);
  run(tools.client, ['--no-defaults', `--socket=${socket}`, '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

  // WordPress as Debian ships it, with a config of our own and the plugin in it.
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  const wp = `${dir}/wp`;
  await cp(wordpress, wp, { recursive: true });
  await cp(plugin, `${wp}/wp-content/plugins/s11kit`, { recursive: true });
  await cp(`${root}packages/components/cdn`, `${wp}/wp-content/plugins/s11kit/assets/cdn`, { recursive: true });
  const key = () => randomBytes(32).toString('hex');
  await writeFile(
    `${wp}/wp-config.php`,
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((name) => `define( '${name}', '${key()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${site}' );
define( 'WP_SITEURL', '${site}' );
// Application passwords over plain HTTP need a local environment.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// As on a locked-down council site: nobody, not even an Administrator, may post raw HTML.
define( 'DISALLOW_UNFILTERED_HTML', true );
// Nothing leaves this machine: no update checks, no cron requests.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${dir}/debug.log' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  const installed = spawnSync(tools.php, [`${root}integrations/wordpress/test/setup.php`], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, S11_WP_DIR: wp, S11_WP_HOST: `127.0.0.1:${port}` },
  });
  if (installed.status !== 0) {
    // Installing is the machine's part; activating is the plugin's (setup.php says which).
    if (/^plugin: /m.test(installed.stderr)) infrastructure = false;
    throw new Error(`setting up WordPress failed: ${installed.stderr || installed.stdout}`);
  }
  const { people, wordpress: version } = JSON.parse(installed.stdout);
  const author = { login: 'author', ...people.author };
  const editor = { login: 'editor', ...people.editor };

  const server = start(tools.php, ['-S', `127.0.0.1:${port}`, '-t', wp]);
  await until(
    'PHP serving WordPress',
    async () =>
      (await fetch(`${site}/`).then(
        (r) => r.status,
        () => 0,
      )) === 200 || server.exitCode !== null,
  );
  if (server.exitCode !== null) throw new Error(`PHP stopped: ${server.output()}`);
  infrastructure = false;
  console.log(`WordPress ${version} at ${site}, DISALLOW_UNFILTERED_HTML, plugin active`);

  // ---- as an Author ------------------------------------------------------------------------------
  check('neither the Author nor the Editor may post raw HTML here (unfiltered_html)', !author.unfiltered_html && !editor.unfiltered_html);

  const shortcode = '[s11_audit framework="portsmouth-compact" sector="education" storage-key="s11-2026" submit-url="https://collector.example/returns" page="check"]';
  const content = [
    `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->`,
    // Typed into a Custom HTML block, with a script beside it and a handler on it.
    '<!-- wp:html -->\n<s11-audit framework="city-hackney-s11" storage-key="typed-as-html" onclick="alert(1)"></s11-audit>\n<script>alert("typed")</script>\n<!-- /wp:html -->',
    '<!-- wp:s11kit/audit {"framework":"buckinghamshire-s11","storageKey":"from-the-block"} /-->',
    // Hostile or mistaken attributes.
    '<!-- wp:shortcode -->\n[s11_audit framework="portsmouth-compact" storage-key="bad" submit-url="javascript:alert(2)"]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[s11_audit framework="x&quot; onmouseover=&quot;alert(3)" storage-key="worse"]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[s11_audit framework="portsmouth-compact" submit-timeout="soon" page="standard/../../etc"]\n<!-- /wp:shortcode -->',
  ].join('\n\n');
  const created = await request('/?rest_route=/wp/v2/posts', { as: author, method: 'POST', body: { title: 'Section 11 audit 2026', content, status: 'publish' } });
  check('an Author publishes a post with the shortcode, the element and the block', created.status === 201, `${created.status} ${created.text.slice(0, 300)}`);
  const postId = created.json?.id;

  const page = await request('/?rest_route=/wp/v2/pages', { as: author, method: 'POST', body: { title: 'Audit page', content: shortcode, status: 'publish' } });
  check('an Author may not create pages (edit_pages): the guide sends Authors to posts', page.status === 403, `${page.status}`);

  const saved = await request(`/?rest_route=/wp/v2/posts/${postId}&context=edit`, { as: author });
  const raw = saved.json?.content?.raw ?? '';
  check('saving as the Author ran WordPress’s filter: the script beside the element is gone', !raw.includes('<script') && raw.includes('alert("typed")'), raw.slice(0, 400));
  check(
    'the filter kept the element typed as HTML, with its attributes and without the handler',
    raw.includes('<s11-audit framework="city-hackney-s11" storage-key="typed-as-html"></s11-audit>'),
    raw,
  );
  check(
    'the shortcode and the block are saved as they were typed',
    raw.includes(shortcode) && raw.includes('<!-- wp:s11kit/audit {"framework":"buckinghamshire-s11","storageKey":"from-the-block"} /-->'),
  );

  // ---- as a visitor ------------------------------------------------------------------------------
  const bundle = `${site}/wp-content/plugins/s11kit/assets/cdn/s11kit.js`;
  async function visitorChecks(when) {
    const visit = await request(`/?p=${postId}`);
    const html = visit.text;
    const fallback = '<p>This audit needs JavaScript. Turn it on, or ask the partnership for the form as a document.</p></s11-audit>';
    check(
      `${when}: the visitor's page shows the shortcode's element with every attribute, and its fallback text`,
      html.includes(`<s11-audit framework="portsmouth-compact" sector="education" submit-url="https://collector.example/returns" storage-key="s11-2026" page="check">${fallback}`),
      html.match(/<s11-audit[^>]*>/g)?.join(' ') ?? html.slice(0, 300),
    );
    check(`${when}: the element typed as HTML is there`, html.includes('<s11-audit framework="city-hackney-s11" storage-key="typed-as-html"></s11-audit>'));
    check(`${when}: the block's element is there`, html.includes(`<s11-audit framework="buckinghamshire-s11" storage-key="from-the-block">${fallback}`));
    const scripts = html.match(/<script\b[^>]*s11kit\.js[^>]*>/g) ?? [];
    // WordPress 6.1 quotes its script tags' attributes with ' and 6.5 with ".
    const loads = (tag) => tag.includes('type="module"') && (tag.includes(`src="${bundle}"`) || tag.includes(`src='${bundle}'`));
    check(`${when}: one module script tag loads the bundle`, scripts.length === 1 && loads(scripts[0]), scripts.join(' ') || 'no script tag for s11kit.js');
    // The Author's script survives only as the words it was made of; no handler, no javascript: address.
    const hostile = [/<script>alert/, /\son\w+=/i, /javascript:/i, /alert\([23]\)/].filter((pattern) => pattern.test(html));
    check(
      `${when}: nothing hostile reached the page, and visitors see no error`,
      hostile.length === 0 && !html.includes('cannot be shown') && (html.match(/<s11-audit\b/g) ?? []).length === 3,
      `${hostile.join(' ')} ${(html.match(/<s11-audit[^>]*>/g) ?? []).join(' ')}`,
    );
    return html;
  }
  await visitorChecks('as published');

  const script = await fetch(bundle);
  check(
    'the bundle is served as JavaScript',
    script.status === 200 && /javascript/.test(script.headers.get('content-type') ?? ''),
    `${script.status} ${script.headers.get('content-type')}`,
  );

  // ---- as an Editor ------------------------------------------------------------------------------
  const asEditor = await request(`/?rest_route=/wp/v2/posts/${postId}&context=edit`, { as: editor });
  const rendered = asEditor.json?.content?.rendered ?? '';
  check(
    'an Editor sees why a mistaken shortcode shows nothing, in words that say how to fix it',
    [
      'The Section 11 audit cannot be shown',
      'submit-url must be an address starting with https:// or /.',
      'framework may hold only letters',
      'submit-timeout must be a whole number',
      'page must be tasks, organisation, check',
    ].every((words) => rendered.includes(words)),
    rendered.slice(0, 600),
  );
  const resaved = await request(`/?rest_route=/wp/v2/posts/${postId}`, { as: editor, method: 'POST', body: { content: asEditor.json?.content?.raw ?? '' } });
  check('an Editor re-saves the Author’s post', resaved.status === 200, `${resaved.status} ${resaved.text.slice(0, 300)}`);
  const html = await visitorChecks('after an Editor re-saved it');

  const editorPage = await request('/?rest_route=/wp/v2/pages', { as: editor, method: 'POST', body: { title: 'Audit page', content: shortcode, status: 'publish' } });
  const editorPageHtml = editorPage.json?.id ? (await request(`/?page_id=${editorPage.json.id}`)).text : '';
  check(
    'an Editor publishes a page with the shortcode, and it shows the element',
    editorPage.status === 201 && editorPageHtml.includes('<s11-audit framework="portsmouth-compact"'),
    `${editorPage.status}`,
  );

  // ---- in a browser ------------------------------------------------------------------------------
  if (!existsSync(chrome)) {
    counts.skipped++;
    console.log(`  - the audit renders in Chromium: skipped, no browser at ${chrome}`);
  } else {
    const { default: puppeteer } = await import('puppeteer-core');
    const { chromiumArgs } = await import(`${root}test/web-test-runner.config.mjs`);
    const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: chromiumArgs });
    try {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('request', (r) => !r.url().startsWith(site) && !r.url().startsWith('data:') && problems.push(`request off this machine: ${r.url()}`));
      await tab.goto(`${site}/?p=${postId}`, { waitUntil: 'load' });
      const shown = await tab
        .waitForFunction(
          () => {
            const audits = [...document.querySelectorAll('s11-audit')];
            return audits.length === 3 && audits.every((audit) => audit.shadowRoot?.querySelector('a')) && audits.map((audit) => audit.getAttribute('framework'));
          },
          { timeout: 30_000 },
        )
        .then(
          (handle) => handle.jsonValue(),
          (error) => error.message,
        );
      check('the three audits render in Chromium, each with its framework', Array.isArray(shown) && problems.length === 0, `${JSON.stringify(shown)} ${problems.join('; ')}`);

      // The block in the block editor, signed in as the Author: editor.js registers it, and an
      // inserted block shows what it will be.
      const editorTab = await browser.newPage();
      const editorProblems = [];
      editorTab.on('pageerror', (error) => editorProblems.push(error.message));
      await editorTab.goto(`${site}/wp-login.php`, { waitUntil: 'load' });
      await editorTab.type('#user_login', author.login);
      await editorTab.type('#user_pass', author.login_password);
      await Promise.all([editorTab.waitForNavigation({ waitUntil: 'load' }), editorTab.click('#wp-submit')]);
      await editorTab.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'load' });
      const inEditor = await editorTab
        .waitForFunction(
          () => {
            const wp = window.wp;
            if (!wp?.blocks?.getBlockType?.('s11kit/audit') || !wp.data?.select('core/block-editor')) return false;
            if (!window.__s11Inserted) {
              window.__s11Inserted = true;
              wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('s11kit/audit', { framework: 'portsmouth-compact' }));
            }
            const placeholder =
              document.querySelector('.s11kit-audit-placeholder') ??
              document.querySelector('iframe[name="editor-canvas"]')?.contentDocument?.querySelector('.s11kit-audit-placeholder');
            return placeholder?.textContent ?? false;
          },
          { timeout: 60_000 },
        )
        .then(
          (handle) => handle.jsonValue(),
          (error) => error.message,
        );
      check(
        'the block editor offers the block, and an inserted one names its framework',
        inEditor === 'Section 11 audit: portsmouth-compact' && editorProblems.length === 0,
        `${inEditor} ${editorProblems.join('; ')}`,
      );
    } finally {
      await browser.close();
    }
  }
  if (!html) throw new Error('no page');
} catch (error) {
  if (infrastructure && !required) {
    console.log(`wordpress: skipped: the machine could not run WordPress: ${error.message.split('\n')[0]}`);
    counts.skipped++;
  } else {
    counts.failed++;
    console.log(`  ✗ ${error.stack ?? error.message}`);
  }
} finally {
  await cleanUp();
}
await finish(counts.failed ? 1 : 0);

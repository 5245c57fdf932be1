// The kit for bloggers (make package): the zip, unzipped into a test site
// with nothing else, runs the README's two lines in a post; START-HERE.txt
// gives the same lines; the npm package holds the kit and no scripts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch, openPage, serve } from './support.mjs';

const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
const VERSION = cargo.match(/^version = "([^"]+)"/m)[1];

/** The README's snippet for bloggers: the first HTML block of its first section. */
async function readmeSnippet() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('\n## Put the quiz on your blog\n')[1]?.split('\n## ')[0];
  assert.ok(section, 'the README has a "Put the quiz on your blog" section');
  return section.match(/```html\n([\s\S]*?)```/)[1].trim();
}

test("the kit, unzipped into a site, runs the README's snippet with no other file", async () => {
  const out = await mkdtemp(join(tmpdir(), 'kit-'));
  execFileSync('node', [join(ROOT, 'scripts', 'package.mjs'), join(ROOT, 'dist'), out], { stdio: 'ignore' });
  const site = await mkdtemp(join(tmpdir(), 'site-'));
  execFileSync('unzip', ['-q', join(out, `role-quiz-${VERSION}.zip`), '-d', site]);
  assert.deepEqual((await readdir(site)).sort(), ['START-HERE.txt', 'role-quiz']);

  const snippet = await readmeSnippet();
  const startHere = await readFile(join(site, 'START-HERE.txt'), 'utf8');
  assert.ok(
    startHere.includes(snippet.split('\n').map((l) => `   ${l}`).join('\n')),
    'START-HERE.txt gives the README\'s lines',
  );
  // The pages a blogger did not write stay out of search engines; the quiz page does not.
  for (const [page, hidden] of [['examples/blog-post.html', true], ['studio.html', true], ['embed.html', true], ['index.html', false]]) {
    const html = await readFile(join(site, 'role-quiz', page), 'utf8');
    assert.equal(/<meta name="robots" content="noindex"/.test(html), hidden, page);
  }
  // A shared result's link unfurls as a card with the quiz's title.
  assert.match(await readFile(join(site, 'role-quiz', 'index.html'), 'utf8'), /<meta property="og:title" content="CIO or CTO\? A quiz on who does what"/);
  assert.match(startHere, /What you may delete from the folder: examples\//);
  assert.match(startHere, /data-profiles="off"/);

  // A post on the site: the snippet and nothing of ours besides the folder.
  const server = await serve(site);
  server.pages['/posts/hello.html'] =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head>` +
    `<body><h1>A post</h1><p>Before the quiz.</p>\n${snippet}\n<p>After the quiz.</p></body></html>`;
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser, 1280);
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/posts/hello.html`);
    const widget = page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])');
    await widget.getByRole('button', { name: 'Start quiz' }).click();
    await widget.getByText('Question 1 of 10').waitFor();
    await widget.getByRole('tab', { name: 'Compare roles' }).click();
    await widget.getByLabel('Filter responsibilities').waitFor();
    assert.deepEqual(errors, []);
    const outside = asked.filter((p) => p !== '/posts/hello.html' && !p.startsWith('/role-quiz/'));
    assert.deepEqual(outside, [], 'every file comes from the kit');
  } finally {
    await browser.close();
    await server.close();
  }

  // The npm package: the kit under dist/, and nothing that runs on install.
  const listed = execFileSync('tar', ['-tzf', join(out, `role-quiz-${VERSION}.tgz`)], { encoding: 'utf8' }).split('\n');
  for (const file of ['package/package.json', 'package/START-HERE.txt', 'package/dist/embed.js', 'package/dist/studio.html']) {
    assert.ok(listed.includes(file), `${file} is in the npm package`);
  }
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', join(out, `role-quiz-${VERSION}.tgz`), 'package/package.json'], { encoding: 'utf8' }),
  );
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.scripts, undefined, 'no install scripts');
  assert.deepEqual(manifest.files, ['dist/', 'START-HERE.txt']);
});

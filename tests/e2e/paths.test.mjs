// dist/ served from a folder of a site (here /role-quiz/), as the README
// suggests: every page, style, icon, script and pack must be found there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, symlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, EXAMPLE, launch, openPage, serve } from './support.mjs';

const env = {};
before(async () => {
  env.site = await mkdtemp(join(tmpdir(), 'role-quiz-site-'));
  await symlink(DIST, join(env.site, 'role-quiz'));
  env.server = await serve(env.site);
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
  await rm(env.site, { recursive: true, force: true });
});

/** Every request the page made that failed, by path. */
function failures(page) {
  const failed = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
  page.on('requestfailed', (r) => failed.push(`failed ${new URL(r.url()).pathname}`));
  return failed;
}

test('the standalone page works from a subfolder, styled, with its icon and a pack by ?pack=', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  const failed = failures(page);
  await page.goto(`${env.server.url}/role-quiz/?pack=cto-cfo.example.json`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  assert.equal(await page.locator('.rq-progress-text').textContent(), `Question 1 of ${EXAMPLE.items.length}`);
  // page.css applied: the page's own background, not the browser's white.
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(background, 'rgb(238, 241, 245)');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  assert.ok(!icon.startsWith('/'), `the icon's link is relative: ${icon}`);
  assert.deepEqual(failed, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the example post and its iframe work from a subfolder', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  const failed = failures(page);
  await page.goto(`${env.server.url}/role-quiz/examples/blog-post.html`);
  await page.locator('[data-role-quiz][data-view="quiz"]').getByRole('button', { name: 'Start quiz' }).waitFor();
  await page.locator('details:has(iframe) summary').click();
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.deepEqual(failed, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('opened from disk, the page says in the widget\'s place that it must be served', async () => {
  const { page, context } = await openPage(env.browser, 1280);
  await page.goto(`file://${DIST}/index.html`);
  const message = page.locator('.page-stalled');
  await message.waitFor({ state: 'visible' });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.page-stalled')).opacity === '1', null, { timeout: 15_000 });
  assert.match(await message.textContent(), /served from a web\s+address, http:\/\/ or https:\/\//);
  assert.ok(await page.locator('.page-no-script').isHidden(), 'JavaScript is on: it is not blamed');
  await context.close();
});

test('served, the page shows the widget, never the message, and scrolls no further than its content', async () => {
  // A short page in a tall window shows whether the page adds height of
  // its own; a long one in the dark shows the page follows the scheme.
  for (const [width, height, scheme, query] of [
    [1280, 1600, 'light', '?view=quiz'],
    [390, 844, 'dark', '#compare'],
  ]) {
    const { page, context, errors } = await openPage(env.browser, width);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${env.server.url}/role-quiz/${query}`);
    await page.locator('.rq-app').waitFor();
    await page.waitForTimeout(2500); // past the moment the message would appear
    for (const notice of await page.locator('.page-fallback').all()) {
      assert.ok(await notice.isHidden(), 'the shadow root hides it');
    }
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('main');
      const below = parseFloat(getComputedStyle(document.body).paddingBottom);
      const needed = Math.max(innerHeight, main.getBoundingClientRect().bottom + scrollY + below);
      return document.documentElement.scrollHeight - needed;
    });
    assert.ok(overflow <= 1, `the page scrolls ${overflow}px further than its content needs at ${width}px`);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(background, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(238, 241, 245)');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

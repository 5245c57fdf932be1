// A blogger's journeys through the studio, followed to the letter: a new
// pack from a spreadsheet whose answers name the roles by their short names,
// then each way to publish it (inside the snippet, as a file at an address,
// in an iframe): download the file, put it where the studio says, paste the
// snippet it gives into a post, and the quiz plays there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, openPage, serve } from './support.mjs';

const CSV = [
  'Statement,Answer,Explanation,Source,Section',
  "Setting the company's direction for the next five years,CEO,The CEO sets it.,Our leadership post,Strategy",
  'Keeping the supply chain running day to day,COO,The COO runs it.,Our leadership post,Operations',
  'Choosing the senior leadership team,Both,They choose it together.,Our leadership post,Strategy',
  'Reporting to the board and the investors,ceo,The CEO answers to the board.,Our leadership post,Strategy',
].join('\n');

const ROLES = [
  ['CEO', 'Chief Executive Officer', 'Sets the direction of the company.', 'Strategy\nInvestors'],
  ['COO', 'Chief Operating Officer', 'Runs the company day to day.', 'Operations\nProcesses'],
];

/**
 * A site with the kit's folder at /role-quiz/ (as README says to upload it)
 * and a blog under /blog/, served from a folder of its own.
 */
async function site() {
  const root = await mkdtemp(join(tmpdir(), 'site-'));
  await cp(DIST, join(root, 'role-quiz'), { recursive: true });
  await mkdir(join(root, 'blog', '2026'), { recursive: true });
  return { root, server: await serve(root) };
}

/** Writes the pack in a new studio: roles named before or after the table's import. */
async function writePack(page, url, { namesFirst }) {
  await page.goto(`${url}/role-quiz/studio.html`);
  await page.getByRole('heading', { name: 'Pack studio' }).waitFor();
  // A new pack: a list of fields to fill in, not "Title" while the title is
  // made from the roles' names.
  const heading = page.locator('#problems-title');
  assert.match(await heading.textContent(), /^To fill in before publishing: \d+ fields$/);
  assert.equal(await page.locator('.st-problems li', { hasText: /^Title:/ }).count(), 0);
  if (namesFirst) {
    for (const [i, [short]] of ROLES.entries()) await page.fill(`#f-roles-${i}-short`, short);
  }
  await page.getByText('Import a pack or a spreadsheet').click();
  await page.locator('input[type=file]').setInputFiles({ name: 'items.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByRole('heading', { name: 'Items (4)' }).waitFor();
  for (const [i, [short, title, summary, focus]] of ROLES.entries()) {
    assert.equal(await page.inputValue(`#f-roles-${i}-short`), short);
    await page.fill(`#f-roles-${i}-title`, title);
    await page.fill(`#f-roles-${i}-summary`, summary);
    await page.fill(`#f-roles-${i}-focus`, focus);
  }
  // No answer left unread, no blank source beside the table's.
  await heading.filter({ hasText: 'No problems' }).waitFor();
  assert.equal(await page.locator('[id^="f-sources-"][id$="-title"]').count(), 1);
}

/** Plays one question of the widget in `scope` and checks its feedback. */
async function playOne(scope) {
  await scope.getByRole('button', { name: 'Start quiz' }).click();
  await scope.locator('.rq-statement').waitFor();
  await scope.locator('.rq-answer').first().click();
  await scope.locator('.rq-feedback').waitFor();
  assert.match(await scope.locator('.rq-feedback-answer').textContent(), /CEO|COO|Both/);
}

for (const [way, options] of [
  ['inside the snippet', { namesFirst: false }],
  ['as a file in the role-quiz folder', { place: 'url', namesFirst: true }],
  ['in an iframe', { embed: 'frame', namesFirst: false }],
]) {
  test(`a pack written in the studio plays in a post, published ${way}`, async () => {
    const { root, server } = await site();
    const browser = await launch();
    try {
      const { page, errors } = await openPage(browser, 1280);
      await writePack(page, server.url, options);
      if (options.embed) await page.getByLabel('Embed with').selectOption(options.embed);
      if (options.place) await page.locator('.st-publish select').nth(1).selectOption(options.place); // "The pack"

      // 1. Download the pack, and put it where the studio says.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download / }).click()]);
      const file = download.suggestedFilename();
      assert.equal(await page.getByRole('button', { name: /^Download / }).textContent(), `Download ${file}`);
      if (options.place || options.embed) {
        const hint = await page.locator('#pack-address-hint').textContent();
        assert.match(hint, new RegExp(`Upload ${file.replace('.', '\\.')} there: as given, into the role-quiz folder`));
        assert.equal(await page.getByLabel("The pack's address").inputValue(), `/role-quiz/${file}`);
        await writeFile(join(root, 'role-quiz', file), await readFile(await download.path()));
      }
      // 2. Paste the snippet into a post, deep in the blog.
      const snippet = await page.locator('#snippet').inputValue();
      await writeFile(
        join(root, 'blog', '2026', 'post.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our post</title><link rel="icon" href="data:,"></head>
<body><h1>Who does what</h1><p>Before the quiz.</p>${snippet}<p>After the quiz.</p></body></html>`,
      );
      // 3. A reader opens the post: the quiz plays, the post is whole.
      const reader = await openPage(browser, 390);
      await reader.page.goto(`${server.url}/blog/2026/post.html`);
      const scope = options.embed ? reader.page.frameLocator('iframe') : reader.page.locator('[data-role-quiz]');
      await scope.getByRole('heading', { name: 'CEO or COO? Who does what' }).waitFor();
      assert.equal(await scope.locator('.rq-notice, [role="alert"]').count(), 0, 'the widget shows a notice');
      await playOne(scope);
      assert.ok(await reader.page.getByText('After the quiz.').isVisible());
      assert.deepEqual([...errors, ...reader.errors], []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
}

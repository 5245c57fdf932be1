// The pack studio (dist/studio.html): a pack written through the form alone
// and seen in the preview; a broken pack's problems, located, the same as
// check-pack's, each a link to its field; a spreadsheet; download and
// re-import; the draft kept across a reload (and a broken one survived);
// undo; axe; and pack.schema.json, generated, and valid for the shipped
// packs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, EXAMPLE, PACK, ROOT, openPage, screenshot, useBrowser, violations } from './support.mjs';

const env = useBrowser();

async function openStudio(width = 1280) {
  const opened = await openPage(env.browser, width);
  await opened.page.goto(`${env.server.url}/studio.html`);
  await opened.page.getByRole('heading', { name: 'Pack studio' }).waitFor();
  return opened;
}

const problemsHeading = (page) => page.locator('#problems-title');
/** The preview's widget (in its own open shadow root, which locators pierce). */
const preview = (page) => page.locator('#preview .st-widget');

/** Fills a field that saves when it is left (the one-a-line lists). */
async function fillLines(page, selector, lines) {
  await page.fill(selector, lines.join('\n'));
  await page.locator(selector).blur();
}

test('a six-item pack written through the form alone is valid and plays in the preview', async () => {
  const { page, errors } = await openStudio();
  await assert.doesNotReject(problemsHeading(page).filter({ hasText: 'to fill in' }).waitFor());
  const roles = [
    ['CEO', 'Chief Executive Officer', 'Sets the direction of the company.', ['Strategy', 'Investors']],
    ['COO', 'Chief Operating Officer', 'Runs the company day to day.', ['Operations', 'Processes']],
  ];
  for (const [i, [short, title, summary, focus]] of roles.entries()) {
    await page.fill(`#f-roles-${i}-short`, short);
    await page.fill(`#f-roles-${i}-title`, title);
    await page.fill(`#f-roles-${i}-summary`, summary);
    await fillLines(page, `#f-roles-${i}-focus`, focus);
  }
  await page.fill('#f-sources-0-title', 'Our leadership post');
  await fillLines(page, '#f-sources-0-sections', ['Strategy', 'Operations']);
  const items = [
    ['Company vision', 'Deciding where the company goes in five years', 'CEO'],
    ['Investor updates', 'Reporting to the board and the investors', 'CEO'],
    ['Supply chain', 'Keeping the supply chain running', 'COO'],
    ['Process design', 'Designing how teams hand work over', 'COO'],
    ['Hiring leaders', 'Choosing the senior leadership team', 'Both'],
    ['Annual plan', 'Turning the strategy into a yearly plan', 'Both'],
  ];
  for (const [i, [label, statement, answer]] of items.entries()) {
    await page.getByRole('button', { name: 'Add an item' }).click();
    // The new item opens with its label focused.
    await page.locator(`#f-items-${i}-label:focus`).waitFor();
    await page.keyboard.type(label);
    await page.fill(`#f-items-${i}-statement`, statement);
    await page.locator(`#f-items-${i}`).getByRole('radio', { name: answer, exact: true }).check();
    await page.fill(`#f-items-${i}-explanation`, `Because the ${answer} owns it.`);
  }
  await problemsHeading(page).filter({ hasText: 'No problems' }).waitFor();
  await page.getByRole('heading', { name: 'Items (6)' }).waitFor();

  // The made-up title, and the quiz itself, in the widget's own components.
  const widget = preview(page);
  await widget.getByRole('heading', { name: 'CEO or COO? Who does what' }).waitFor();
  await widget.getByRole('button', { name: 'Start quiz' }).click();
  const statement = (await widget.locator('.rq-statement').textContent()).trim();
  assert.ok(items.some(([, s]) => s === statement), `the preview asks ${statement}`);
  await widget.getByRole('button', { name: /^Both\b/ }).click();
  await widget.getByRole('button', { name: 'Next question' }).waitFor();
  await screenshot(page, 'studio-written-1280', { fullPage: false });

  // The pack downloaded is the one written.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download / }).click(),
  ]);
  const pack = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(pack.items.length, 6);
  assert.deepEqual(pack.roles.map((r) => r.id), ['ceo', 'coo']);
  assert.deepEqual(
    pack.items.map((i) => i.answer),
    ['ceo', 'ceo', 'coo', 'coo', 'both', 'both'],
  );
  assert.equal(pack.items[0].sources[0].section, 'Strategy');
  assert.deepEqual(errors, []);
});

/** The example pack with six mistakes a blogger makes. */
function brokenExample() {
  const pack = structuredClone(EXAMPLE);
  delete pack.items[1].explanation;
  pack.items[2].answer = 'ceo';
  pack.items[3].sources[0].section = 'Finances';
  pack.items[4].explaination = pack.items[4].explanation;
  delete pack.items[4].explanation;
  pack.items[5].id = pack.items[0].id;
  pack.verdicts[0].from = 120;
  return pack;
}

test("a broken pack's problems are listed as check-pack says them, each a link to its field", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'studio-'));
  const file = join(dir, 'broken.json');
  await writeFile(file, JSON.stringify(brokenExample(), null, 2));
  let printed;
  try {
    execFileSync('cargo', ['run', '--quiet', '--locked', '--features', 'prerender', '--bin', 'check-pack', '--', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.fail('check-pack passed the broken pack');
  } catch (error) {
    printed = error.stdout;
  }
  // "  items[2] ("x").answer: expected ..." → what follows the place.
  const expected = printed
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim().replace(/^[^ ]+( \("[^"]*"\)[^ ]*)?: /, ''));
  assert.ok(expected.length >= 7, printed);

  const { page, errors } = await openStudio();
  await page.getByText('Import a pack or a spreadsheet').click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText('Imported the pack').waitFor();
  const listed = page.locator('.st-problems li');
  // Two fields left empty (work to do) and six mistakes.
  await problemsHeading(page).filter({ hasText: '2 fields to fill in and 6 problems to fix' }).waitFor();
  const shown = await listed.evaluateAll((lis) =>
    lis.map((li) => li.textContent.replace(/^.*?: /, '')),
  );
  assert.deepEqual(shown, expected);
  // Places in words, not paths.
  const label = EXAMPLE.items[1].label;
  await page.getByRole('link', { name: `Item 2 \u201c${label}\u201d › explanation` }).waitFor();
  await page.getByRole('link', { name: /› \u201cexplaination\u201d$/ }).waitFor();
  await screenshot(page, 'studio-problems-1280', { fullPage: false });

  // A link lands on its field, in an item folded away until then.
  assert.equal(await page.locator('#f-items-1').getAttribute('open'), null);
  await page.getByRole('link', { name: `Item 2 \u201c${label}\u201d › explanation` }).click();
  await page.locator('#f-items-1-explanation:focus').waitFor();
  assert.notEqual(await page.locator('#f-items-1').getAttribute('open'), null);
  await page.getByRole('link', { name: /Item 3 .* › answer/ }).click();
  await page.locator('#f-items-2-answer:focus').waitFor();
  // The field says its problem too.
  const answer = page.locator('#f-items-2 .st-answer');
  assert.match(await answer.textContent(), /found "ceo"/);

  // Fixing one in the form takes it off the list.
  await page.fill('#f-items-1-explanation', 'Fixed.');
  await problemsHeading(page).filter({ hasText: '1 field to fill in and 6 problems' }).waitFor();
  assert.deepEqual(errors, []);
});

test('a spreadsheet (CSV) becomes the items, keeping the roles', async () => {
  const { page, errors } = await openStudio(390);
  await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
  const csv = [
    'Label,Statement,Answer,Explanation,Source,Section,Colour',
    'IT budget,"Setting the budget for IT, every year",CIO,The CIO owns it.,Our post,Money,red',
    'Product stack,Choosing the technology of the product,CTO,Product technology is the CTO\'s.,Our post,Building,',
    'Roadmap,Agreeing the technology roadmap,Both,They share it.,Our post,Money,',
    'Data policy,Setting the rules for the company\'s data,cio,"The CIO, as keeper of data.",Our post,Money,',
  ].join('\r\n');
  await page.getByText('Import a pack or a spreadsheet').click();
  await page.locator('input[type=file]').setInputFiles({ name: 'items.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByText('Read 4 items from the table in \u201citems.csv\u201d').waitFor();
  // The pack had items of its own: the message says they are replaced, and how to get them back.
  await page.getByText(`They replace the ${PACK.items.length} items the pack had (Undo brings those back)`).waitFor();
  await page.getByText('Columns not used: Colour.').waitFor();
  await page.getByRole('heading', { name: 'Items (4)' }).waitFor();
  await problemsHeading(page).filter({ hasText: 'No problems' }).waitFor();
  const widget = preview(page);
  await widget.getByRole('button', { name: 'Start quiz' }).click();
  const statement = (await widget.locator('.rq-statement').textContent()).trim();
  assert.ok(
    ['Setting the budget for IT, every year', 'Choosing the technology of the product', 'Agreeing the technology roadmap', "Setting the rules for the company's data"].includes(statement),
    statement,
  );
  await screenshot(page, 'studio-table-390');
  assert.deepEqual(errors, []);
});

test('a pack downloaded and imported again is the same pack, to the byte', async () => {
  const { page, errors } = await openStudio();
  await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
  const download = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download / }).click(),
    ]);
    assert.equal(file.suggestedFilename(), `${PACK.id}.json`);
    return readFile(await file.path(), 'utf8');
  };
  const first = await download();
  assert.deepEqual(JSON.parse(first), PACK);
  await page.getByRole('button', { name: 'New pack' }).click();
  await page.getByRole('heading', { name: 'Items (0)' }).waitFor();
  await page.getByText('Import a pack or a spreadsheet').click();
  await page.locator('input[type=file]').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(first) });
  await page.getByRole('heading', { name: `Items (${PACK.items.length})` }).waitFor();
  assert.equal(await download(), first);
  assert.deepEqual(errors, []);
});

test('the draft is there after a reload; a broken one gives a fresh start, not a broken page', async () => {
  const { page, errors } = await openStudio();
  await page.fill('#f-title', 'My own quiz');
  await page.fill('#f-roles-0-short', 'CMO');
  // Kept as typed (a reader does not reload in the same millisecond).
  await page.waitForFunction(() => localStorage.getItem('role-quiz-studio:draft')?.includes('"CMO"'));
  await page.reload();
  await page.getByText('Your draft from your last visit is back').waitFor();
  assert.equal(await page.inputValue('#f-title'), 'My own quiz');
  assert.equal(await page.inputValue('#f-roles-0-short'), 'CMO');

  await page.evaluate(() => localStorage.setItem('role-quiz-studio:draft', '{"studio": 1, "draft": '));
  await page.reload();
  await page.getByText('could not be read, so this is a new pack').waitFor();
  assert.equal(await page.inputValue('#f-title'), '');
  // The unreadable text is kept aside, not thrown away.
  assert.equal(await page.evaluate(() => localStorage.getItem('role-quiz-studio:unreadable')), '{"studio": 1, "draft": ');
  assert.deepEqual(errors, []);
});

test('removing an item, or starting anew, can be undone', async () => {
  const { page, errors } = await openStudio();
  await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
  const count = PACK.items.length;
  const name = `Item 2 \u201c${PACK.items[1].label}\u201d`;
  await page.locator('#f-items-1 summary').click();
  await page.getByRole('button', { name: `Remove ${name}` }).click();
  await page.getByRole('heading', { name: `Items (${count - 1})` }).waitFor();
  await page.getByText(`Removed ${name}`).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { name: `Items (${count})` }).waitFor();
  assert.equal(await page.inputValue('#f-items-1-label'), PACK.items[1].label);
  await page.getByRole('button', { name: 'New pack' }).click();
  await page.getByRole('heading', { name: 'Items (0)' }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { name: `Items (${count})` }).waitFor();
  assert.deepEqual(errors, []);
});

test('the studio has no axe violations, with problems and without, at 1280 and 390 px', async () => {
  for (const width of [1280, 390]) {
    const { page, errors } = await openStudio(width);
    assert.deepEqual(await violations(page), [], `new pack at ${width}`);
    await page.getByText('Import a pack or a spreadsheet').click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(brokenExample())),
    });
    await page.getByRole('link', { name: /Item 3 .* › answer/ }).click();
    assert.deepEqual(await violations(page), [], `broken pack at ${width}`);
    await screenshot(page, `studio-broken-${width}`, { fullPage: false });
    await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
    await preview(page).getByRole('button', { name: 'Start quiz' }).waitFor();
    await page.locator('#f-items-0 summary').click();
    assert.deepEqual(await violations(page), [], `built-in pack at ${width}`);
    await screenshot(page, `studio-${width}`);
    assert.deepEqual(errors, []);
  }
});

test('the snippet carries the pack or its address, and is copied', async () => {
  const { page, context, errors } = await openStudio();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Start from the example' }).click();
  const snippet = page.locator('#snippet');
  const inline = await snippet.inputValue();
  assert.match(inline, /^<div data-role-quiz>\n {2}<script type="application\/json">\{/);
  assert.equal(JSON.parse(inline.match(/<script type="application\/json">(.*)<\/script>/)[1]).id, EXAMPLE.id);
  await page.getByLabel('Embed with').selectOption('frame');
  // The file the studio downloads, in the kit's folder where it says to put it.
  assert.ok((await snippet.inputValue()).includes(`src="/role-quiz/embed.html?pack=/role-quiz/${EXAMPLE.id}.json"`), await snippet.inputValue());
  await page.getByRole('button', { name: 'Copy the snippet' }).click();
  await page.getByText('Copied: paste it into your post.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet.inputValue());
  assert.deepEqual(errors, []);
});

test('pack.schema.json is generated from the model and the shipped packs follow it', async () => {
  const built = await readFile(join(DIST, 'pack.schema.json'), 'utf8');
  const fresh = execFileSync('cargo', ['run', '--quiet', '--locked', '--features', 'prerender', '--bin', 'pack-schema'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(built, fresh, 'dist/pack.schema.json is not what the model generates now');
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020').default;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(built));
  for (const [name, pack] of [['built-in', PACK], ['example', EXAMPLE], ['with $schema', { $schema: './pack.schema.json', ...PACK }]]) {
    assert.ok(validate(pack), `${name}: ${JSON.stringify(validate.errors)}`);
  }
  // And it is a schema that says no: the broken pack's unknown field, and
  // its out-of-range verdict.
  assert.equal(validate(brokenExample()), false);
  const paths = validate.errors.map((e) => `${e.instancePath} ${e.keyword}`);
  assert.ok(paths.includes('/items/4 additionalProperties'), paths.join('\n'));
  assert.ok(paths.includes('/verdicts/0/from maximum'), paths.join('\n'));
});

test('a one-a-line field is checked as it is typed, and the next click after it counts', async () => {
  const { page, errors } = await openStudio(390);
  const todo = page.locator('.st-problems li', { hasText: 'Role 1 › focus areas' });
  await todo.waitFor();
  await page.locator('#f-roles-0-focus').click();
  await page.keyboard.type('Strategy\nInvestors\nThe board\n');
  // Off the list while the field still has focus, the new empty line kept.
  await todo.waitFor({ state: 'detached' });
  assert.equal(await page.inputValue('#f-roles-0-focus'), 'Strategy\nInvestors\nThe board\n');
  // One click on the button below adds the item (it took two when the field
  // changed height as it was left).
  await page.getByRole('button', { name: 'Add an item' }).click();
  await page.getByRole('heading', { name: 'Items (1)' }).waitFor({ timeout: 2000 });
  assert.deepEqual(errors, []);
});

test('a table of 50,000 rows is refused at once with the limit named, and the draft is untouched', async () => {
  const { page, errors } = await openStudio(1280);
  await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
  await page.getByRole('heading', { name: `Items (${PACK.items.length})` }).waitFor();
  const rows = Array.from({ length: 50_000 }, (_, i) => `Responsibility ${i},Both,Shared.,Our post,Money`);
  const csv = ['Statement,Answer,Explanation,Source,Section', ...rows].join('\n');
  await page.getByText('Import a pack or a spreadsheet').click();
  await page.locator('input[type=file]').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Said within seconds (it froze the page for a minute, then crashed it).
  await page.getByText("the table has 50000 rows of items, more than a pack's limit of 5000").waitFor({ timeout: 10_000 });
  await page.getByRole('heading', { name: `Items (${PACK.items.length})` }).waitFor();
  assert.deepEqual(errors, []);
});

// The size budget: what a blog reader downloads may only grow on purpose.
// Sizes are exact, so unlike a timing this is a fair test; the timings live
// in `make bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, ROOT } from './support.mjs';
import { embedSizes, kb, laterSizes, readerSizes } from '../../scripts/sizes.mjs';

const BUDGET = JSON.parse(await readFile(join(ROOT, 'tests', 'e2e', 'size-budget.json'), 'utf8'));
// Each part on its own: the first module is what the split is for (a
// reader's first feedback waits for it), the later ones what every reader
// still downloads in the background.
for (const [name, figure, sizes] of [
  ['what a reader downloads before their first feedback', 'brotli_bytes', embedSizes],
  ['the split-off code fetched once the first screen is up', 'later_brotli_bytes', laterSizes],
  ['the split-off pack reader', 'reader_brotli_bytes', readerSizes],
]) {
  test(`${name} stays within its brotli size budget`, async () => {
    const { files, total } = await sizes(DIST);
    assert.ok(files.length > 0, `no files of ${name} in dist/`);
    const budget = BUDGET[figure];
    const limit = Math.floor(budget * (1 + BUDGET.allowed_growth));
    const detail = files.map((f) => `${f.file} ${f.brotli}`).join(', ');
    assert.ok(
      total.brotli <= limit,
      `${name} is ${total.brotli} bytes brotli (${detail}), over the budget of ` +
        `${budget} + ${BUDGET.allowed_growth * 100}% = ${limit}; if the growth is ` +
        `wanted, raise ${figure} in tests/e2e/size-budget.json and say why in the commit`,
    );
    if (total.brotli < budget * (1 - BUDGET.allowed_growth)) {
      console.log(
        `size: ${name}: ${kb(total.brotli)} brotli, well under the recorded ${kb(budget)}; ` +
          `lower ${figure} in tests/e2e/size-budget.json to keep the budget tight`,
      );
    }
  });
}

test('every pre-compressed copy in dist/ holds exactly the file it stands for', async () => {
  const names = await readdir(DIST);
  const files = [...(await embedSizes(DIST)).files, ...(await laterSizes(DIST)).files, ...(await readerSizes(DIST)).files];
  // Each file of the default embed has both copies.
  for (const { name } of files) {
    assert.ok(names.includes(`${name}.br`), `${name}.br is in dist/`);
    assert.ok(names.includes(`${name}.gz`), `${name}.gz is in dist/`);
  }
  let checked = 0;
  for (const name of names.filter((n) => /\.(br|gz)$/.test(n))) {
    const original = await readFile(join(DIST, name.replace(/\.(br|gz)$/, '')));
    const packed = await readFile(join(DIST, name));
    const unpacked = name.endsWith('.br') ? brotliDecompressSync(packed) : gunzipSync(packed);
    assert.ok(unpacked.equals(original), `${name} decompresses to its original`);
    checked += 1;
  }
  assert.ok(checked >= 6, `checked ${checked} pre-compressed files`);
});

// What a blog reader downloads for the default embed, measured one way for
// everyone who asks: `make size` (run as a script), `make bench`, the size
// budget test and the post-build hook's pre-compressed files all use these
// compressors, so the figures they print agree to the byte.
//
//   node scripts/sizes.mjs [dist]
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes as the figures are quoted: kilobytes of 1,024, one decimal. */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** gzip -9. */
export const gzip = (body) => gzipSync(body, { level: 9 });

/** brotli -q 11 with the largest window, as `brotli --best` and CDNs use. */
export const brotli = (body) =>
  brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });

// The default embed up to a reader's first feedback: the loader (with the
// styles of what shows before the code), the wasm-bindgen glue and the
// first wasm module, which carries the built-in pack and the feedback's and
// results' styles.
const EMBED = (f) => f === 'embed.js' || /^role-quiz-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f);
// The rest of the widget's code, split off (src/ui/later.rs): fetched in
// the background once a widget's first screen is up (with the chunks of
// code it shares with the reader).
const LATER = (f) => /^role-quiz-(later|chunk-\d+)-[0-9a-f]+\.wasm$/.test(f);
// The pack reader, split off too (src/embed/reader.rs): fetched by a widget
// with a pack of its own or the built-in pack in another language.
const READER = (f) => /^role-quiz-reader-[0-9a-f]+\.wasm$/.test(f);
// Only iframe hosts and the standalone page load these.
const OTHER = (f) => f === 'host.js' || /^page-[0-9a-f]+\.css$/.test(f);
// A widget's words in German, French or Spanish: one of them is fetched
// where a widget speaks it (the wasm carries English only).
const LANGUAGES = (f) => /^role-quiz-(de|fr|es)-[0-9a-f]+\.json$/.test(f);
// The round's first question, which a widget in a post with the built-in
// pack fetches after its first paint (the standalone and iframe pages carry
// it), to show before the code is here.
const FIRST = (f) => /^role-quiz-first-[0-9a-f]+\.json$/.test(f);
// The pack studio, a page of its own: bloggers load it, readers never do.
const STUDIO = (f) => f === 'studio.html' || /^studio-(start-)?[0-9a-f]+(_bg\.wasm|\.js|\.css)$/.test(f);

async function measure(dist, files) {
  const rows = [];
  for (const file of files.sort()) {
    const body = await readFile(join(dist, file));
    rows.push({
      // The content hash changes with every build; the name without it
      // compares across builds. `name` is the file as it is in dist/.
      // Trunk writes the hash as a hex number without leading zeros, so
      // its length varies (16 digits, sometimes 15 or fewer).
      file: file.replace(/-[0-9a-f]{8,16}(?=(_bg)?\.)/, ''),
      name: file,
      raw: body.length,
      gzip: gzip(body).length,
      brotli: brotli(body).length,
    });
  }
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  return { files: rows, total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') } };
}

/** Sizes in bytes of the default embed's files in `dist`, and their total. */
export async function embedSizes(dist) {
  const files = (await readdir(dist)).filter(EMBED);
  if (!files.some((f) => f.endsWith('.wasm'))) {
    throw new Error(`no role-quiz wasm in ${dist}/; run make build`);
  }
  return measure(dist, files);
}

/** The split-off modules of the widget's code, and their total. */
export async function laterSizes(dist) {
  return measure(dist, (await readdir(dist)).filter(LATER));
}

/** The split-off pack reader. */
export async function readerSizes(dist) {
  return measure(dist, (await readdir(dist)).filter(READER));
}

/** The pack studio's files, and their total. */
export async function studioSizes(dist) {
  return measure(dist, (await readdir(dist)).filter(STUDIO));
}

/** The languages' files: a widget that speaks one adds it. */
export async function languageSizes(dist) {
  return measure(dist, (await readdir(dist)).filter(LANGUAGES));
}

/** The first question's file. */
export async function firstSizes(dist) {
  return measure(dist, (await readdir(dist)).filter(FIRST));
}

/** The files only iframe hosts or the standalone page download. */
export async function otherSizes(dist) {
  return measure(dist, (await readdir(dist)).filter(OTHER));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const row = (...cells) =>
    console.log(cells[0].padEnd(40) + cells.slice(1).map((c) => String(c).padStart(10)).join(''));
  const table = (title, { files, total }) => {
    row(title, 'raw', 'gzip -9', 'brotli');
    for (const f of files) row(`  ${f.file}`, f.raw, f.gzip, f.brotli);
    if (total) row('  total', total.raw, total.gzip, total.brotli);
  };
  try {
    const first = await embedSizes(dist);
    table('the default embed, to the first feedback', first);
    console.log();
    const later = await laterSizes(dist);
    table('then, once the first screen is up', later);
    const sum = (k) => first.total[k] + later.total[k];
    row('the whole default embed', sum('raw'), sum('gzip'), sum('brotli'));
    console.log();
    const other = await otherSizes(dist);
    table('used only by iframe hosts or the page', { files: other.files });
    console.log();
    table("fetched by a post's widget once shown", { files: (await firstSizes(dist)).files });
    console.log();
    const languages = await languageSizes(dist);
    table('a widget in another language adds one', { files: languages.files });
    console.log();
    table('with a custom pack, or not in English', { files: (await readerSizes(dist)).files });
    console.log();
    table('the pack studio (bloggers only)', await studioSizes(dist));
  } catch (e) {
    console.error(`size: ${e.message}`);
    process.exit(1);
  }
}

// Trunk post-build hook: writes embed.js, the stable-named loader, pointing
// at this build's hashed glue and wasm files (see src/embed/loader.js), and
// pre-compressed copies (.br, .gz) of what a reader downloads, for hosts that
// serve them (nginx gzip_static/brotli_static, most static-site hosts).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
if (!staging) {
  console.error('write-embed-js: run me as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const files = await readdir(staging);
const glue = files.find((f) => /^role-quiz(-[0-9a-f]+)?\.js$/.test(f));
const wasm = files.find((f) => /^role-quiz(-[0-9a-f]+)?_bg\.wasm$/.test(f));
if (!glue || !wasm) {
  console.error(`write-embed-js: no role-quiz glue or wasm in ${staging}: ${files.join(', ')}`);
  process.exit(1);
}
const template = await readFile(join(source, 'src', 'embed', 'loader.js'), 'utf8');
await writeFile(
  join(staging, 'embed.js'),
  template.replaceAll('__GLUE__', glue).replaceAll('__WASM__', wasm),
);

for (const file of [...(await readdir(staging)), 'embed.js']) {
  if (!/\.(js|wasm|css|html|json|svg)$/.test(file)) continue;
  const body = await readFile(join(staging, file));
  await writeFile(join(staging, `${file}.gz`), gzipSync(body, { level: 9 }));
  await writeFile(
    join(staging, `${file}.br`),
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  );
}

// Trunk post-build hook. In the staging folder it
// 1. writes embed.js, the stable-named loader, pointing at this build's
//    hashed glue and wasm files (see src/embed/loader.js);
// 2. minifies the JavaScript a reader downloads (the wasm-bindgen glue,
//    embed.js, host.js) with terser: Trunk 0.21 minifies only HTML and CSS;
// 3. writes pre-compressed copies (.br, .gz) of every text file and the wasm,
//    for hosts that serve them (nginx gzip_static/brotli_static, most
//    static-site hosts).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotli, gzip } from './sizes.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
const release = process.env.TRUNK_PROFILE === 'release';
const fail = (message) => {
  console.error(`post-build: ${message}`);
  process.exit(1);
};
if (!staging) fail('run me as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');

const files = await readdir(staging);
const glue = files.find((f) => /^role-quiz(-[0-9a-f]+)?\.js$/.test(f));
const wasm = files.find((f) => /^role-quiz(-[0-9a-f]+)?_bg\.wasm$/.test(f));
if (!glue || !wasm) fail(`no role-quiz glue or wasm in ${staging}: ${files.join(', ')}`);

const template = await readFile(join(source, 'src', 'embed', 'loader.js'), 'utf8');
await writeFile(
  join(staging, 'embed.js'),
  template.replaceAll('__GLUE__', glue).replaceAll('__WASM__', wasm),
);

if (release) {
  // terser is installed with the e2e tools (scripts/setup runs npm ci there).
  const require = createRequire(join(source, 'tests', 'e2e', 'package.json'));
  const { minify } = require('terser');
  // host.js is a classic script, the other two are modules.
  for (const [file, module] of [[glue, true], ['embed.js', true], ['host.js', false]]) {
    const path = join(staging, file);
    const { code } = await minify(await readFile(path, 'utf8'), {
      module,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    await writeFile(path, code);
  }
}

for (const file of await readdir(staging)) {
  if (!/\.(js|wasm|css|html|json|svg)$/.test(file)) continue;
  const body = await readFile(join(staging, file));
  await writeFile(join(staging, `${file}.gz`), gzip(body));
  await writeFile(join(staging, `${file}.br`), brotli(body));
}

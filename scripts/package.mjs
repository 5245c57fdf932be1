// make package: the embedding kit for bloggers who build nothing.
//
// From a built dist/ it writes, in target/package/:
//   role-quiz-<version>.zip  START-HERE.txt and a role-quiz/ folder holding
//                            what dist/ holds (with its .br/.gz copies): the
//                            folder goes on the blogger's site as it is;
//   role-quiz-<version>.tgz  the same files as an npm package (`npm pack`;
//                            no dependencies, no install scripts), for
//                            publishing once and serving from an npm CDN.
//
//   node scripts/package.mjs [dist] [out]
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const out = resolve(process.argv[3] ?? join(ROOT, 'target', 'package'));
const fail = (message) => {
  console.error(`package: ${message}`);
  process.exit(1);
};

await stat(join(dist, 'embed.js')).catch(() => fail(`${dist} has no embed.js; run make build first`));
const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
const version = cargo.match(/^version = "([^"]+)"/m)?.[1] ?? fail('no version in Cargo.toml');
const name = `role-quiz-${version}`;

// What a blogger reads first, in the zip and in the npm package.
const startHere = `role-quiz ${version}: a quiz and comparison for your blog
=========================================================

1. Put the role-quiz folder on your site, as it is: unzip, then upload the
   folder so that its files are at https://YOUR-SITE/role-quiz/ (any folder
   works; use its address below).

2. Paste these two lines into a post, in an HTML block, where the quiz goes:

   <div data-role-quiz></div>
   <script type="module" src="/role-quiz/embed.js"></script>

   That is all: the quiz and the side-by-side comparison of the CIO and the
   CTO appear in the post.

Options go on the <div>, for example:

   data-view="quiz"                 the quiz alone ("compare": the comparison
                                    alone; both, behind tabs, by default)
   data-questions="5"               questions in a round (10 by default)
   data-theme="dark"                or "light"; by default the reader's system
   data-pack="/role-quiz/my.json"   your own quiz instead of the CIO/CTO one
   data-profiles="off"              no profiles of the two roles on the quiz's
                                    first screen (on a phone they make it long):
                                    where your post already describes the roles
   style="--rq-accent: #b33c1a"     your colours (--rq-font, --rq-radius ...)

For readers whose browser runs no JavaScript, put a link inside the <div>:
it shows only where the quiz cannot (the quiz hides it when it starts):

   <div data-role-quiz><a href="/role-quiz/">Take the quiz: CIO or CTO?</a></div>

The project's README lists every option, the events the quiz sends to the
page, and notes on platforms that strip scripts.

Your own quiz: open https://YOUR-SITE/role-quiz/studio.html, write it, and
copy the snippet the studio gives you.

Where your platform strips <script> from posts, use an iframe instead:

   <iframe data-role-quiz-frame title="Quiz" loading="lazy"
           style="width: 100%; height: 900px; border: 0"
           src="/role-quiz/embed.html"></iframe>
   <script src="/role-quiz/host.js" async></script>

The folder must be served by a web server (http or https): a post opened as
a file from your disk cannot run it. The .br and .gz files are compressed
copies for servers that use them; they do no harm elsewhere.

What you may delete from the folder: examples/ (an example post by a made-up
author, to try the kit), cto-cfo.example.json (the example pack),
pack.schema.json (for editing a pack's JSON by hand), and the studio's files
(studio.html, studio-*) once your pack is written. Keep the rest: the widget
(embed.js, role-quiz-*), and for the iframe embed.html and host.js. The
example post, the studio and embed.html tell search engines not to index
them. The README lists which file does what.

What the quiz keeps: a reader's round in progress and best score, in their
own browser (localStorage). Nothing is sent anywhere, and nothing tracks
readers.
`;

await rm(out, { recursive: true, force: true });
const kit = join(out, 'kit');
await mkdir(kit, { recursive: true });
await cp(dist, join(kit, 'role-quiz'), { recursive: true });
await writeFile(join(kit, 'START-HERE.txt'), startHere);

// The zip. `zip` where it is installed, Python's zipfile otherwise.
const zip = join(out, `${name}.zip`);
try {
  execFileSync('zip', ['-q', '-r', '-X', zip, 'START-HERE.txt', 'role-quiz'], { cwd: kit, stdio: 'inherit' });
} catch (error) {
  if (error.code !== 'ENOENT') fail(`zip failed: ${error.message}`);
  execFileSync('python3', ['-m', 'zipfile', '-c', zip, 'START-HERE.txt', 'role-quiz'], { cwd: kit, stdio: 'inherit' });
}

// The npm package: the same files under dist/, and no scripts of any kind.
const npm = join(out, 'npm');
await mkdir(npm, { recursive: true });
await cp(dist, join(npm, 'dist'), { recursive: true });
await writeFile(join(npm, 'START-HERE.txt'), startHere);
await writeFile(
  join(npm, 'README.md'),
  `# role-quiz ${version}\n\nThe role-quiz embedding kit, built: \`dist/\` is the folder to serve. ` +
    `From an npm CDN, paste into a post:\n\n` +
    '```html\n<div data-role-quiz></div>\n' +
    `<script type="module" src="https://cdn.jsdelivr.net/npm/role-quiz@${version}/dist/embed.js"></script>\n` +
    '```\n\nSee START-HERE.txt, and the project\'s README for the options.\n',
);
const manifest = {
  name: 'role-quiz',
  version,
  description: 'An embeddable quiz and comparison of two roles (the CIO and the CTO built in), built and ready to serve: no install, no build.',
  license: 'MIT',
  keywords: ['quiz', 'embed', 'widget', 'cio', 'cto', 'webassembly'],
  files: ['dist/', 'START-HERE.txt'],
};
await writeFile(join(npm, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
execFileSync('npm', ['pack', '--quiet', '--pack-destination', out], { cwd: npm, stdio: ['ignore', 'ignore', 'inherit'] });
await rm(kit, { recursive: true });
await rm(npm, { recursive: true });

for (const file of [`${name}.zip`, `${name}.tgz`]) {
  const { size } = await stat(join(out, file));
  console.log(`${join(out, file)}  ${(size / 1024).toFixed(1)} KB`);
}

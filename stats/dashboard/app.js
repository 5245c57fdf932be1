// The dashboard: asks for the token once per tab (kept in sessionStorage,
// sent as a Bearer header), then draws the API's counts. Text only: every
// value goes in with textContent.
const KEY = 'role-quiz-stats:token';
// A split is [first, second, both] (the wire format's order).
const SIDES = [
  [0, 'First role', 'first'],
  [1, 'Second role', 'second'],
  [2, 'Both', 'both'],
];
const $ = (id) => document.getElementById(id);
const number = new Intl.NumberFormat('en');
const percent = (part, whole) => (whole ? `${Math.round((part * 100) / whole)}%` : '–');

class Unauthorized extends Error {}

async function api(path) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${sessionStorage.getItem(KEY) ?? ''}` } });
  if (response.status === 401) throw new Unauthorized();
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.error ?? `the server answered ${response.status}`);
  }
  return response;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function login(message = '') {
  for (const id of ['packs', 'report', 'leave']) $(id).hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message;
  $('token').focus();
}

async function open() {
  try {
    const packs = await (await api('dashboard/api/packs')).json();
    $('login').hidden = true;
    $('leave').hidden = false;
    $('packs').hidden = false;
    $('packs-empty').hidden = packs.length > 0;
    $('packs-table').hidden = packs.length === 0;
    const rows = packs.map((p) => {
      const link = el('button', { type: 'button', className: 'rq-link-button', textContent: p.pack });
      link.addEventListener('click', () => show(p.pack, p.version));
      return el(
        'tr',
        {},
        el('th', { scope: 'row' }, link),
        el('td', { textContent: p.version }),
        el('td', { className: 'num', textContent: number.format(p.answers) }),
        el('td', { className: 'num', textContent: number.format(p.started) }),
        el('td', { className: 'num', textContent: `${number.format(p.finished)} (${percent(p.finished, p.started)})` }),
      );
    });
    $('packs-table').tBodies[0].replaceChildren(...rows);
    if (packs.length) await show(packs[0].pack, packs[0].version);
  } catch (error) {
    if (error instanceof Unauthorized) {
      const had = sessionStorage.getItem(KEY);
      sessionStorage.removeItem(KEY);
      login(had ? 'That token does not open this dashboard.' : '');
    } else {
      login(`The dashboard could not be loaded: ${error.message}.`);
    }
  }
}

function bar(split, total) {
  const parts = SIDES.map(([side, name, role]) => {
    const share = total ? (split[side] * 100) / total : 0;
    return el('span', { className: `dash-bar-part rq-${role}`, title: `${name}: ${split[side]}`, style: `width:${share}%` });
  });
  const words = SIDES.map(([side, name]) => `${name} ${percent(split[side], total)}`).join(' · ');
  return el('div', { className: 'dash-split' }, el('div', { className: 'dash-bar', ariaHidden: 'true' }, ...parts), el('span', { className: 'rq-meta', textContent: words }));
}

async function show(pack, version) {
  const query = `pack=${encodeURIComponent(pack)}&version=${encodeURIComponent(version)}`;
  const report = await (await api(`dashboard/api/report?${query}`)).json();
  $('report').hidden = false;
  $('report-title').textContent = `${report.pack} ${report.version}`;
  const answers = report.items.reduce((sum, item) => sum + item.answers, 0);
  $('totals').replaceChildren(
    ...[
      ['Answers', number.format(answers)],
      ['Rounds started', number.format(report.started)],
      ['Rounds finished', `${number.format(report.finished)} (${percent(report.finished, report.started)})`],
    ].flatMap(([term, value]) => [el('div', {}, el('dt', { textContent: term }), el('dd', { textContent: value }))]),
  );
  $('items').tBodies[0].replaceChildren(
    ...report.items.map((item) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', textContent: item.item }),
        el('td', { className: 'num', textContent: number.format(item.answers) }),
        el('td', { className: 'num', textContent: percent(item.missed, item.answers) }),
        el('td', {}, bar(item.split, item.answers)),
      ),
    ),
  );
  $('mixups').tBodies[0].replaceChildren(
    ...SIDES.map(([, name], a) =>
      el('tr', {}, el('th', { scope: 'row', textContent: name }), ...report.mixups[a].map((n, b) => el('td', { className: 'num', textContent: a === b ? '–' : number.format(n) }))),
    ),
  );
  const most = Math.max(1, ...report.days.map((d) => d.answers));
  $('days').replaceChildren(
    ...report.days.slice(-30).map((d) =>
      el(
        'li',
        {},
        el('span', { className: 'dash-day', textContent: d.day }),
        el('span', { className: 'dash-day-bar', style: `width:${(d.answers * 100) / most}%` }),
        el('span', { className: 'num', textContent: number.format(d.answers) }),
      ),
    ),
  );
  $('export').onclick = async () => {
    const blob = await (await api(`dashboard/api/export?${query}`)).blob();
    const link = el('a', { href: URL.createObjectURL(blob), download: `${pack}-${version}.csv` });
    link.click();
    URL.revokeObjectURL(link.href);
  };
}

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(KEY, $('token').value.trim());
  $('token').value = '';
  open();
});
$('leave').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  login();
});
if (sessionStorage.getItem(KEY)) open();
else login();

// The JSON Schemas of schemas/ checked with real tools (make schemas-test,
// part of make test). Usage: node run.mjs CLSPD
//
// 1. schemas/ is what `clspd schema` writes (else the difference).
// 2. yaml-language-server, driven over the Language Server Protocol as
//    an editor would, through the `# yaml-language-server: $schema=` line
//    that `clspd init` writes, in a French editor: the starter's files get
//    no diagnostic; an unknown key gets one, on its line; a bad id gets
//    the schema's French help; completion at a key position in an action
//    offers the action's keys with their French descriptions.
// 3. The schemas agree with the loader (ajv): every content clspd accepts
//    validates (the sample, the starter, a generated one, the default
//    theme's YAML files), and each schema-level mistake
//    that clspd rejects (unknown key, wrong type, missing required key,
//    bad id, a value out of its enum or range) is rejected too.
//
// Ends with the line "schemas: N passed, M failed"; exits 1 on a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import YAML from 'yaml';
import { Lsp } from './lsp.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const clspd = path.resolve(process.argv[2] ?? 'build/clspd');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clspd-schemas-'));
let passed = 0;
let failed = 0;

async function test(name, fn) {
  try {
    await fn();
    passed++;
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n  ${String(e.message).replace(/\n/g, '\n  ')}`);
  }
}

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

function run(args) {
  return spawnSync(clspd, args, { encoding: 'utf8', env: { ...process.env, LANGUAGE: 'C', LC_ALL: 'C' } });
}

// A fresh starter folder, as `clspd init` writes it.
function starter(name) {
  const dir = path.join(tmp, name);
  const r = run(['init', dir]);
  assert(r.status === 0, `clspd init: ${r.stderr}`);
  return dir;
}

const SCHEMA_OF = [
  [/^clspd\.yaml$/, 'clspd'], [/^partners\/[^/]+\.yaml$/, 'partner'],
  [/^actions\/[^/]+\.yaml$/, 'action'], [/^indicators\/[^/]+\.yaml$/, 'indicator'],
  [/^pages\/[^/]+\.md$/, 'page'], [/^charter\.md$/, 'charter'],
  [/^theme\/pdf\/style\.yaml$/, 'style'], [/^theme\/strings\/(fr|en)\.yaml$/, 'strings-$1'],
];

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
ajv.addKeyword('patternErrorMessage');	// for editors: ajv has its own
const validators = new Map();
function validator(name) {
  if (!validators.has(name)) {
    const file = path.join(repo, 'schemas', `${name}.schema.json`);
    validators.set(name, ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8'))));
  }
  return validators.get(name);
}

// The data of a content file as an editor sees it: the YAML, or the
// front matter of a Markdown file.
function data(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (!file.endsWith('.md')) return YAML.parse(text) ?? {};
  const m = /^---[ \t\r]*\n([\s\S]*?)^(?:---|\.\.\.)[ \t\r]*$/m.exec(text);
  assert(m, `${file}: no front matter`);
  return YAML.parse(m[1]) ?? {};
}

// The errors of ajv for the file rel of the folder dir, or null when it
// validates (or has no schema).
function validate(dir, rel) {
  for (const [re, name] of SCHEMA_OF) {
    const m = re.exec(rel);
    if (!m) continue;
    const v = validator(name.replace('$1', m[1] ?? ''));
    return v(data(path.join(dir, rel))) ? null : ajv.errorsText(v.errors);
  }
  return null;
}

function files(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...files(dir, r));
    else out.push(r);
  }
  return out.sort();
}

// 1. schemas/ is up to date.
await test('schemas/ is what clspd schema writes', () => {
  const out = path.join(tmp, 'schemas');
  const r = run(['schema', out]);
  assert(r.status === 0, `clspd schema: ${r.stderr}`);
  const d = spawnSync('diff', ['-ru', path.join(repo, 'schemas'), out], { encoding: 'utf8' });
  assert(d.status === 0, `schemas/ differs from what clspd schema writes ` +
    `(run make schema, read the difference, commit):\n${d.stdout}${d.stderr}`);
});

// 2. The editor's view, through yaml-language-server.
const st = starter('lsp');
const lsp = new Lsp(st);
await lsp.start();
for (const rel of files(st).filter((f) => f.endsWith('.yaml'))) {
  await test(`yaml-language-server: no diagnostic on the starter's ${rel}`, async () => {
    const file = path.join(st, rel);
    const { uri, diagnostics } = await lsp.open(file, fs.readFileSync(file, 'utf8'));
    lsp.close(uri);
    assert(diagnostics.length === 0, JSON.stringify(diagnostics, null, 1));
  });
}

// An unknown key written by edit into a copy of the file rel: one
// diagnostic, on the key's line (found in the text: the starter's comments
// may change), naming the key.
async function unknownKey(rel, name, edit, key) {
  const file = path.join(st, path.dirname(rel), name);
  const text = edit(fs.readFileSync(path.join(st, rel), 'utf8'));
  const line = text.split('\n').findIndex((l) => l.trim().startsWith(`${key}:`)) + 1;
  assert(line > 0, `no line '${key}:' in the test file`);
  fs.writeFileSync(file, text);
  const { uri, diagnostics } = await lsp.open(file, text);
  lsp.close(uri);
  fs.unlinkSync(file);
  assert(diagnostics.length === 1, `one diagnostic expected:\n${JSON.stringify(diagnostics, null, 1)}`);
  const d = diagnostics[0];
  assert(d.range.start.line === line - 1, `on line ${line}, found line ${d.range.start.line + 1}: ${d.message}`);
  assert(d.message.includes(key), d.message);
}

await test('yaml-language-server: an unknown key in an action, on its line', () =>
  unknownKey('actions/mediation-sociale.yaml', 'typo.yaml',
    (t) => t.replace(/^public:/m, 'publik:'), 'publik'));
await test('yaml-language-server: an unknown key in a nested map, on its line', () =>
  unknownKey('clspd.yaml', 'clspd-typo.yaml',
    (t) => t.replace(/^coordinator:\n/m, 'coordinator:\n  nom: Camille\n'), 'nom'));

await test('yaml-language-server: a bad id gets the French help of the schema', async () => {
  const schema = JSON.parse(fs.readFileSync(path.join(repo, 'schemas/action.schema.json'), 'utf8'));
  const file = path.join(st, 'actions/bad-id.yaml');
  const text = fs.readFileSync(path.join(st, 'actions/mediation-sociale.yaml'), 'utf8')
    .replace(/^pilot: .*$/m, 'pilot: Association de médiation');
  fs.writeFileSync(file, text);
  const { uri, diagnostics } = await lsp.open(file, text);
  lsp.close(uri);
  fs.unlinkSync(file);
  const line = text.split('\n').findIndex((l) => l.startsWith('pilot:'));
  assert(diagnostics.length === 1 && diagnostics[0].range.start.line === line &&
    diagnostics[0].message === schema.properties.pilot.patternErrorMessage,
  JSON.stringify(diagnostics, null, 1));
});

await test('yaml-language-server: completion offers an action\'s keys, in French', async () => {
  const schema = JSON.parse(fs.readFileSync(path.join(repo, 'schemas/action.schema.json'), 'utf8'));
  const file = path.join(st, 'actions/new.yaml');
  const text = '# yaml-language-server: $schema=../.clspd/schemas/action.schema.json\n' +
    'title: Nouvelle action\n\n';
  fs.writeFileSync(file, text);
  const { uri } = await lsp.open(file, text);
  const result = await lsp.completion(uri, 2, 0);
  lsp.close(uri);
  fs.unlinkSync(file);
  const items = new Map((result.items ?? result).map((i) => [i.label, i]));
  const missing = [];
  for (const [key, p] of Object.entries(schema.properties)) {
    if (key === 'title') continue;	// written already
    const doc = items.get(key)?.documentation;
    const text = typeof doc === 'string' ? doc : doc?.value ?? '';
    if (!text.includes(p.description)) missing.push(`${key} (${JSON.stringify(doc)})`);
  }
  assert(missing.length === 0, `keys not offered with their description: ${missing.join(', ')}`);
  assert(items.get('means').documentation.includes('Moyens humains'), 'French description');
});
await lsp.stop();

// 3. The schemas agree with the loader.
function accepted(dir, what) {
  return test(`ajv: ${what} validates`, () => {
    const r = run(['check', dir]);
    assert(r.status === 0, `clspd check refuses it:\n${r.stderr}`);
    const errors = files(dir).map((f) => [f, validate(dir, f)]).filter(([, e]) => e);
    assert(errors.length === 0, errors.map(([f, e]) => `${f}: ${e}`).join('\n'));
  });
}

await accepted(path.join(repo, 'content'), 'the sample content');
await accepted(starter('valid'), 'the starter of clspd init');
{
  const gen = path.join(tmp, 'generated');
  execFileSync('python3', [path.join(repo, 'tools/bench-gen.py'), gen, '12', '3'], { stdio: 'ignore' });
  await accepted(gen, 'a generated content (tools/bench-gen.py, 12 actions)');
}
{
  // The default theme's files, as a content folder's theme would hold them.
  const dir = starter('theme');
  for (const f of ['pdf/style.yaml', 'strings/fr.yaml', 'strings/en.yaml']) {
    fs.mkdirSync(path.join(dir, 'theme', path.dirname(f)), { recursive: true });
    fs.copyFileSync(path.join(repo, 'themes/default', f), path.join(dir, 'theme', f));
  }
  await accepted(dir, 'the default theme\'s style.yaml and strings');
}

// Mistakes that the schemas can see: [what, file, edit, the loader's message].
const MISTAKES = [
  ['an unknown key', 'actions/mediation-sociale.yaml',
    (t) => t.replace(/^public:/m, 'publik:'), "unknown key 'publik' in action"],
  ['an unknown key in a nested map', 'clspd.yaml',
    (t) => t.replace(/^coordinator:\n/m, 'coordinator:\n  nom: Camille\n'), "unknown key 'nom' in coordinator"],
  ['an unknown key in a funding entry', 'actions/mediation-sociale.yaml',
    (t) => t.replace('amount: 30000', 'montant: 30000'), "unknown key 'montant' in funding entry"],
  ['an unknown key in a page\'s front matter', 'pages/introduction.md',
    (t) => t.replace(/^title:/m, 'ordre: 1\ntitle:'), "unknown key 'ordre' in page front matter"],
  ['a missing required key', 'partners/commune.yaml',
    (t) => t.replace(/^kind: .*\n/m, ''), "missing required key 'kind' in partner"],
  ['a missing required key in a list item', 'clspd.yaml',
    (t) => t.replace(/^    title: .*\n/m, ''), "missing required key 'title' in thematic"],
  ['a required key left empty', 'actions/mediation-sociale.yaml',
    (t) => t.replace(/^title: .*$/m, 'title:'), "'title' must not be empty"],
  ['a text where a number is expected', 'indicators/conflits-resolus.yaml',
    (t) => t.replace(/^target: .*$/m, 'target: beaucoup'), "expected a number, found 'beaucoup'"],
  ['a quoted number', 'actions/mediation-sociale.yaml',
    (t) => t.replace('amount: 30000', 'amount: "30000"'), 'found a quoted string'],
  ['a decimal where a whole number is expected', 'pages/introduction.md',
    (t) => t.replace(/^order: 1$/m, 'order: 1.5'), "expected a whole number, found '1.5'"],
  ['a mapping where a text is expected', 'partners/commune.yaml',
    (t) => t.replace(/^name: .*$/m, 'name: {first: Commune}'), 'expected a single value, found a mapping'],
  ['a list where a mapping is expected', 'clspd.yaml',
    (t) => t.replace(/^coordinator:\n/m, 'coordinator:\n  - Camille\nx:\n'), 'expected a mapping for coordinator'],
  ['a negative amount', 'actions/mediation-sociale.yaml',
    (t) => t.replace('amount: 30000', 'amount: -30000'), 'must not be negative'],
  ['a year out of range', 'clspd.yaml',
    (t) => t.replace(/^year: .*$/m, 'year: 1999'), 'year out of range: 1999'],
  ['a year key that is not a year', 'indicators/conflits-resolus.yaml',
    (t) => t.replace(/^values:\n/m, 'values:\n  an-dernier: 3\n'), "expected a year as key, found 'an-dernier'"],
  ['a bad thematic id', 'clspd.yaml',
    (t) => t.replace('- id: tranquillite-publique', '- id: Tranquillité publique'), 'invalid thematic id'],
  ['a name out of the list (status)', 'actions/mediation-sociale.yaml',
    (t) => t.replace(/^status: .*$/m, 'status: fini'), "unknown status 'fini'"],
  ['a name out of the list (partner kind)', 'partners/commune.yaml',
    (t) => t.replace(/^kind: .*$/m, 'kind: mairie'), "unknown partner kind 'mairie'"],
  ['a URL without https', 'clspd.yaml',
    (t) => t.replace(/^year:/m, 'base_url: http://clspd.example.fr\nyear:'), 'expected an absolute https:// URL'],
  ['a date that is not YYYY-MM-DD', 'charter.md',
    (t) => t.replace(/^adopted: .*$/m, 'adopted: 12/06/2025'), 'expected a date YYYY-MM-DD'],
  ['a rate over 100', 'clspd.yaml',
    (t) => t.replace(/^year:/m, 'accessibility: {rate: 120}\nyear:'), 'percentage from 0 to 100'],
  ['a colour that is not #RRGGBB', 'theme/pdf/style.yaml',
    () => 'accent: rouge\n', "expected a colour written #RRGGBB for 'accent'"],
  ['an unknown label', 'theme/strings/fr.yaml',
    () => 'titre: Bilan\n', "unknown label 'titre'"],
];

for (const [what, rel, edit, message] of MISTAKES) {
  await test(`ajv and clspd both refuse ${what} (${rel})`, () => {
    const dir = starter(`mistake-${passed + failed}`);
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const after = edit(before);
    assert(after !== before, 'the edit changed nothing');
    fs.writeFileSync(file, after);
    const r = run(['check', dir]);
    assert(r.status === 1 && r.stderr.includes(message),
      `clspd check should say "${message}":\n${r.stderr}`);
    assert(validate(dir, rel) !== null, 'ajv accepts it');
  });
}

// 4. tools/check-doc-keys.py, which compares a format reference's key
// tables with the schemas, on two fixtures: one that documents every key,
// one with a key left out and a key clspd does not accept.
function docKeys(fixture) {
  return spawnSync('python3', [path.join(repo, 'tools/check-doc-keys.py'),
    path.join(here, 'doc-keys', fixture)], { encoding: 'utf8', cwd: here });
}

await test('check-doc-keys.py passes a reference that documents every key', () => {
  const r = docKeys('good.md');
  assert(r.status === 0 && /^doc-keys: \d+ keys checked, all documented\n$/.test(r.stdout),
    `status ${r.status}:\n${r.stdout}${r.stderr}`);
});

await test('check-doc-keys.py names a key missing on each side', () => {
  const r = docKeys('bad.md');
  const f = path.join(here, 'doc-keys', 'bad.md');
  const want = `${f}: \`coordinator.phone\` (clspd.yaml) is accepted by clspd but not documented\n` +
    `${f}:65: \`period.duration\` (actions/<id>.yaml) is documented but clspd does not accept it\n` +
    'doc-keys: 2 problem(s)\n';
  assert(r.status === 1 && r.stdout === want, `status ${r.status}:\n${r.stdout}${r.stderr}`);
});

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`schemas: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

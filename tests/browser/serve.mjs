// clspd serve in Debian's Chromium (docs/dev/serve.md): a copy of a
// content folder is served on a free port of 127.0.0.1, a page is opened,
// then the files are changed the ways a coordinator's editor changes them
// and the page must reload by itself with the change: an edit, a broken
// file (the error page, its position and marked line) and its fix, a
// record deleted and recreated, saves by rename (vim, VS Code), a theme
// edit. Prints "serve: N passed, M failed". The latency is measured by
// serve-bench.mjs (make bench).
//
// usage: node serve.mjs CLSPD CONTENT
import { spawn } from 'node:child_process';
import {
	cpSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync,
	writeFileSync, mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, usage } from './lib.mjs';

const args = process.argv.slice(2);
if (args.length !== 2)
	usage('node serve.mjs CLSPD CONTENT');
const clspd = resolve(args[0]);
const tmp = mkdtempSync(join(tmpdir(), 'clspd-serve-test-'));
const content = join(tmp, 'content');
cpSync(resolve(args[1]), content, { recursive: true });

let server = null;
let browser = null;
let passed = 0;
let failed = 0;

function cleanup() {
	if (server && server.exitCode === null)
		server.kill('SIGKILL');
	rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);
// Nothing hangs: the whole run has a deadline.
const deadline = setTimeout(() => {
	console.error('serve: the tests took more than 5 minutes: stopped');
	console.log(`serve: ${passed} passed, ${failed + 1} failed`);
	process.exit(1);
}, 300000);

// The tests keep the private folder in tmp, to see it go.
function serverEnv() {
	return { ...process.env, TMPDIR: tmp };
}

// Starts the server; resolves with its URL.
function start() {
	return new Promise((ok, fail) => {
		server = spawn(clspd, ['serve', content, '--port', '0'], {
			env: serverEnv(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		server.stdout.on('data', (d) => {
			out += d;
			const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
			if (m) ok(m[0]);
		});
		server.stderr.on('data', (d) => {
			if (process.env.SERVE_VERBOSE) process.stderr.write(d);
		});
		server.on('exit', (c) => fail(new Error(`clspd serve exited: ${c}`)));
	});
}

async function check(name, fn) {
	try {
		await fn();
		passed++;
		console.log(`ok: ${name}`);
	} catch (e) {
		failed++;
		console.log(`FAIL: ${name}: ${e.message.split('\n')[0]}`);
	}
}

function assert(cond, what) {
	if (!cond) throw new Error(what);
}

// The page's text, once it is there (a reload may be under way).
async function text(page) {
	for (let i = 0; i < 50; i++) {
		try {
			return await page.evaluate(() => document.body.innerText);
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error('the page has no body');
}

// Changes files with fn and waits for the page's reload; returns the ms
// from the change to the load event.
async function reloads(page, fn) {
	const loaded = page.waitForEvent('load', { timeout: 15000 });
	const t0 = performance.now();
	fn();
	await loaded;
	return performance.now() - t0;
}

const file = (p) => join(content, p);
const read = (p) => readFileSync(file(p), 'utf8');
const write = (p, s) => writeFileSync(file(p), s);

// Replaces text in a file the way an editor saving in place does.
function edit(p, from, to) {
	const s = read(p);
	assert(s.includes(from), `${p} has no '${from}'`);
	write(p, s.replace(from, to));
}

const url = await start().catch((e) => {
	console.error(`serve: ${e.message}`);
	console.log('serve: 0 passed, 1 failed');
	process.exit(1);
});
browser = await launch('MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
const page = await browser.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));

const councilLine = read('clspd.yaml').match(/^council: *.*$/m)[0];
const council = councilLine.replace(/^council: *"?|"$/g, '');
// Sets the council's name, an edit saved in place.
function setCouncil(name) {
	write('clspd.yaml', read('clspd.yaml').replace(/^council: .*$/m,
		`council: "${name}"`));
}

await check('a page opens, with the council', async () => {
	const r = await page.goto(url);
	assert(r.status() === 200, `status ${r.status()}`);
	assert((await text(page)).includes(council), 'no council name');
});

await check('an edit of a YAML file reloads the page with it', async () => {
	await reloads(page, () => setCouncil('CLSPD de Test-sur-Mer'));
	assert((await text(page)).includes('CLSPD de Test-sur-Mer'),
		'the new name is not shown');
});

let yearLine = 0;
await check('a broken file shows the error page, position and line',
	async () => {
		await reloads(page, () => edit('clspd.yaml', 'year: 2025',
			'year: "deux"'));
		const t = await text(page);
		assert(t.includes('Le contenu a des erreurs'), 'no error page');
		yearLine = read('clspd.yaml').split('\n')
			.findIndex((l) => l.startsWith('year:')) + 1;
		assert(t.includes(`clspd.yaml:${yearLine}:7`), 'no position');
		const mark = await page.evaluate(() =>
			document.querySelector('pre mark')?.textContent);
		assert(mark === '"', `marked '${mark}'`);
		const line = await page.evaluate(() =>
			document.querySelector('pre')?.textContent);
		assert(line.includes('year: "deux"'), 'no line');
	});

await check('the fix brings the page back by itself', async () => {
	await reloads(page, () => edit('clspd.yaml', 'year: "deux"',
		'year: 2025'));
	const t = await text(page);
	assert(!t.includes('Le contenu a des erreurs'), 'still the error page');
	assert(t.includes('CLSPD de Test-sur-Mer'), 'not the site');
});

await check('a record deleted, then recreated', async () => {
	const intro = read('pages/introduction.md');
	await reloads(page, () => unlinkSync(file('pages/introduction.md')));
	const nav = () => page.evaluate(() => [...document.querySelectorAll(
		'nav a')].map((a) => a.textContent).join('|'));
	assert(!(await nav()).includes('Introduction'), 'still linked');
	await reloads(page, () => write('pages/introduction.md', intro));
	assert((await nav()).includes('Introduction'), 'not linked again');
});

await check('saved as vim does (the file renamed aside, a new one)',
	async () => {
		await reloads(page, () => {
			const s = read('clspd.yaml');
			renameSync(file('clspd.yaml'), file('clspd.yaml~'));
			write('clspd.yaml', s.replace('CLSPD de Test-sur-Mer',
				'CLSPD de Vim'));
			unlinkSync(file('clspd.yaml~'));
		});
		assert((await text(page)).includes('CLSPD de Vim'), 'no change');
	});

await check('saved as VS Code does (a temporary file renamed over)',
	async () => {
		await reloads(page, () => {
			const s = read('clspd.yaml');
			write('.clspd.yaml.tmp', s.replace('CLSPD de Vim',
				'CLSPD de Code'));
			renameSync(file('.clspd.yaml.tmp'), file('clspd.yaml'));
		});
		assert((await text(page)).includes('CLSPD de Code'), 'no change');
	});

await check('a theme edit (a new folder CONTENT/theme) reloads', async () => {
	await reloads(page, () => {
		mkdirSync(file('theme/assets/css'), { recursive: true });
		write('theme/assets/css/identity.css',
			':root { --clspd-test: 1 }\nbody { outline: 7px solid rgb(1, 2, 3) }\n');
	});
	// The folder may come before its file: a second reload then.
	for (let i = 0; i < 50; i++) {
		const o = await page.evaluate(() =>
			getComputedStyle(document.body).outlineColor).catch(() => '');
		if (o === 'rgb(1, 2, 3)') return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the theme\'s style is not applied');
});

await check('the PDF link serves the last PDF that built', async () => {
	let r = null;
	for (let i = 0; i < 100; i++) {
		r = await page.request.get(`${url}pdf/rapport-2025.pdf`);
		if (r.status() === 200) break;
		await new Promise((res) => setTimeout(res, 200));
	}
	assert(r.status() === 200, `status ${r.status()}`);
	assert(r.headers()['content-type'] === 'application/pdf', 'type');
	assert((await r.body()).subarray(0, 5).toString() === '%PDF-', 'not a PDF');
});

await check('no script error in the pages', async () => {
	assert(errors.length === 0, errors.join('; '));
});

await check('Ctrl-C stops the server and leaves nothing', async () => {
	await browser.close();
	const exited = new Promise((r) => server.on('exit', (c) => r(c)));
	server.kill('SIGINT');
	const code = await exited;
	assert(code === 0, `exit status ${code}`);
	const left = (await import('node:fs')).readdirSync(tmp)
		.filter((n) => n.startsWith('clspd-serve-'));
	assert(left.length === 0, `left ${left.join(', ')}`);
});

clearTimeout(deadline);
console.log(`serve: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

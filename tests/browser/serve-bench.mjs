// The preview servers' latency (make bench, tools/bench.sh): from a file's
// write to the `load` event of the page that reloaded itself with the
// change, in Debian's Chromium. The same harness drives `clspd serve` and
// `hugo server` (Hugo's own live reload, its defaults otherwise), on a
// copy of the folder given, on 127.0.0.1 only.
//
// usage: node serve-bench.mjs clspd:CLSPD|hugo DIR FILE PAGE TEXT RUNS
//   DIR   the content folder (clspd) or the Hugo site (hugo), copied
//   FILE  the file edited, relative to DIR: each run writes it again in
//         place with TEXT replaced by "TEXT bench-N"
//   PAGE  the page kept open, relative to the server's root
// A run ends at the first `load` event after the write whose page shows
// "bench-N" (a reload that still shows the old text does not count).
// Prints "serve-latency: median X ms (min Y, max Z, N runs)".
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, usage } from './lib.mjs';

const args = process.argv.slice(2);
if (args.length !== 6)
	usage('node serve-bench.mjs clspd:CLSPD|hugo DIR FILE PAGE TEXT RUNS');
const [tool, dirArg, fileRel, pagePath, text, runsArg] = args;
const runs = Number(runsArg);
const tmp = mkdtempSync(join(tmpdir(), 'clspd-serve-bench-'));
const dir = join(tmp, 'site');
cpSync(resolve(dirArg), dir, { recursive: true });
const file = join(dir, fileRel);
const original = readFileSync(file, 'utf8');
if (!original.includes(text)) {
	console.error(`serve-bench: ${fileRel} has no '${text}'`);
	process.exit(2);
}

let server = null;
process.on('exit', () => {
	if (server && server.exitCode === null)
		server.kill('SIGKILL');
	rmSync(tmp, { recursive: true, force: true });
});
setTimeout(() => {
	console.error('serve-bench: more than 10 minutes: stopped');
	process.exit(1);
}, 600000).unref();

// A free port of 127.0.0.1, for hugo (clspd takes --port 0).
function freePort() {
	return new Promise((ok) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => ok(port));
		});
	});
}

// Starts the server; resolves with its root URL once it serves.
async function start() {
	let cmd, argv, re;
	if (tool === 'hugo') {
		const port = await freePort();
		cmd = 'hugo';
		argv = ['server', '-s', dir, '--bind', '127.0.0.1', '--port',
			String(port), '--baseURL', `http://127.0.0.1:${port}/`,
			'--appendPort=false'];
		re = /Web Server is available at (http:\/\/127\.0\.0\.1:\d+\/)/;
	} else {
		cmd = resolve(tool.replace(/^clspd:/, ''));
		argv = ['serve', dir, '--port', '0'];
		re = /(http:\/\/127\.0\.0\.1:\d+\/)/;
	}
	return new Promise((ok, fail) => {
		// clspd chooses its private folder as for a user (/dev/shm).
		const env = { ...process.env };
		delete env.TMPDIR;
		server = spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		const look = (d) => {
			out += d;
			if (process.env.SERVE_VERBOSE) process.stderr.write(d);
			const m = out.match(re);
			if (m) ok(m[1]);
		};
		server.stdout.on('data', look);
		server.stderr.on('data', look);
		server.on('error', fail);
		server.on('exit', (c) => fail(new Error(`${cmd} exited: ${c}`)));
	});
}

const url = await start().catch((e) => {
	console.error(`serve-bench: ${e.message}`);
	process.exit(1);
});
const browser = await launch('MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
const page = await browser.newPage();
await page.goto(url + pagePath);
// BENCH_TRACE=1: when each request of the page goes, from the write.
let t0 = 0;
if (process.env.BENCH_TRACE) {
	const at = () => `${(performance.now() - t0).toFixed(0)} ms`;
	page.on('request', (r) => console.error(`${at()} request ${r.url()}`));
	page.on('requestfinished', (r) => console.error(`${at()} done ${r.url()}`));
	page.on('load', () => console.error(`${at()} load`));
}

// Writes run i's change; resolves with the ms to the load event of a page
// that shows it.
async function once(i) {
	const mark = `bench-${i}`;
	// A pause first, as between two saves of a person: a server may
	// still be busy just after the reload (hugo drops a change then).
	await new Promise((r) => setTimeout(r, 500));
	const deadline = performance.now() + 60000;
	t0 = performance.now();
	writeFileSync(file, original.replace(text, `${text} ${mark}`));
	for (;;) {
		const left = deadline - performance.now();
		if (left <= 0) throw new Error(`run ${i}: no reload within 60 s`);
		await page.waitForEvent('load', { timeout: left });
		const t = performance.now() - t0;
		const shown = await page.evaluate(() => document.body.innerText)
			.catch(() => '');
		if (shown.includes(mark)) return t;
	}
}

const ms = [];
try {
	// A first edit, not counted: what a server does once is not timed.
	await once(0);
	for (let i = 1; i <= runs; i++)
		ms.push(await once(i));
} catch (e) {
	console.error(`serve-bench: ${e.message.split('\n')[0]}`);
	process.exit(1);
}
await browser.close();
ms.sort((a, b) => a - b);
const median = ms.length % 2 ? ms[ms.length >> 1] :
	(ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
console.log(`serve-latency: median ${median.toFixed(0)} ms (min ` +
	`${ms[0].toFixed(0)}, max ${ms[ms.length - 1].toFixed(0)}, ` +
	`${runs} runs)`);
process.exit(0);

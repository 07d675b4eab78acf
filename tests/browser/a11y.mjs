// node a11y.mjs SITE_DIR
//
// Opens every *.html under SITE_DIR in Debian's Chromium, through file://,
// and checks it:
//   - axe-core, WCAG 2.0 and 2.1, levels A and AA (tags wcag2a, wcag2aa,
//     wcag21a, wcag21aa): every violation, one line per element;
//   - lang:      <html> has a non-empty lang attribute;
//   - one-h1:    exactly one <h1>;
//   - skip-link: the first element that Tab reaches is a link to "#id",
//                visible once focused, and the element #id exists;
//   - network:   no request to anything but a file:// URL inside SITE_DIR
//                (every other request is intercepted and aborted: nothing
//                ever leaves the machine), and no <link rel=preconnect or
//                dns-prefetch> to another host;
//   - console:   no console error, no uncaught exception (a file that is
//                missing shows here);
//   - reflow:    at 320 CSS px wide, the page does not scroll sideways
//                (WCAG 1.4.10; a table may scroll in its own box);
//   - no-js:     the page opened again with JavaScript disabled has the
//                same text in its <main> (or <body> when there is no
//                single <main>): no page needs JavaScript.
// One browser serves every page, $BROWSER_JOBS pages at a time (2).
//
// Each problem is printed as
//   PAGE: RULE [IMPACT] TARGET: HELP
// and the last line is `browser: N passed, M failed`, one count per page.
// Exit status: 0 when every page passed, 1 when one failed, 2 when the
// check itself could not run (no page, no Chromium), after the line
// `browser: 0 passed, 1 failed`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cannot, launch, listPages, usage } from './lib.mjs';

if (process.argv.length !== 3) usage('node a11y.mjs SITE_DIR');
const root = resolve(process.argv[2]);
const rootURL = pathToFileURL(root).href + '/';
const jobs = Math.max(1, Number(process.env.BROWSER_JOBS) || 2);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// axe-core leaves some findings "incomplete" (to be reviewed by a person)
// rather than violations; these are always a fault in a generated static
// page, so they count as violations. (A duplicate id referenced by ARIA:
// axe 4.14 never reports it as a violation.)
const INCOMPLETE_IS_VIOLATION = new Set(['duplicate-id-aria']);
const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let pages;
try {
	pages = listPages(root);
} catch (e) {
	console.error(`browser: ${e.message}`);
	cannot('browser');
}
if (pages.length === 0) {
	console.error(`browser: no *.html under ${root}`);
	cannot('browser');
}

const t0 = performance.now();
const browser = await launch();
// JavaScript on: axe runs here. The pages' own Content-Security-Policy
// stays enforced (no bypassCSP): axe is evaluated through the DevTools
// protocol, which CSP does not govern, not added as a <script>.
// axe-core is loaded once, as a script of the context that runs in every
// document before the page's own (also through the DevTools protocol).
const withJS = await browser.newContext({ javaScriptEnabled: true });
await withJS.addInitScript(axeSource);
const withoutJS = await browser.newContext({ javaScriptEnabled: false });

// The text of the main content, and the structure checks, evaluated in
// the page (this works with the page's JavaScript disabled too: the
// DevTools protocol is not the page's JavaScript).
function inspect() {
	const mains = document.querySelectorAll('main');
	const main = mains.length === 1 ? mains[0] : document.body;
	const hints = [];
	for (const l of document.querySelectorAll('link[rel][href]')) {
		const rel = l.rel.toLowerCase().split(/\s+/);
		if ((rel.includes('preconnect') || rel.includes('dns-prefetch')) &&
		    !/^file:/.test(l.href))
			hints.push(l.outerHTML.slice(0, 120));
	}
	return {
		lang: (document.documentElement.getAttribute('lang') || '').trim(),
		h1: document.querySelectorAll('h1').length,
		text: main ? main.innerText.trim() : '',
		mainIsBody: mains.length !== 1,
		hints,
	};
}

function firstFocusable() {
	const a = document.activeElement;
	if (!a || a === document.body || a === document.documentElement)
		return { err: 'Tab reaches no element: the page needs a skip link ' +
			'as its first focusable element' };
	const href = a.getAttribute('href');
	if (a.localName !== 'a' || !href || !href.startsWith('#') ||
	    href.length < 2)
		return { err: 'the first focusable element is ' +
			a.outerHTML.slice(0, 100).replace(/\s+/g, ' ') +
			', not a skip link <a href="#...">' };
	let id = href.slice(1);
	try { id = decodeURIComponent(id); } catch (e) { /* as written */ }
	if (!document.getElementById(id))
		return { err: `the skip link's target #${id} does not exist` };
	const b = a.getBoundingClientRect();
	if (b.width < 1 || b.height < 1 || b.bottom < 0 || b.right < 0 ||
	    b.top > innerHeight || b.left > innerWidth)
		return { err: 'the skip link stays invisible when it has the focus' };
	return { id };
}

// At 320 px wide (the viewport is set by the caller): whether the page
// scrolls sideways, and the deepest element that sticks out, outside a
// box that scrolls on its own.
function reflow() {
	const w = document.documentElement.clientWidth;
	if (document.documentElement.scrollWidth <= w) return null;
	let worst = null;
	for (const e of document.querySelectorAll('body *')) {
		if (e.getBoundingClientRect().right <= w + 1) continue;
		let p = e.parentElement, inScroller = false;
		for (; p && p !== document.body; p = p.parentElement)
			if (/auto|scroll/.test(getComputedStyle(p).overflowX))
				inScroller = true;
		if (!inScroller) worst = e;
	}
	const name = (e) => e.localName + (e.className && typeof e.className ===
		'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
	return { width: document.documentElement.scrollWidth,
		target: worst ? name(worst) : 'html' };
}

// A tab: one page of a context, kept from one HTML page to the next (a
// new page for each costs more than the checks). Its listeners report to
// tab.add, which is set for the page being checked.
async function openTab(context) {
	const page = await context.newPage();
	const tab = { page, add: () => {} };
	await page.route('**/*', (route) => {
		const u = route.request().url();
		if (u.startsWith('file:')) return route.continue();
		tab.add('network', 'serious', u, 'request to the network ' +
			'(aborted); a page may load only files of the site');
		return route.abort('blockedbyclient');
	});
	page.on('request', (req) => {
		const u = req.url();
		if (u.startsWith('file:') && !u.startsWith(rootURL))
			tab.add('network', 'serious', u,
				'request for a file outside the site');
		else if (!/^(file|data|blob|https?):/.test(u))
			tab.add('network', 'serious', u, 'request to the network');
	});
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const text = msg.text();
		if (text.includes('ERR_BLOCKED_BY_CLIENT')) return; // see route
		const where = msg.location()?.url || '';
		tab.add('console', 'serious', where.startsWith(rootURL) ?
			where.slice(rootURL.length) : where || '-',
			`console error: ${text}`);
	});
	page.on('pageerror', (e) => tab.add('console', 'serious', '-',
		`uncaught exception: ${e.message}`));
	return tab;
}

// One pass over one page in one tab; problems go to add(). Returns what
// inspect() found, or null when the page could not be checked (the tab
// is then closed, and the caller opens another).
async function pass(tab, rel, js, add) {
	const { page } = tab;
	tab.add = add;
	try {
		const url = pathToFileURL(join(root, rel)).href;
		const res = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
		if (res && !res.ok())
			add('load', 'critical', url, `cannot open: status ${res.status()}`);
		if (js) await page.evaluate(() => document.fonts.ready);

		const info = await page.evaluate(inspect);
		if (!info.lang)
			add('lang', 'serious', 'html', '<html> has no lang attribute');
		if (info.h1 !== 1)
			add('one-h1', 'moderate', 'h1',
				`${info.h1} <h1> elements, exactly one expected`);
		for (const h of info.hints)
			add('network', 'serious', h, 'resource hint to another host');

		await page.keyboard.press('Tab');
		const f = await page.evaluate(firstFocusable);
		if (f.err) add('skip-link', 'serious', '-', f.err);

		if (js) {
			const size = page.viewportSize();
			await page.setViewportSize({ width: 320, height: 800 });
			const rf = await page.evaluate(reflow);
			await page.setViewportSize(size);
			if (rf)
				add('reflow', 'serious', rf.target, `the page is ${rf.width} px ` +
					'wide at 320 px: it scrolls sideways (WCAG 1.4.10)');
		}
		if (js) {
			const r = await page.evaluate((tags) => globalThis.axe.run(document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			}), TAGS);
			const promoted = r.incomplete.filter((v) =>
				INCOMPLETE_IS_VIOLATION.has(v.id));
			for (const v of r.violations.concat(promoted))
				for (const n of v.nodes)
					add(v.id, n.impact || v.impact || 'unknown',
						n.target.flat(Infinity).join(' '), v.help);
		}
		return info;
	} catch (e) {
		add('load', 'critical', '-', `${js ? '' : 'without JavaScript: '}` +
			e.message.split('\n')[0]);
		await page.close().catch(() => {});
		tab.page = null;
		return null;
	} finally {
		tab.add = () => {};
	}
}

function firstDifference(a, b) {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const show = (s) => JSON.stringify(s.slice(Math.max(0, i - 20), i + 40));
	return `with JavaScript ${show(a)}, without ${show(b)}`;
}

async function checkPage(tabs, rel) {
	const problems = [];
	const seen = new Set();
	const add = (rule, impact, target, help) => {
		const line = `${rel}: ${rule} [${impact}] ${target}: ${help}`;
		if (!seen.has(line)) { seen.add(line); problems.push(line); }
	};
	if (!tabs.on.page) tabs.on = await openTab(withJS);
	if (!tabs.off.page) tabs.off = await openTab(withoutJS);
	const on = await pass(tabs.on, rel, true, add);
	const off = await pass(tabs.off, rel, false, add);
	if (on && off && on.text !== off.text)
		add('no-js', 'serious', on.mainIsBody ? 'body' : 'main',
			'the text differs without JavaScript: ' +
			firstDifference(on.text, off.text));
	return problems;
}

// $BROWSER_JOBS workers, each with its two tabs, take the pages in turn;
// each page's problems are printed in page order as soon as they are
// known.
const queue = pages.map((rel, i) => ({ rel, i }));
const results = [];
let printed = 0;
await Promise.all(Array.from({ length: Math.min(jobs, pages.length) },
	async () => {
		const tabs = { on: { page: null }, off: { page: null } };
		for (let job; (job = queue.shift());) {
			results[job.i] = await checkPage(tabs, job.rel);
			while (printed < pages.length && results[printed]) {
				for (const line of results[printed]) console.log(line);
				printed++;
			}
		}
	}));
await browser.close();

const failed = results.filter((p) => p.length > 0).length;
const secs = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`browser: ${pages.length} pages of ${root} checked in ${secs} s`);
console.log(`browser: ${pages.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

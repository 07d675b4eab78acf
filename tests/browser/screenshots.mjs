// node screenshots.mjs SITE_DIR OUTDIR
//
// Full-page PNG screenshots, for a person to look at (CI does not run
// this): index.html, the first actions/*.html, indicators.html and
// charter.html, each on a desktop (1280 px wide) and on a phone (390 px
// wide, 2 device pixels per CSS pixel), as OUTDIR/NAME-desktop.png and
// NAME-phone.png.
// Requests to the network are aborted, as in a11y.mjs.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, listPages, usage } from './lib.mjs';

if (process.argv.length !== 4)
	usage('node screenshots.mjs SITE_DIR OUTDIR');
const root = resolve(process.argv[2]);
const outdir = resolve(process.argv[3]);
mkdirSync(outdir, { recursive: true });

const all = listPages(root);
const wanted = ['index.html', all.find((p) => /^actions\/[^/]+\.html$/.test(p)),
	'indicators.html', 'charter.html'];
const pages = [];
for (const p of wanted) {
	if (p && all.includes(p)) pages.push(p);
	else console.error(`screenshots: no ${p || 'actions/*.html'} in ${root}`);
}

const devices = {
	desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
	phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
		isMobile: true, hasTouch: true },
};

const browser = await launch();
let status = pages.length === wanted.length ? 0 : 1;
for (const [device, options] of Object.entries(devices)) {
	const context = await browser.newContext(options);
	await context.route('**/*', (route) =>
		route.request().url().startsWith('file:') ? route.continue()
			: route.abort('blockedbyclient'));
	for (const rel of pages) {
		const page = await context.newPage();
		const file = join(outdir,
			`${rel.replace(/\.html$/, '').replace(/\//g, '-')}-${device}.png`);
		try {
			await page.goto(pathToFileURL(join(root, rel)).href);
			await page.evaluate(() => document.fonts.ready);
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
		} catch (e) {
			console.error(`screenshots: ${rel} (${device}): ${e.message}`);
			status = 1;
		}
		await page.close();
	}
	await context.close();
}
await browser.close();
process.exit(status);

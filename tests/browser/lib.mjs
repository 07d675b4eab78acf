// Shared by the browser checks: finding the pages of a site and starting
// Debian's Chromium through playwright-core (no browser of Playwright's own
// is ever downloaded).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

// Every *.html under dir, as paths relative to it, sorted bytewise so that
// the output is the same from one run to the next.
export function listPages(dir) {
	const root = resolve(dir);
	const out = [];
	(function walk(d) {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			const st = statSync(p);
			if (st.isDirectory()) walk(p);
			else if (st.isFile() && name.endsWith('.html'))
				out.push(relative(root, p).split(sep).join('/'));
		}
	})(root);
	return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// Debian's chromium, or $CHROMIUM. We run as root in CI, where Chromium
// refuses to start with its sandbox: --no-sandbox. There is no GPU and
// /dev/shm may be small in a container. --disable-background-networking
// keeps Chromium itself from calling home (updates, safe browsing, ...),
// so the only requests are the pages' own; and every host name resolves
// to nothing, so that even a request that slipped past the interception
// of a11y.mjs could not leave the machine (no DNS query either).
// --allow-file-access-from-files: under file:// every file is an origin
// of its own, so axe-core cannot read the rules of the site's style sheet
// and fetches it again by XMLHttpRequest, which Chromium refuses for
// file:// ("blocked by CORS policy") unless this flag is given. It hides
// nothing that we check: a page whose text needs a fetch() fails the
// no-JavaScript pass anyway.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// hostRules replaces the resolver's rules: clspd serve's tests reach
// 127.0.0.1 with 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'.
export async function launch(hostRules = 'MAP * ~NOTFOUND') {
	try {
		return await chromium.launch({
			executablePath: CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
				'--disable-background-networking',
				`--host-resolver-rules=${hostRules}`,
				'--allow-file-access-from-files'],
			timeout: 60000,
		});
	} catch (e) {
		console.error(`browser: cannot start ${CHROMIUM}: ${e.message}`);
		console.error('browser: install it with `apt-get install chromium` ' +
			'or point $CHROMIUM at a Chromium binary');
		cannot('browser');
	}
}

// The check could not run: one failure for .ci/run's count, exit 2.
export function cannot(tool) {
	console.log(`${tool}: 0 passed, 1 failed`);
	process.exit(2);
}

export function usage(text) {
	console.error(`usage: ${text}`);
	process.exit(2);
}

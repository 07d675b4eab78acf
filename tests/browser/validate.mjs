// node validate.mjs SITE_DIR
//
// html-validate on every *.html under SITE_DIR, with the rules of
// .htmlvalidate.json beside this script (and no other configuration file:
// none found on the way up from SITE_DIR counts). Each problem is printed
// as
//   PAGE:LINE:COLUMN: RULE [SEVERITY] SELECTOR: MESSAGE
// and the last line is `html-validate: N passed, M failed`, one count per
// page; a warning fails a page too. Exit status: 0 when every page
// passed, 1 when one failed, 2 when the check could not run (after the
// line `html-validate: 0 passed, 1 failed`).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { cannot, listPages, usage } from './lib.mjs';

if (process.argv.length !== 3) usage('node validate.mjs SITE_DIR');
const root = resolve(process.argv[2]);
const here = dirname(fileURLToPath(import.meta.url));

let pages, validator;
try {
	const config = JSON.parse(readFileSync(join(here, '.htmlvalidate.json'),
		'utf8'));
	validator = new HtmlValidate(new StaticConfigLoader(config));
	pages = listPages(root);
} catch (e) {
	console.error(`html-validate: ${e.message}`);
	cannot('html-validate');
}
if (pages.length === 0) {
	console.error(`html-validate: no *.html under ${root}`);
	cannot('html-validate');
}

const t0 = performance.now();
let failed = 0;
for (const rel of pages) {
	const report = await validator.validateFile(join(root, rel));
	const messages = report.results.flatMap((r) => r.messages);
	if (messages.length) failed++;
	for (const m of messages)
		console.log(`${rel}:${m.line}:${m.column}: ${m.ruleId} ` +
			`[${m.severity === 2 ? 'error' : 'warning'}] ` +
			`${m.selector || '-'}: ${m.message}`);
}
const secs = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`html-validate: ${pages.length} pages of ${root} checked in ${secs} s`);
console.log(`html-validate: ${pages.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

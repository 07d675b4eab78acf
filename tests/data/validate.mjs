// Validates the open data of built sites with an independent
// implementation of the Frictionless specifications (the npm packages
// `datapackage` and `tableschema`, pinned in package-lock.json): the
// descriptor against the Tabular Data Package profile, then every row of
// every CSV against its Table Schema (types, constraints, primary key) and
// its foreign keys against the other tables.
//
// usage: node validate.mjs SITE_DATA_DIR...   (each: OUT/site/data)
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Package } = require('datapackage');

async function checkResource(resource) {
  const problems = [];
  const rows = await resource.read({ keyed: true, cast: true, forceCast: true });
  rows.forEach((row, i) => {
    if (row instanceof Error)
      problems.push(`${resource.name} row ${i + 2}: ${row.message}` +
        (row.errors ? ': ' + row.errors.map((e) => e.message).join('; ') : ''));
  });
  // Unique primary keys.
  const pk = resource.descriptor.schema.primaryKey;
  if (pk) {
    const seen = new Set();
    rows.forEach((row, i) => {
      if (row instanceof Error) return;
      const key = JSON.stringify(pk.map((f) => row[f]));
      if (seen.has(key)) problems.push(`${resource.name} row ${i + 2}: primary key ${key} repeated`);
      seen.add(key);
    });
  }
  const relations = await resource.checkRelations().then(() => null, (e) => e);
  if (relations) problems.push(`${resource.name}: ${relations.message}`);
  return { rows: rows.length, problems };
}

async function checkPackage(dir) {
  const problems = [];
  const pkg = await Package.load(path.join(dir, 'datapackage.json'), { strict: false });
  if (!pkg.valid)
    for (const e of pkg.errors) problems.push(`descriptor: ${e.message}`);
  if (pkg.descriptor.profile !== 'tabular-data-package')
    problems.push('descriptor: not a tabular data package');
  let rows = 0;
  for (const resource of pkg.resources) {
    if (!resource.tabular) { problems.push(`${resource.name}: not tabular`); continue; }
    const r = await checkResource(resource);
    rows += r.rows;
    problems.push(...r.problems);
  }
  return { resources: pkg.resources.length, rows, problems };
}

let passed = 0, failed = 0;
for (const dir of process.argv.slice(2)) {
  try {
    const r = await checkPackage(dir);
    if (r.problems.length === 0 && r.resources >= 4) {
      passed++;
      console.log(`opendata: ${dir}: ${r.resources} tables, ${r.rows} rows valid`);
    } else {
      failed++;
      console.log(`opendata: ${dir}: FAILED (${r.resources} tables)`);
      for (const p of r.problems) console.log(`  ${p}`);
    }
  } catch (e) {
    failed++;
    console.log(`opendata: ${dir}: FAILED: ${e.message}`);
  }
}
console.log(`opendata: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

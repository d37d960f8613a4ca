#!/usr/bin/env node
// Validates a Talks Tracker data package with someone else's code: the Frictionless
// Data Package library for JavaScript (npm "datapackage", v1 keys). It loads the
// descriptor (a datapackage.json, or a zip holding one), checks it against the tabular
// data package profile, and reads every resource with its types, constraints and foreign
// keys checked. Exits 0 when all is valid, 1 on any error, listing each.
//
// Usage: node scripts/validate-datapackage.js path/to/datapackage.json|package.zip
// Install its dependencies first: npm ci --prefix scripts
'use strict';

const { Package } = require('datapackage');

async function main(path) {
  const dataPackage = await Package.load(path);
  const problems = dataPackage.errors.map((error) => `descriptor: ${error.message}`);
  if (!dataPackage.valid && problems.length === 0) {
    problems.push('descriptor: not a valid data package');
  }
  let rows = 0;
  for (const resource of dataPackage.resources) {
    if (!resource.tabular) {
      problems.push(`${resource.name}: not a tabular resource`);
      continue;
    }
    try {
      const read = await resource.read({ relations: true, forceCast: true });
      for (const row of read) {
        if (row instanceof Error) {
          problems.push(`${resource.name}: ${describe(row)}`);
        }
        else {
          rows++;
        }
      }
    }
    catch (error) {
      problems.push(`${resource.name}: ${describe(error)}`);
    }
  }
  if (problems.length > 0) {
    problems.forEach((problem) => console.error(problem));
    console.error(`INVALID: ${problems.length} problem(s) in ${path}`);
    return 1;
  }
  console.log(`VALID: ${dataPackage.resources.length} resources, ${rows} rows, every type and foreign key checked (${path})`);
  return 0;
}

function describe(error) {
  const details = (error.errors || []).map((inner) => inner.message).join('; ');
  return details ? `${error.message} (${details})` : error.message;
}

if (process.argv.length !== 3) {
  console.error('Usage: node validate-datapackage.js <datapackage.json or .zip>');
  process.exit(2);
}
main(process.argv[2]).then((code) => process.exit(code), (error) => {
  console.error(`INVALID: ${describe(error)}`);
  process.exit(1);
});

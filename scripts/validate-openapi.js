#!/usr/bin/env node
// Validates an OpenAPI description with someone else's code: swagger-parser (npm
// "@apidevtools/swagger-parser"), against the official schema of its OpenAPI version
// (3.0 or 3.1), with every $ref resolved. Exits 0 when valid, 1 with the errors otherwise.
//
// Usage: node scripts/validate-openapi.js path/to/api-docs.json
// Install its dependencies first: npm ci --prefix scripts
'use strict';

const SwaggerParser = require('@apidevtools/swagger-parser');

if (process.argv.length !== 3) {
  console.error('Usage: node validate-openapi.js <openapi.json>');
  process.exit(2);
}
const path = process.argv[2];
SwaggerParser.validate(path).then((api) => {
  console.log(`VALID: OpenAPI ${api.openapi}, "${api.info.title}" ${api.info.version}, ${Object.keys(api.paths || {}).length} paths (${path})`);
  process.exit(0);
}, (error) => {
  console.error(`INVALID: ${error.message}`);
  process.exit(1);
});

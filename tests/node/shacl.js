#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Validates a Turtle data file against SHACL shapes and prints each result;
// exits 0 if there is no sh:Violation, 1 if there is one, 2 on other errors.
//
// Usage: node tests/node/shacl.js DATA.ttl SHAPES.ttl
// Needs the npm packages rdf-validate-shacl and n3 (tests/node/node_modules).
'use strict';

const fs = require('fs');

const SH = 'http://www.w3.org/ns/shacl#';

// Parses a Turtle file into an array of RDF/JS quads (base: the file URL, so
// relative IRIs, if any, stay stable).
function parseTurtle(N3, path) {
  const parser = new N3.Parser({ format: 'text/turtle',
                                 baseIRI: 'file://' + fs.realpathSync(path) });
  return parser.parse(fs.readFileSync(path, 'utf8'));
}

// A short, stable text for a term: IRIs in <>, literals quoted.
function show(term) {
  if (!term) return '-';
  if (Array.isArray(term)) return term.map(show).join(' ');
  if (term.termType === 'NamedNode') return '<' + term.value + '>';
  if (term.termType === 'BlankNode') return '_:' + term.value;
  if (term.termType === 'Literal') return JSON.stringify(term.value);
  return String(term.value);
}

async function main(argv) {
  if (argv.length !== 2) {
    process.stderr.write('usage: shacl.js DATA.ttl SHAPES.ttl\n');
    return 2;
  }
  const N3 = await import('n3');
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const data = parseTurtle(N3.default || N3, argv[0]);
  const shapes = parseTurtle(N3.default || N3, argv[1]);

  const validator = new SHACLValidator(shapes);
  // The datasets come from the validator's own factory so terms compare.
  const report = await validator.validate(validator.factory.dataset(data));

  let violations = 0;
  for (const r of report.results) {
    const sev = r.severity ? r.severity.value.replace(SH, '') : 'Violation';
    if (sev === 'Violation') violations++;
    const msg = (r.message || []).map((m) => m.value).join('; ');
    process.stdout.write(sev + ': ' + show(r.focusNode) + ' ' + show(r.path) +
                         ' ' + show(r.value) + ' [' +
                         show(r.sourceConstraintComponent) + '] ' + msg + '\n');
  }
  return violations > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write('shacl.js: ' + (err && err.message ? err.message : err) + '\n');
    process.exitCode = 2;
  });

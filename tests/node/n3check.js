#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Strictly parses one RDF file with the npm n3 package; exits 1 with the
// message on any error (including invalid UTF-8), 2 on a usage error.
//
// Usage: node tests/node/n3check.js [--format turtle|ntriples|nquads|trig]
//                                   [--no-blank-nodes] FILE
// Without --format the format comes from the extension: .ttl .nt .nq .trig.
'use strict';

const fs = require('fs');
const path = require('path');

const FORMATS = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' };
const EXTENSIONS = { '.ttl': 'turtle', '.nt': 'ntriples', '.nq': 'nquads', '.trig': 'trig' };

function usage(msg) {
  process.stderr.write(`n3check: ${msg}\n` +
    'usage: n3check.js [--format turtle|ntriples|nquads|trig] [--no-blank-nodes] FILE\n');
  process.exit(2);
}

function fail(file, msg) {
  process.stderr.write(`n3check: ${file}: ${msg}\n`);
  process.exit(1);
}

let format = null;
let noBlank = false;
let file = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--format' || a === '-f') {
    if (i + 1 >= args.length) usage('--format needs a value');
    format = args[++i];
  } else if (a.startsWith('--format=')) {
    format = a.slice('--format='.length);
  } else if (a === '--no-blank-nodes') {
    noBlank = true;
  } else if (a.startsWith('-') && a !== '-') {
    usage(`unknown option ${a}`);
  } else if (file === null) {
    file = a;
  } else {
    usage('only one FILE');
  }
}
if (file === null) usage('no FILE');
if (format === null) format = EXTENSIONS[path.extname(file).toLowerCase()];
if (!format) usage(`cannot tell the format of ${file}: use --format`);
if (!FORMATS[format]) usage(`unknown format ${format}`);

let N3;
try {
  N3 = require('n3');
} catch (e) {
  usage('the n3 package is not installed (npm install in tests/node)');
}

let text;
try {
  // Node's default decoding would silently replace invalid UTF-8.
  const bytes = fs.readFileSync(file === '-' ? 0 : file);
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch (e) {
  fail(file, e.code === 'ERR_ENCODING_INVALID_DATA' ? 'invalid UTF-8' : e.message);
}

let quads;
try {
  // No baseIRI: a relative IRI in the output would then be an error to find.
  quads = new N3.Parser({ format: FORMATS[format] }).parse(text);
} catch (e) {
  fail(file, e.message);
}

// Without a base, n3 keeps a relative IRI as it is: it must not be there.
const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
for (const q of quads) {
  for (const t of [q.subject, q.predicate, q.object, q.graph]) {
    if (t.termType === 'NamedNode' && !ABSOLUTE.test(t.value)) {
      fail(file, `relative IRI <${t.value}>`);
    }
    if (t.termType === 'Literal' && !ABSOLUTE.test(t.datatype.value)) {
      fail(file, `relative datatype IRI <${t.datatype.value}>`);
    }
    if (noBlank && t.termType === 'BlankNode') fail(file, `blank node _:${t.value}`);
  }
}
process.stdout.write(`${quads.length}\n`);

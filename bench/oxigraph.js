// SPDX-License-Identifier: MIT
// Oxigraph (npm, in-memory) beside geordf in bench/store.sh: loads the same
// N-Quads (and the ontology into its graph, as geordf load does), then
// times each query with the default graph as the union of all graphs, as
// geordf's default graph is.  Prints "load <seconds> <quads>" and then one
// line per query: "<name>\t<seconds>\t<rows>" or "<name>\terror\t<message>".
// Usage: node oxigraph.js NQUADS ONTOLOGY-TTL REPEAT QUERY.rq...
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');
// the package is installed with the test tools (tests/node)
const req = createRequire(path.join(__dirname, '..', 'tests', 'node', 'package.json'));
const ox = req('oxigraph');

const [nq, ttl, repeatArg, ...queries] = process.argv.slice(2);
const repeat = Math.max(1, parseInt(repeatArg, 10) || 1);
const now = () => Number(process.hrtime.bigint()) / 1e9;

const store = new ox.Store();
let t0 = now();
// read in pieces: a string of a whole large file costs twice its size
const chunks = (function* () {
  const fd = fs.openSync(nq, 'r');
  const buf = Buffer.alloc(16 << 20);
  let carry = '';
  for (;;) {
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    const text = carry + buf.toString('utf8', 0, n);
    const cut = text.lastIndexOf('\n') + 1;
    carry = text.slice(cut);
    yield text.slice(0, cut);
  }
  if (carry) yield carry;
  fs.closeSync(fd);
})();
for (const c of chunks) store.load(c, { format: 'application/n-quads', no_transaction: true });
store.load(fs.readFileSync(ttl, 'utf8'), {
  format: 'text/turtle',
  to_graph_name: ox.namedNode('https://w3id.org/geordf/ns'),
  base_iri: 'https://w3id.org/geordf/ns',
});
console.log(`load\t${(now() - t0).toFixed(3)}\t${store.size}`);

for (const q of queries) {
  const name = path.basename(q, '.rq');
  const text = fs.readFileSync(q, 'utf8');
  let best = Infinity, rows = 0, err = null;
  for (let i = 0; i < repeat && !err; i++) {
    t0 = now();
    try {
      const r = store.query(text, { use_default_graph_as_union: true });
      rows = typeof r === 'boolean' ? 1 : r.length;
    } catch (e) {
      err = String(e && e.message ? e.message : e).split('\n')[0];
    }
    best = Math.min(best, now() - t0);
  }
  console.log(err ? `${name}\terror\t${err}` : `${name}\t${best.toFixed(3)}\t${rows}`);
}

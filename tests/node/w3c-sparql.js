#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs the W3C SPARQL query-evaluation tests (tests/w3c/sparql: SPARQL 1.0
// data-r2 and the SPARQL 1.1 query folders) against `geordf`.
//
// For every mf:QueryEvaluationTest (and mf:CSVResultFormatTest) listed in
// the mf:entries of a folder's manifest.ttl: a fresh store; qt:data files
// loaded with `geordf load --graph=default`, each qt:graphData (and each
// file a FROM / FROM NAMED of the query names) with `--graph=<its IRI>`, the
// IRI as the manifest (or the query) resolves it, a file: URL; then
// `geordf query --file` in the format the expected result is in (XML for
// .srx, JSON for .srj and RDF result sets, CSV, TSV; N-Triples for CONSTRUCT
// and DESCRIBE), parsed by real parsers (sparqlxml-parse, sparqljson-parse,
// n3, rdfxml-streaming-parser) and compared with mf:result:
//   - solutions as multisets, blank nodes matched up to one consistent
//     renaming (a bijection over the whole answer), in order only where the
//     query's outermost ORDER BY asks for it: then the ORDER BY variables'
//     values must come in the same order (rows tied on them may swap);
//   - terms equal when the same RDF term ("x" and "x"^^xsd:string are one,
//     language tags compare without case), except that xsd:decimal,
//     xsd:double and xsd:float literals compare by value (engines write
//     computed numbers with different lexical forms: 2.0, 2.00, 2.0E0);
//   - graphs (CONSTRUCT, DESCRIBE) as sets of triples, isomorphic
//     (rdf-isomorphic); booleans (ASK) as booleans.
// Each test is passed; not supported (geordf exits 5 and says "not
// supported: ..."); or failed (a wrong answer, or any other error or exit
// status).  Prints `FOLDER: N passed, M failed, K not supported` per folder
// and the totals.  Exit status 1 when a test failed that the known-failures
// file does not list (each line: the test's IRI relative to the suite, then
// the reason), else 0.
//
// Usage: node w3c-sparql.js --geordf BIN --suite DIR [--jobs N]
//        [--known FILE] [--write-known FILE] [--filter TEXT] [--verbose]
//        [--timeout SECONDS]
//    or: node w3c-sparql.js --self-test  (checks of the comparison)
//    or: node w3c-sparql.js --canon xml|json|tsv|csv FILE  (a results file
//        read by the same parsers, one solution a line, in file order)
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { spawn, spawnSync } = require('child_process');
const N3 = require('n3');
const { SparqlJsonParser } = require('sparqljson-parse');
const { SparqlXmlParser } = require('sparqlxml-parse');
const { RdfXmlParser } = require('rdfxml-streaming-parser');
const { isomorphic } = require('rdf-isomorphic');
const SparqlJs = require('sparqljs');
const { Readable } = require('stream');

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
const RS = 'http://www.w3.org/2001/sw/DataAccess/tests/result-set#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const DF = N3.DataFactory;

// ---- options -------------------------------------------------------------------

function parseArgs(argv) {
  const o = { jobs: 2, timeout: 120, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--geordf') o.geordf = val();
    else if (a === '--suite') o.suite = val();
    else if (a === '--jobs') o.jobs = Math.max(1, parseInt(val(), 10) || 1);
    else if (a === '--known') o.known = val();
    else if (a === '--write-known') o.writeKnown = val();
    else if (a === '--filter') o.filter = val();
    else if (a === '--timeout') o.timeout = parseFloat(val());
    else if (a === '--verbose') o.verbose = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.geordf || !o.suite) throw new Error('--geordf and --suite are required');
  return o;
}

// ---- reading RDF ------------------------------------------------------------------

function fileUrl(p) { return pathToFileURL(path.resolve(p)).href; }
function urlPath(u) { return u.startsWith('file:') ? new URL(u).pathname : null; }

function parseTurtle(text, base, format, keepLabels) {
  return new N3.Parser({ baseIRI: base, format, ...(keepLabels ? { blankNodePrefix: '' } : {}) }).parse(text);
}

function parseRdfXml(text, base) {
  return new Promise((resolve, reject) => {
    const quads = [];
    const p = new RdfXmlParser({ baseIRI: base });
    p.on('data', (q) => quads.push(q));
    p.on('error', reject);
    p.on('end', () => resolve(quads));
    p.write(text);
    p.end();
  });
}

async function readRdf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const base = fileUrl(file);
  if (/\.(rdf|owl|xml)$/.test(file)) return parseRdfXml(text, base);
  return parseTurtle(text, base, /\.nt$/.test(file) ? 'N-Triples' : 'Turtle');
}

// ---- manifests ------------------------------------------------------------------------

function rdfList(store, head) {
  const out = [];
  const seen = new Set();
  while (head && head.value !== RDF + 'nil' && !seen.has(head.value)) {
    seen.add(head.value);
    const first = store.getObjects(head, DF.namedNode(RDF + 'first'), null)[0];
    if (first) out.push(first);
    head = store.getObjects(head, DF.namedNode(RDF + 'rest'), null)[0];
  }
  return out;
}

// The evaluation tests of one manifest, in the order of its mf:entries.
function readManifest(file, suiteDir) {
  const store = new N3.Store(parseTurtle(fs.readFileSync(file, 'utf8'), fileUrl(file)));
  const one = (s, p) => store.getObjects(s, DF.namedNode(p), null)[0];
  const all = (s, p) => store.getObjects(s, DF.namedNode(p), null);
  const tests = [];
  for (const m of store.getSubjects(DF.namedNode(RDF + 'type'), DF.namedNode(MF + 'Manifest'), null)) {
    for (const listHead of all(m, MF + 'entries')) {
      for (const t of rdfList(store, listHead)) {
        const types = all(t, RDF + 'type').map((x) => x.value);
        if (!types.includes(MF + 'QueryEvaluationTest') && !types.includes(MF + 'CSVResultFormatTest'))
          continue;
        const action = one(t, MF + 'action');
        const query = action && one(action, QT + 'query');
        const results = all(t, MF + 'result');
        const id = path.relative(suiteDir, path.dirname(file)) + '/' +
          (t.value.includes('#') ? t.value.slice(t.value.indexOf('#')) : t.value);
        if (!query || !results.length) {
          tests.push({ id, name: id, broken: 'no qt:query or mf:result in the manifest' });
          continue;
        }
        const graphs = all(action, QT + 'graphData').map((g) => {
          if (g.termType !== 'BlankNode') return { iri: g.value, file: urlPath(g.value) };
          // [ qt:graph <file> ; rdfs:label "name" ]
          const f = one(g, QT + 'graph');
          const label = one(g, RDFS + 'label');
          return { iri: label ? label.value : f.value, file: urlPath(f.value) };
        });
        const card = one(t, MF + 'resultCardinality');
        tests.push({
          id,
          name: (one(t, MF + 'name') || {}).value || id,
          lax: !!card && card.value === MF + 'LaxCardinality',
          query: urlPath(query.value),
          queryUrl: query.value,
          data: all(action, QT + 'data').map((d) => urlPath(d.value)),
          graphs,
          results: results.map((r) => urlPath(r.value)),
        });
      }
    }
  }
  return tests;
}

// ---- the query ------------------------------------------------------------------------

// Its form, the outermost ORDER BY and the FROM / FROM NAMED IRIs, from
// SPARQL.js; queries it cannot read fall back to a keyword scan (no order).
function queryInfo(text, base) {
  try {
    const q = new SparqlJs.Parser({ baseIRI: base, sparqlStar: false }).parse(text);
    const order = (q.order || []).map((o) =>
      o.expression && o.expression.termType === 'Variable' ? o.expression.value : null);
    return {
      form: q.queryType,
      order: q.order ? order : null,
      from: q.from ? [...(q.from.default || []), ...(q.from.named || [])].map((t) => t.value) : [],
    };
  } catch (e) {
    const stripped = text.replace(/#[^\n]*/g, ' ').replace(/<[^>\s]*>/g, '<>')
      .replace(/"[^"\n]*"|'[^'\n]*'/g, '""');
    const m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(stripped);
    return { form: m ? m[1].toUpperCase() : 'SELECT', order: null, from: [], unparsed: e.message };
  }
}

// ---- results as solutions ---------------------------------------------------------------

// A solution sequence: { vars: [names] | null, rows: [Map name -> term] } or { boolean }.
function bindingsToRows(list) {
  return list.map((b) => {
    const m = new Map();
    for (const [k, v] of Object.entries(b)) m.set(k.replace(/^\?/, ''), v);
    return m;
  });
}

function parseSrj(text) {
  const json = JSON.parse(text);
  const p = new SparqlJsonParser();
  if ('boolean' in json) return { boolean: p.parseJsonBoolean(json) };
  return { vars: (json.head && json.head.vars) || null, rows: bindingsToRows(p.parseJsonResults(json)) };
}

function parseSrx(text) {
  return new Promise((resolve, reject) => {
    const p = new SparqlXmlParser();
    if (/<boolean>/.test(text) && !/<results/.test(text)) {
      p.parseXmlBooleanStream(Readable.from([text])).then((b) => resolve({ boolean: b }), reject);
      return;
    }
    const rows = [];
    let vars = null;
    p.parseXmlResultsStream(Readable.from([text]))
      .on('variables', (v) => { vars = v.map((x) => x.value); })
      .on('data', (b) => rows.push(b))
      .on('error', reject)
      .on('end', () => resolve({ vars, rows: bindingsToRows(rows) }));
  });
}

// TSV: each cell a term in Turtle syntax, read by n3 as the object of a
// triple (variables in the header as ?name).
function parseTsv(text) {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const vars = lines[0].split('\t').map((v) => v.replace(/^\?/, ''));
  const rows = [];
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const m = new Map();
    cells.forEach((c, i) => {
      if (c === '' || i >= vars.length) return;
      const q = parseTurtle(`<x:s> <x:p> ${c} .`, 'x:/', 'Turtle', true);
      if (q.length !== 1) throw new Error(`bad TSV cell ${c}`);
      m.set(vars[i], q[0].object);
    });
    rows.push(m);
  }
  return { vars, rows };
}

// CSV (RFC 4180): values only, so every cell becomes a plain literal, or
// a blank node when it reads _:label.
function parseCsv(text) {
  const records = [];
  let rec = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { rec.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') { rec.push(field); records.push(rec); rec = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || rec.length) { rec.push(field); records.push(rec); }
  const vars = records[0] || [];
  const rows = records.slice(1).map((r) => {
    const m = new Map();
    r.forEach((c, k) => {
      if (c === '' || k >= vars.length) return;
      m.set(vars[k], c.startsWith('_:') ? DF.blankNode(c.slice(2)) : DF.literal(c));
    });
    return m;
  });
  return { vars, rows, csv: true };
}

// An RDF result set (rs:ResultSet) as solutions, or null when the graph is
// not one.
function resultSetFromGraph(quads) {
  const store = new N3.Store(quads);
  const rsNode = store.getSubjects(DF.namedNode(RDF + 'type'), DF.namedNode(RS + 'ResultSet'), null)[0];
  if (!rsNode) return null;
  const one = (s, p) => store.getObjects(s, DF.namedNode(RS + p), null)[0];
  const b = one(rsNode, 'boolean');
  if (b) return { boolean: b.value === 'true' };
  const vars = store.getObjects(rsNode, DF.namedNode(RS + 'resultVariable'), null).map((v) => v.value);
  const sols = store.getObjects(rsNode, DF.namedNode(RS + 'solution'), null).map((s) => {
    const m = new Map();
    for (const bn of store.getObjects(s, DF.namedNode(RS + 'binding'), null)) {
      const v = one(bn, 'variable'), val = one(bn, 'value');
      if (v && val) m.set(v.value, val);
    }
    const idx = one(s, 'index');
    return { m, index: idx ? parseInt(idx.value, 10) : null };
  });
  const ordered = sols.length > 0 && sols.every((s) => s.index !== null);
  if (ordered) sols.sort((a, b2) => a.index - b2.index);
  return { vars, rows: sols.map((s) => s.m), unordered: !ordered };
}

async function readExpected(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.srx')) return { kind: 'xml', ...(await parseSrx(text)) };
  if (file.endsWith('.srj')) return { kind: 'json', ...parseSrj(text) };
  if (file.endsWith('.tsv')) return { kind: 'tsv', ...parseTsv(text) };
  if (file.endsWith('.csv')) return { kind: 'csv', ...parseCsv(text) };
  const quads = await readRdf(file);
  const rs = resultSetFromGraph(quads);
  if (rs) return { kind: 'json', ...rs };
  return { kind: 'graph', quads };
}

// ---- comparing --------------------------------------------------------------------------

const NUMERIC_BY_VALUE = new Set([XSD + 'decimal', XSD + 'double', XSD + 'float']);

function literalDatatype(t) {
  if (t.language) return 'lang';
  return t.datatype ? t.datatype.value : XSD + 'string';
}

function numberOf(lex) {
  const s = lex.trim();
  if (/^[+-]?INF$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (s === 'NaN') return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

// Ground terms: equal as the tests expect (see the head of this file).
function sameGround(a, b) {
  if (a.termType !== b.termType) return false;
  if (a.termType !== 'Literal') return a.value === b.value;
  if ((a.language || '').toLowerCase() !== (b.language || '').toLowerCase()) return false;
  const da = literalDatatype(a), db = literalDatatype(b);
  if (da !== db) return false;
  if (a.value === b.value) return true;
  if (NUMERIC_BY_VALUE.has(da)) {
    const x = numberOf(a.value), y = numberOf(b.value);
    if (x === undefined || y === undefined) return false;
    return (Number.isNaN(x) && Number.isNaN(y)) || x === y;
  }
  return false;
}

// A key for ground comparison: numbers by value where sameGround does so.
function groundKey(t) {
  if (t.termType !== 'Literal') return t.termType[0] + t.value;
  const dt = literalDatatype(t);
  let v = t.value;
  if (NUMERIC_BY_VALUE.has(dt)) {
    const n = numberOf(v);
    if (n !== undefined) v = 'n' + String(n);
  }
  return 'L' + dt + '@' + (t.language || '').toLowerCase() + '|' + v;
}

function rowHasBlank(row) {
  for (const t of row.values()) if (t.termType === 'BlankNode') return true;
  return false;
}

function rowKey(row) {
  return [...row.keys()].sort().map((k) => k + '=' + groundKey(row.get(k))).join('\u0001');
}

// Whether actual row A matches expected row E under the blank node mapping
// MAP (actual label -> expected label) and its inverse INV; the new pairs
// are pushed on ADDED so that the caller can undo them.
function rowMatches(a, e, map, inv, added) {
  if (a.size !== e.size) return false;
  for (const [k, ta] of a) {
    const te = e.get(k);
    if (!te) return false;
    if (ta.termType === 'BlankNode' || te.termType === 'BlankNode') {
      if (ta.termType !== te.termType) return false;
      const m = map.get(ta.value);
      if (m !== undefined) { if (m !== te.value) return false; continue; }
      if (inv.has(te.value)) return false;
      map.set(ta.value, te.value);
      inv.set(te.value, ta.value);
      added.push(ta.value);
    } else if (!sameGround(ta, te)) {
      return false;
    }
  }
  return true;
}

function undo(map, inv, added, from) {
  while (added.length > from) {
    const k = added.pop();
    inv.delete(map.get(k));
    map.delete(k);
  }
}

// Multiset equality of ACT and EXP with one blank node bijection; returns
// the pairing (for each expected row the actual row's index) or null.
function matchRows(act, exp) {
  if (act.length !== exp.length) return null;
  const pairing = new Array(exp.length).fill(-1);
  // ground rows: by key
  const groundAct = new Map();
  const blankAct = [];
  act.forEach((r, i) => {
    if (rowHasBlank(r)) { blankAct.push(i); return; }
    const k = rowKey(r);
    if (!groundAct.has(k)) groundAct.set(k, []);
    groundAct.get(k).push(i);
  });
  const blankExp = [];
  for (let j = 0; j < exp.length; j++) {
    if (rowHasBlank(exp[j])) { blankExp.push(j); continue; }
    const l = groundAct.get(rowKey(exp[j]));
    if (!l || !l.length) return null;
    pairing[j] = l.shift();
  }
  for (const l of groundAct.values()) if (l.length) return null;
  if (blankAct.length !== blankExp.length) return null;
  // rows with blank nodes: backtracking over candidates
  const map = new Map(), inv = new Map(), added = [];
  const used = new Set();
  let steps = 0;
  const go = (n) => {
    if (n === blankExp.length) return true;
    if (++steps > 200000) throw new Error('blank node matching gave up (too many candidates)');
    const j = blankExp[n];
    for (const i of blankAct) {
      if (used.has(i)) continue;
      const mark = added.length;
      if (rowMatches(act[i], exp[j], map, inv, added)) {
        used.add(i);
        pairing[j] = i;
        if (go(n + 1)) return true;
        used.delete(i);
      }
      undo(map, inv, added, mark);
    }
    return false;
  };
  return go(0) ? pairing : null;
}

function termText(t) {
  if (!t) return 'UNDEF';
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  const dt = literalDatatype(t);
  return JSON.stringify(t.value) + (t.language ? '@' + t.language : dt !== XSD + 'string' ? `^^<${dt}>` : '');
}

function rowText(r) {
  return '{' + [...r.keys()].sort().map((k) => `${k}=${termText(r.get(k))}`).join(' ') + '}';
}

// Same order: the ORDER BY variables' values position by position (blank
// nodes as blank nodes), or whole rows when a key is an expression.
function orderDiffers(act, exp, order) {
  const keyOf = (r, vars) => vars.map((v) => {
    const t = r.get(v);
    return !t ? '-' : t.termType === 'BlankNode' ? 'B' : groundKey(t);
  }).join('\u0001');
  const vars = order.every((v) => v) ? order : null;
  for (let i = 0; i < exp.length; i++) {
    const ke = keyOf(exp[i], vars || [...exp[i].keys()]);
    const ka = keyOf(act[i], vars || [...exp[i].keys()]);
    if (ke !== ka) return `row ${i + 1} out of order: ${rowText(act[i])}, expected ${rowText(exp[i])}`;
  }
  return null;
}

function compareSolutions(actual, expected, info) {
  if ('boolean' in expected || 'boolean' in actual) {
    if (!('boolean' in actual)) return 'expected a boolean, got solutions';
    if (!('boolean' in expected)) return 'expected solutions, got a boolean';
    return actual.boolean === expected.boolean ? null
      : `expected ${expected.boolean}, got ${actual.boolean}`;
  }
  if (expected.vars && actual.vars && !expected.csv) {
    const ev = new Set(expected.vars), av = new Set(actual.vars);
    const missing = [...ev].filter((v) => !av.has(v)), extra = [...av].filter((v) => !ev.has(v));
    if (missing.length || extra.length)
      return `variables differ: missing ${missing.join(' ') || '-'}, extra ${extra.join(' ') || '-'}`;
  }
  if (info.lax) {
    // REDUCED (mf:LaxCardinality): the same distinct solutions, and no more
    // rows than the expected answer
    if (actual.rows.length > expected.rows.length)
      return `${actual.rows.length} rows, more than the ${expected.rows.length} expected`;
    const distinct = (rows) => [...new Map(rows.map((r) => [rowText(r), r])).values()];
    return compareSolutions({ ...actual, rows: distinct(actual.rows) },
      { ...expected, rows: distinct(expected.rows) }, { ...info, lax: false });
  }
  const pairing = matchRows(actual.rows, expected.rows);
  if (!pairing) {
    // the difference as the comparison sees it: ground rows by value, then
    // the rows with blank nodes by count
    const count = (rows) => {
      const m = new Map();
      for (const r of rows) {
        const k = rowHasBlank(r) ? 'blank' : rowKey(r);
        if (!m.has(k)) m.set(k, { n: 0, r });
        m.get(k).n++;
      }
      return m;
    };
    const ca = count(actual.rows), ce = count(expected.rows);
    const diff = (x, y) => [...x].filter(([k, v]) => k !== 'blank' && (!y.has(k) || y.get(k).n < v.n))
      .map(([, v]) => rowText(v.r));
    const onlyA = diff(ca, ce), onlyE = diff(ce, ca);
    const ba = (ca.get('blank') || { n: 0 }).n, be = (ce.get('blank') || { n: 0 }).n;
    return `${actual.rows.length} rows, expected ${expected.rows.length}` +
      (onlyA.length ? `; unexpected (${onlyA.length}) ${onlyA.slice(0, 3).join(', ')}` : '') +
      (onlyE.length ? `; missing (${onlyE.length}) ${onlyE.slice(0, 3).join(', ')}` : '') +
      (!onlyA.length && !onlyE.length ? `; the ${ba} rows with blank nodes (expected ${be}) match under no one renaming`
        : ba !== be ? `; ${ba} rows with blank nodes, expected ${be}` : '');
  }
  if (info.order && !expected.unordered) return orderDiffers(actual.rows, expected.rows, info.order);
  return null;
}

function dedupe(quads) {
  const seen = new Map();
  for (const q of quads) {
    const k = [q.subject, q.predicate, q.object].map(termText).join(' ');
    if (!seen.has(k)) seen.set(k, DF.quad(q.subject, q.predicate, q.object));
  }
  return [...seen.values()];
}

function compareGraphs(actual, expected) {
  const a = dedupe(actual), e = dedupe(expected);
  if (isomorphic(a, e)) return null;
  const keys = (qs) => new Set(qs.filter((q) => q.subject.termType !== 'BlankNode' &&
    q.object.termType !== 'BlankNode').map((q) => [q.subject, q.predicate, q.object].map(termText).join(' ')));
  const ka = keys(a), ke = keys(e);
  const onlyA = [...ka].filter((k) => !ke.has(k)).slice(0, 2);
  const onlyE = [...ke].filter((k) => !ka.has(k)).slice(0, 2);
  return `graph of ${a.length} triples not isomorphic to the expected ${e.length}` +
    (onlyA.length ? `; unexpected ${onlyA.join(', ')}` : '') +
    (onlyE.length ? `; missing ${onlyE.join(', ')}` : '');
}

// ---- running geordf ---------------------------------------------------------------------

function run(bin, args, timeoutSec) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [], err = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSec * 1000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => { err.push(Buffer.from(String(e))); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

function firstLine(s) {
  const l = s.split('\n').filter((x) => x.trim());
  return (l.find((x) => /ERROR|not supported|error/i.test(x)) || l[0] || '').slice(0, 300);
}

function describeExit(r) {
  if (r.timedOut) return 'timed out';
  if (r.signal) return `killed by ${r.signal}: ${firstLine(r.stderr)}`;
  return `exit ${r.code}: ${firstLine(r.stderr)}`;
}

async function runTest(t, o, caps, dir) {
  if (t.broken) return { status: 'failed', why: t.broken };
  const db = path.join(dir, 'store.db');
  const queryText = fs.readFileSync(t.query, 'utf8');
  const info = queryInfo(queryText, t.queryUrl);
  info.lax = t.lax;
  const expected = [];
  for (const f of t.results) expected.push(await readExpected(f));

  // the dataset: an empty default graph makes the store when there is no data
  const empty = path.join(dir, 'empty.nt');
  fs.writeFileSync(empty, '');
  const loads = [['default', t.data.length ? t.data : [empty]]];
  for (const g of t.graphs) loads.push([g.iri, [g.file]]);
  const named = new Set(t.graphs.map((g) => g.iri));
  for (const iri of info.from) {
    const f = urlPath(iri);
    if (f && fs.existsSync(f) && !named.has(iri)) { loads.push([iri, [f]]); named.add(iri); }
  }
  for (const [graph, files] of loads) {
    const r = await run(o.geordf, ['load', '-q', '-s', db, `--graph=${graph}`, ...files], o.timeout);
    if (r.code !== 0) return { status: 'failed', why: `load ${path.basename(files[0])}: ${describeExit(r)}` };
  }

  const isGraph = info.form === 'CONSTRUCT' || info.form === 'DESCRIBE';
  const kind = isGraph ? 'graph' : expected[0].kind === 'graph' ? 'json' : expected[0].kind;
  const format = { graph: 'ntriples', xml: 'xml', json: 'json', tsv: 'tsv', csv: 'csv' }[kind];
  const args = ['query', '-s', db, `--format=${format}`];
  if (caps.defaultGraph) args.push('--default-graph=unnamed');
  if (caps.base) args.push(`--base=${t.queryUrl}`);
  args.push('--file', t.query);
  const r = await run(o.geordf, args, o.timeout);
  if (r.code === 5 && /not supported/.test(r.stderr))
    return { status: 'unsupported', why: firstLine(r.stderr) };
  if (r.code !== 0 || r.timedOut) return { status: 'failed', why: describeExit(r) };

  let actual;
  try {
    if (kind === 'graph') actual = { quads: parseTurtle(r.stdout, t.queryUrl, 'N-Triples') };
    else if (kind === 'xml') actual = await parseSrx(r.stdout);
    else if (kind === 'json') actual = parseSrj(r.stdout);
    else if (kind === 'tsv') actual = parseTsv(r.stdout);
    else actual = parseCsv(r.stdout);
  } catch (e) {
    return { status: 'failed', why: `the ${format} output does not parse: ${String(e.message || e).slice(0, 200)}` };
  }
  let why = null;
  for (const e of expected) { // a test may name several acceptable results
    try {
      why = e.kind === 'graph'
        ? (actual.quads ? compareGraphs(actual.quads, e.quads) : 'expected a graph, got solutions')
        : actual.quads ? 'expected solutions, got a graph' : compareSolutions(actual, e, info);
    } catch (err) {
      why = String(err.message || err);
    }
    if (!why) break;
  }
  return why ? { status: 'failed', why: `wrong answer: ${why}` } : { status: 'passed' };
}

// ---- main ----------------------------------------------------------------------------------

function readKnown(file) {
  const known = new Map();
  if (!file || !fs.existsSync(file)) return known;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const l = line.trim();
    if (!l || l.startsWith('#')) continue;
    const sp = l.search(/\s/);
    known.set(sp < 0 ? l : l.slice(0, sp), sp < 0 ? '' : l.slice(sp).trim());
  }
  return known;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const suite = path.resolve(o.suite);
  const help = spawnSync(o.geordf, ['query', '--help'], { encoding: 'utf8' }).stdout || '';
  const caps = { defaultGraph: /--default-graph/.test(help), base: /--base\b/.test(help) };
  if (!caps.defaultGraph)
    console.log('note: geordf query has no --default-graph yet: the default graph is the union of all graphs');

  const manifests = [];
  for (const top of ['sparql10', 'sparql11']) {
    const d = path.join(suite, top);
    if (!fs.existsSync(d)) continue;
    for (const sub of fs.readdirSync(d).sort()) {
      const m = path.join(d, sub, 'manifest.ttl');
      if (fs.existsSync(m)) manifests.push(m);
    }
  }
  const tests = [];
  for (const m of manifests) tests.push(...readManifest(m, suite));
  const selected = tests.filter((t) => !o.filter || t.id.includes(o.filter));
  if (!selected.length) throw new Error('no evaluation tests found under ' + suite);

  const known = readKnown(o.known);
  const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || os.tmpdir(), 'geordf-w3c-'));
  const results = new Array(selected.length);
  let next = 0;
  const worker = async (w) => {
    while (next < selected.length) {
      const i = next++;
      const dir = path.join(tmp, String(i));
      fs.mkdirSync(dir);
      try {
        results[i] = await runTest(selected[i], o, caps, dir);
      } catch (e) {
        results[i] = { status: 'failed', why: `harness: ${String(e.message || e).slice(0, 300)}` };
      }
      fs.rmSync(dir, { recursive: true, force: true });
      if (o.verbose) console.log(`${results[i].status}: ${selected[i].id}${results[i].why ? ': ' + results[i].why : ''}`);
    }
  };
  await Promise.all(Array.from({ length: o.jobs }, (_, w) => worker(w)));
  fs.rmSync(tmp, { recursive: true, force: true });

  const folders = new Map();
  const totals = { passed: 0, failed: 0, unsupported: 0 };
  const newFailures = [], knownFailures = [], fixed = [];
  selected.forEach((t, i) => {
    const folder = t.id.slice(0, t.id.lastIndexOf('/'));
    if (!folders.has(folder)) folders.set(folder, { passed: 0, failed: 0, unsupported: 0 });
    const r = results[i];
    folders.get(folder)[r.status]++;
    totals[r.status]++;
    if (r.status === 'failed') (known.has(t.id) ? knownFailures : newFailures).push([t, r]);
    else if (known.has(t.id)) fixed.push(t);
  });
  // folders first, then what went wrong, so that the end of a log shows it
  for (const [f, c] of folders)
    console.log(`${f}: ${c.passed} passed, ${c.failed} failed, ${c.unsupported} not supported`);
  if (o.verbose) selected.forEach((t, i) => {
    if (results[i].status === 'unsupported') console.log(`not supported: ${t.id}: ${results[i].why}`);
  });
  for (const t of fixed) console.log(`note: ${t.id} is in the known-failures list but did not fail: remove it`);
  for (const [t, r] of knownFailures) console.log(`known failure: ${t.id}: ${r.why} [listed: ${known.get(t.id)}]`);
  for (const [t, r] of newFailures) console.log(`FAIL: ${t.id} (${t.name}): ${r.why}`);
  for (const top of ['sparql10', 'sparql11']) {
    const c = { passed: 0, failed: 0, unsupported: 0 };
    selected.forEach((t, i) => { if (t.id.startsWith(top + '/')) c[results[i].status]++; });
    const n = c.passed + c.failed + c.unsupported;
    if (n) console.log(`${top} total: ${c.passed} passed (${(100 * c.passed / n).toFixed(1)}%), ` +
      `${c.failed} failed, ${c.unsupported} not supported`);
  }
  console.log(`w3c: ${totals.passed} passed, ${totals.failed} failed, ${totals.unsupported} not supported` +
    (knownFailures.length ? ` (${knownFailures.length} of the failures known)` : ''));
  if (o.writeKnown) {
    const lines = ['# W3C SPARQL tests that fail (wrong answer or error), each with its reason;',
      '# written by w3c-sparql.js --write-known.'];
    selected.forEach((t, i) => {
      if (results[i].status === 'failed') lines.push(`${t.id} ${results[i].why.replace(/\s+/g, ' ').slice(0, 300)}`);
    });
    fs.writeFileSync(o.writeKnown, lines.join('\n') + '\n');
  }
  process.exitCode = newFailures.length ? 1 : 0;
}

// ---- checks of the comparison itself (--self-test) ----------------------------------

function selfTest() {
  let passed = 0, failed = 0;
  const check = (what, got) => {
    if (got) passed++;
    else { failed++; console.log(`FAIL: self-test: ${what}`); }
  };
  const iri = (v) => DF.namedNode('http://e/' + v), bn = (v) => DF.blankNode(v);
  const lit = (v, dt) => DF.literal(v, dt ? DF.namedNode(XSD + dt) : undefined);
  const rows = (...rs) => ({ vars: ['x', 'y'], rows: rs.map((r) => new Map(Object.entries(r))) });
  const same = (a, e, info = {}) => compareSolutions(a, e, info) === null;
  check('equal rows in another order', same(rows({ x: iri('a') }, { x: iri('b') }), rows({ x: iri('b') }, { x: iri('a') })));
  check('a missing row', !same(rows({ x: iri('a') }), rows({ x: iri('a') }, { x: iri('a') })));
  check('multiplicity counts', !same(rows({ x: iri('a') }, { x: iri('a') }, { x: iri('b') }),
    rows({ x: iri('a') }, { x: iri('b') }, { x: iri('b') })));
  check('unbound is not bound', !same(rows({ x: iri('a') }), rows({ x: iri('a'), y: iri('b') })));
  check('blank nodes renamed', same(rows({ x: bn('p'), y: bn('q') }, { x: bn('q') }),
    rows({ x: bn('1'), y: bn('2') }, { x: bn('2') })));
  check('blank node renaming is one bijection', !same(rows({ x: bn('p'), y: bn('p') }),
    rows({ x: bn('1'), y: bn('2') })));
  check('two blank nodes are not one', !same(rows({ x: bn('p') }, { x: bn('p') }),
    rows({ x: bn('1') }, { x: bn('2') })));
  check('blank node is no IRI', !same(rows({ x: bn('p') }), rows({ x: iri('p') })));
  check('language tags ignore case', same(rows({ x: DF.literal('a', 'en-US') }), rows({ x: DF.literal('a', 'en-us') })));
  check('language matters', !same(rows({ x: DF.literal('a', 'en') }), rows({ x: lit('a') })));
  check('xsd:string is the simple literal', same(rows({ x: lit('a', 'string') }), rows({ x: lit('a') })));
  check('integers by lexical form', !same(rows({ x: lit('01', 'integer') }), rows({ x: lit('1', 'integer') })));
  check('decimals by value', same(rows({ x: lit('2.0', 'decimal') }), rows({ x: lit('2', 'decimal') })));
  check('doubles by value', same(rows({ x: lit('1.0E0', 'double') }), rows({ x: lit('1e0', 'double') })));
  check('datatypes matter', !same(rows({ x: lit('1', 'decimal') }), rows({ x: lit('1', 'integer') })));
  check('different values', !same(rows({ x: lit('1.5', 'decimal') }), rows({ x: lit('1.50001', 'decimal') })));
  const ord = { order: ['x'] };
  check('order kept', same(rows({ x: lit('1', 'integer') }, { x: lit('2', 'integer') }),
    rows({ x: lit('1', 'integer') }, { x: lit('2', 'integer') }), ord));
  check('order wrong', !same(rows({ x: lit('2', 'integer') }, { x: lit('1', 'integer') }),
    rows({ x: lit('1', 'integer') }, { x: lit('2', 'integer') }), ord));
  check('ties may swap', same(rows({ x: iri('a'), y: iri('2') }, { x: iri('a'), y: iri('1') }),
    rows({ x: iri('a'), y: iri('1') }, { x: iri('a'), y: iri('2') }), ord));
  check('no order without ORDER BY', same(rows({ x: iri('b') }, { x: iri('a') }), rows({ x: iri('a') }, { x: iri('b') })));
  check('booleans', compareSolutions({ boolean: true }, { boolean: false }, {}) !== null &&
    compareSolutions({ boolean: false }, { boolean: false }, {}) === null);
  check('boolean is no solutions', compareSolutions({ boolean: true }, rows(), {}) !== null);
  check('lax cardinality: fewer duplicates', same(rows({ x: iri('a') }), rows({ x: iri('a') }, { x: iri('a') }), { lax: true }));
  check('lax cardinality: not more', !same(rows({ x: iri('a') }, { x: iri('a') }, { x: iri('a') }),
    rows({ x: iri('a') }, { x: iri('a') }), { lax: true }));
  check('lax cardinality: not other values', !same(rows({ x: iri('b') }), rows({ x: iri('a') }), { lax: true }));
  const g1 = parseTurtle('_:a <http://e/p> _:b . _:b <http://e/p> _:a .', 'http://e/', 'Turtle');
  const g2 = parseTurtle('_:x <http://e/p> _:y . _:y <http://e/p> _:x .', 'http://e/', 'Turtle');
  const g3 = parseTurtle('_:x <http://e/p> _:x .', 'http://e/', 'Turtle');
  check('isomorphic graphs', compareGraphs(g1, g2) === null);
  check('non-isomorphic graphs', compareGraphs(g1, g3) !== null);
  check('TSV terms', (() => {
    const r = parseTsv('?x\t?y\n"a\\tb"@en\t_:b1\n<http://e/a>\t\n');
    return r.rows.length === 2 && r.rows[0].get('x').language === 'en' && r.rows[0].get('x').value === 'a\tb' &&
      r.rows[0].get('y').termType === 'BlankNode' && !r.rows[1].has('y');
  })());
  check('CSV quoting', (() => {
    const r = parseCsv('x,y\r\n"a,""b""\r\nc",_:z\r\n');
    return r.rows.length === 1 && r.rows[0].get('x').value === 'a,"b"\r\nc' && r.rows[0].get('y').termType === 'BlankNode';
  })());
  console.log(`self-test: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

// ---- a results file as canonical text (--canon FORMAT FILE) -----------------------------

// The variables, then one line per solution in file order (terms in
// N-Triples-like text, blank node labels as given); for the format tests.
async function canon(format, file) {
  const text = fs.readFileSync(file, 'utf8');
  const r = format === 'xml' ? await parseSrx(text) : format === 'json' ? parseSrj(text)
    : format === 'tsv' ? parseTsv(text) : format === 'csv' ? parseCsv(text) : null;
  if (!r) throw new Error(`unknown format ${format}`);
  if ('boolean' in r) return `boolean ${r.boolean}\n`;
  const out = [`vars ${(r.vars || []).join(' ')}`];
  for (const row of r.rows) out.push(rowText(row));
  return out.join('\n') + '\n';
}

module.exports = { compareSolutions, compareGraphs, parseSrx, parseSrj, parseTsv, parseCsv };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const job = argv[0] === '--self-test' ? Promise.resolve(selfTest()).then((ok) => { process.exitCode = ok ? 0 : 1; })
    : argv[0] === '--canon' ? canon(argv[1], argv[2]).then((t) => process.stdout.write(t))
      : main();
  job.catch((e) => {
    console.error(`w3c-sparql.js: ${e.stack || e}`);
    process.exitCode = 2;
  });
}

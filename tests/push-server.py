#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A SPARQL 1.1 Graph Store Protocol stand-in for tests/push.sh that can fail.

Usage: push-server.py STATE_DIR

Listens on 127.0.0.1 (a free port, written to STATE_DIR/port) and takes
PUT ?graph=IRI (replace the graph) and POST ?graph=IRI (add statements to
it).  A graph is changed only by a complete body: the bytes received must
match Content-Length, else nothing is stored.  Accepted graphs
are kept as STATE_DIR/graphs/<sha1 of the IRI>.nt (body) and .iri.  Every
request is logged to STATE_DIR/requests.log as
    <graph IRI> <Content-Length> <bytes received> <status or "dropped"> <method>

STATE_DIR/mode, read at each request, says how to behave:
    ok           store the graph, answer 204
    500, 503     answer that status (503 with Retry-After: 1)
    drop         read half of the body, then close the connection unanswered
    slow:N       wait N seconds before reading the body, then store it if it
                 is complete (the client may have given up meanwhile)
    fail:K:CODE  answer CODE to the next K requests, then behave as ok
    after:K:CODE accept the next K requests, then answer CODE
"""

import hashlib
import http.server
import os
import socket
import sys
import threading
import time
import urllib.parse

STATE = sys.argv[1]
GRAPHS = os.path.join(STATE, "graphs")
LOCK = threading.Lock()
# The mode text last read and the requests counted since it changed.
current = {"mode": None, "count": 0}


def write_atomic(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def read_mode():
    """Returns the mode and how many requests came before this one in it."""
    try:
        with open(os.path.join(STATE, "mode")) as f:
            mode = f.read().strip() or "ok"
    except OSError:
        mode = "ok"
    with LOCK:
        if mode != current["mode"]:
            current["mode"], current["count"] = mode, 0
        n = current["count"]
        current["count"] += 1
    return mode, n


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # keep the test output quiet
        pass

    def log_request_line(self, graph, declared, got, outcome):
        with LOCK, open(os.path.join(STATE, "requests.log"), "a") as f:
            f.write("%s %d %d %s %s\n" % (graph, declared, got, outcome, self.command))

    def answer(self, code, extra=None):
        body = b"" if code == 204 else (b"test server says %d\n" % code)
        self.send_response(code)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_body(self, n):
        """Reads up to N bytes; fewer when the client went away."""
        chunks, got = [], 0
        while got < n:
            try:
                b = self.rfile.read1(n - got)
            except (ConnectionError, socket.timeout):
                break
            if not b:
                break
            chunks.append(b)
            got += len(b)
        return b"".join(chunks)

    def do_PUT(self):
        self.change_graph(replace=True)

    def do_POST(self):
        self.change_graph(replace=False)

    def change_graph(self, replace):
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        graph = query.get("graph", [""])[0]
        declared = int(self.headers.get("Content-Length", "-1"))
        mode, n = read_mode()
        code = None
        if mode in ("500", "503"):
            code = int(mode)
        elif mode.startswith("fail:"):
            _, k, c = mode.split(":")
            code = int(c) if n < int(k) else None
        elif mode.startswith("after:"):
            _, k, c = mode.split(":")
            code = int(c) if n >= int(k) else None
        elif mode == "drop":
            got = self.read_body(max(declared // 2, 1))
            self.log_request_line(graph, declared, len(got), "dropped")
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        elif mode.startswith("slow:"):
            time.sleep(float(mode.split(":")[1]))
        body = self.read_body(max(declared, 0))
        if code is not None:
            self.log_request_line(graph, declared, len(body), str(code))
            self.answer(code, {"Retry-After": "1"} if code == 503 else None)
            return
        if declared < 0 or len(body) != declared or not graph:
            # Incomplete: the graph must stay as it was.
            self.log_request_line(graph, declared, len(body), "incomplete")
            self.close_connection = True
            return
        key = hashlib.sha1(graph.encode()).hexdigest()
        path = os.path.join(GRAPHS, key + ".nt")
        with LOCK:
            if not replace and os.path.exists(path):
                # A graph is a set of statements: add the new lines only.
                with open(path, "rb") as f:
                    old = f.read().splitlines(keepends=True)
                seen = set(old)
                body = b"".join(old + [l for l in body.splitlines(keepends=True)
                                       if l not in seen])
            write_atomic(path, body)
            write_atomic(os.path.join(GRAPHS, key + ".iri"), graph.encode() + b"\n")
        self.log_request_line(graph, declared, len(body), "204")
        try:
            self.answer(204)
        except OSError:
            pass

    def do_GET(self):  # a liveness probe
        self.answer(200)


def main():
    os.makedirs(GRAPHS, exist_ok=True)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    write_atomic(os.path.join(STATE, "port"), b"%d\n" % srv.server_address[1])
    srv.serve_forever()


if __name__ == "__main__":
    main()

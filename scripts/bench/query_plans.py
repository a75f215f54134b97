#!/usr/bin/env python3
"""Lists the full scans in the plans of the statements a server ran.

    query_plans.py SERVER_LOG DATABASE

SERVER_LOG is the server's log with `sqlx::query=debug`; every distinct
statement in it goes through SQLite's EXPLAIN QUERY PLAN against DATABASE
(parameters left unbound: the plan does not depend on their values). Prints
a Markdown table of the statements whose plan scans a whole table or index,
or a line saying there are none.
"""

import re
import sqlite3
import sys

# sqlx logs a statement of more than four words as `db.statement="…"`, and a
# shorter one only as its `summary="…"`; both are Rust Debug strings.
FIELD = re.compile(r'\b(summary|db\.statement)="((?:[^"\\]|\\.)*)"')
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "'": "'", "\\": "\\", "0": "\0"}


def unescape(text):
    def one(match):
        body = match.group(1)
        if body.startswith("u{"):
            return chr(int(body[2:-1], 16))
        return ESCAPES.get(body, body)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|.)", one, text)


def statements(log):
    seen = {}
    for line in log:
        if "sqlx::query" not in line:
            continue
        fields = dict((name, unescape(value)) for name, value in FIELD.findall(line))
        sql = (fields.get("db.statement") or fields.get("summary") or "").strip()
        if sql.endswith(" …"):
            continue
        # The migrations' bookkeeping runs once at start, not per request.
        if "_sqlx_migrations" in sql:
            continue
        if sql and sql.split()[0].upper() in ("SELECT", "WITH", "UPDATE", "DELETE", "INSERT"):
            seen.setdefault(" ".join(sql.split()), None)
    return list(seen)


def explain(connection, sql):
    """The plan, with every parameter bound to NULL: Python's sqlite3 refuses
    to run a statement with unbound parameters and names how many it has."""
    try:
        return connection.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    except sqlite3.ProgrammingError as error:
        count = re.search(r"uses (\d+)", str(error))
        if not count:
            raise
        return connection.execute("EXPLAIN QUERY PLAN " + sql, [None] * int(count.group(1))).fetchall()


def main():
    log_path, database = sys.argv[1:3]
    with open(log_path, encoding="utf-8", errors="replace") as log:
        found = statements(log)
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    scans = []
    for sql in found:
        try:
            plan = explain(connection, sql)
        except sqlite3.Error as error:
            scans.append((sql, f"could not explain: {error}"))
            continue
        steps = [row[3] for row in plan if row[3].startswith("SCAN ")]
        # A scan of a subquery's or CTE's own result is not a scan of stored
        # data, and the schema (read once at start-up) does not grow with it.
        steps = [
            s for s in steps if not re.match(r"SCAN (\(subquery|CONSTANT ROW|\w+ VIRTUAL|sqlite_schema\b)", s)
        ]
        if steps:
            scans.append((sql, "; ".join(steps)))
    print(f"{len(found)} distinct statements ran; {len(scans)} of them scan a whole table or index.")
    if scans:
        print()
        print("| Statement | Scans |")
        print("|---|---|")
        for sql, steps in scans:
            short = sql if len(sql) <= 160 else sql[:157] + "…"
            print(f"| `{short.replace('|', '¦')}` | {steps} |")


if __name__ == "__main__":
    main()

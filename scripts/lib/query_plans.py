"""Turns the server log that scripts/query-plans collected into docs/query-plans.md.

Input: lines "PAGE <path>" followed by the PostgreSQL server log written while that page was
served. Only auto_explain entries of the given database are kept; each becomes a section with the
statement's duration, its text and its plan. Sequential scans are listed at the top.
"""
import re
import sys

database = sys.argv[1]
entry_start = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
plan_start = re.compile(r"LOG:\s+duration: ([\d.]+) ms\s+plan:")

pages = []          # (path, [(ms, text, plan)])
entry = None


def finish(entry):
    if entry and pages and f"@{database} " in entry[0] and plan_start.search(entry[0]):
        ms = float(plan_start.search(entry[0]).group(1))
        body = "\n".join(line.strip("\t") for line in entry[1:])
        text, _, plan = body.partition("\n")
        pages[-1][1].append((ms, text.removeprefix("Query Text: "), plan))


for line in sys.stdin:
    line = line.rstrip("\n")
    if line.startswith("PAGE "):
        finish(entry)
        entry = None
        pages.append((line[5:], []))
    elif entry_start.match(line):
        finish(entry)
        entry = [line]
    elif entry is not None:
        entry.append(line)
finish(entry)

print("# Query plans at scale\n")
print("Written by `scripts/query-plans` (EXPLAIN ANALYZE of every statement, logged by PostgreSQL's")
print("auto_explain while the application served each page a second time, page cache off), against")
print("the data set of `scripts/generate-data`. Times are those of this run, on the machine in")
print("`docs/PERFORMANCE.md`.\n")
seq_scan = re.compile(r"Seq Scan on (\w+).*actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)")
removed = re.compile(r"Rows Removed by Filter: (\d+)")


def sequential_scans(plan):
    """(table, rows read) of each sequential scan: rows returned plus rows the filter dropped."""
    lines = plan.splitlines()
    for i, line in enumerate(lines):
        scan = seq_scan.search(line)
        if scan:
            dropped = next((int(removed.search(l).group(1)) for l in lines[i + 1:i + 4] if removed.search(l)), 0)
            yield scan.group(1), (int(scan.group(2)) + dropped) * int(scan.group(3))


big = sorted({(path, table, rows) for path, statements in pages for _, _, plan in statements
              for table, rows in sequential_scans(plan) if rows > 10000})
small = sorted({table for _, statements in pages for _, _, plan in statements
                for table, rows in sequential_scans(plan) if rows <= 10000})
print("Sequential scans reading more than 10,000 rows: "
      + ("; ".join(f"`{path}` reads {rows:,} rows of `{table}`" for path, table, rows in big) if big else "none")
      + ".")
print("Sequential scans of small tables (up to 10,000 rows, where hashing the whole table is as cheap as an index): "
      + (", ".join(f"`{table}`" for table in small) if small else "none") + ".\n")
print("| page | statements | total ms | slowest ms |")
print("| --- | ---: | ---: | ---: |")
for path, statements in pages:
    times = [ms for ms, _, _ in statements]
    print(f"| `{path}` | {len(times)} | {sum(times):.1f} | {max(times, default=0):.1f} |")
for path, statements in pages:
    print(f"\n## `{path}`\n")
    for number, (ms, text, plan) in enumerate(statements, 1):
        print(f"### {number}. {ms:.2f} ms\n")
        print("```sql\n" + text.strip() + "\n```\n")
        print("```\n" + plan.rstrip() + "\n```")

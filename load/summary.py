"""Prints a run's figures from its Gatling report: per request kind the count, errors, req/s and p50/p95/p99/max (ms)."""
import glob
import html
import os
import re
import sys

run = sys.argv[1]
reports = sorted(glob.glob(os.path.join(run, "gatling", "*", "index.html")))
if not reports:
    print("no Gatling report in", run)
    sys.exit(0)
page = open(reports[0], encoding="utf-8").read()
COLUMNS = {"count": 2, "errors": 4, "req/s": 6, "p50": 8, "p95": 10, "p99": 11, "max": 12}
print("%-30s %7s %7s %7s %7s %7s %7s %7s" % ("request", *COLUMNS))
for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    name = html.unescape(name.group(1)) if name else "ALL"
    cells = {int(c): v for c, v in re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row)}
    if cells:
        print("%-30s %7s %7s %7s %7s %7s %7s %7s" % (name[:30], *(cells.get(c, "") for c in COLUMNS.values())))

# CPU: the application's and its PostgreSQL's seconds per office that got through (its last step answered)
if len(sys.argv) == 10:
    a0, p0, b0, t0, a1, p1, b1, t1 = map(float, sys.argv[2:])
    done = 0
    for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', page, re.S):
        name = re.search(r'class="ellipsed-name">([^<]*)<', row)
        if name and html.unescape(name.group(1)) in ("accept report", "roll-up (decision scope)"):
            cells = {int(c): v for c, v in re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row)}
            done = int(cells.get(3, "0").replace(",", ""))
    print("CPU seconds during the simulation: the application %.0f, its PostgreSQL %.0f; the machine busy %.0f of %.0f core-seconds"
          % (a1 - a0, p1 - p0, b1 - b0, t1 - t0))
    if done:
        print("offices through to their superior's step: %d; CPU per office: application %.3f s + PostgreSQL %.3f s = %.3f s"
              % (done, (a1 - a0) / done, (p1 - p0) / done, (a1 - a0 + p1 - p0) / done))

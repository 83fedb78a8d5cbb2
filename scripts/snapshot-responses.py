#!/usr/bin/env python3
"""Record what a running server answers to a fixed set of requests, to prove a refactoring
changed no behaviour: every page and API route (errors included), the explainers in three
languages, estimator pages, and the 4,000-query provider mix from scripts/provider-queries.py.

Usage: scripts/snapshot-responses.py http://127.0.0.1:PORT OUT.json [--provider-mix FILE.lua]
       scripts/snapshot-responses.py --compare BEFORE.json AFTER.json

API responses are compared byte for byte (status, content type, body). Pages are compared by
status, title, visible text and link targets (markup may change, e.g. with islands)."""
import hashlib, html, json, re, sys, urllib.error, urllib.request
from html.parser import HTMLParser

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(); self.text = []; self.links = []; self.skip = 0; self.title = []; self.in_title = False
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"): self.skip += 1
        if tag == "title": self.in_title = True
        if tag == "a":
            href = dict(attrs).get("href")
            if href: self.links.append(href)
    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self.skip: self.skip -= 1
        if tag == "title": self.in_title = False
    def handle_data(self, data):
        if self.in_title: self.title.append(data)
        elif not self.skip: self.text.append(data)

def page_summary(body):
    p = Visible(); p.feed(body)
    text = re.sub(r"\s+", " ", html.unescape(" ".join(p.text))).strip()
    # The CSP nonce and asset hashes are not behaviour.
    return {"title": "".join(p.title).strip(), "text": text, "links": p.links}

def fetch(base, req):
    method, path, body = req.get("method", "GET"), req["path"], req.get("body")
    headers = {"accept-encoding": "identity"}
    headers.update(req.get("headers", {}))
    data = None
    if body is not None:
        data = body.encode(); headers["content-type"] = "application/json"
    r = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k): return None
    opener = urllib.request.build_opener(NoRedirect)
    try:
        resp = opener.open(r, timeout=30); status = resp.status; hdrs = resp.headers; raw = resp.read()
    except urllib.error.HTTPError as e:
        status, hdrs, raw = e.code, e.headers, e.read()
    ctype = (hdrs.get("content-type") or "").split(";")[0]
    out = {"status": status, "type": ctype}
    if hdrs.get("location"): out["location"] = hdrs.get("location")
    text = raw.decode("utf-8", "replace")
    if ctype == "text/html":
        out["page"] = page_summary(text)
    else:
        out["sha256"] = hashlib.sha256(raw).hexdigest(); out["bytes"] = len(raw)
        if len(raw) < 2000: out["body"] = text
    return out

def requests(mix):
    reqs = []
    pages = ["/", "/about", "/search", "/search?q=care+home+fees", "/search?q=respitte", "/explainers",
             "/estimate", "/estimate?from=1", "/estimate?step=2&setting=care_home", "/check", "/providers",
             "/providers?q=care+home", "/providers?near=LS6+3HN&radius_km=10&min_rating=good",
             "/providers?radius_km=far", "/providers/compare", "/no-such-page", "/explainers/no-such-page",
             "/estimate?view=results&setting=care_home&weekly_cost=1250&nursing=no&partner=no&savings=60000&property_value=250000&occupant=nobody&state_pension=230.25&start_date=2026-11-23",
             "/estimate?view=results&setting=home_care&weekly_cost=300&age=70&partner=no&savings=20000&state_pension=230.25&start_date=2026-11-23",
             "/estimate?view=results&setting=care_home&weekly_cost=lots"]
    slugs = json.loads(urllib.request.urlopen(BASE + "/api/v1/explainers").read())["explainers"]
    for e in slugs:
        pages.append("/explainers/" + e["slug"])
    for p in pages:
        for lang in ("en-GB", "pl", "ur"):
            reqs.append({"path": p, "headers": {"cookie": "carenav_lang=" + lang}})
    api = ["/api/v1/", "/api/v1/search?q=carers", "/api/v1/search?q=", "/api/v1/search?q=x&limit=0",
           "/api/v1/search?q=x&locale=xx", "/api/v1/search?q=x&colour=blue", "/api/v1/rules",
           "/api/v1/rules?date=2025-05-01", "/api/v1/rules?date=soon", "/api/v1/explainers",
           "/api/v1/explainers?locale=pl", "/api/v1/explainers/no-such", "/api/v1/providers",
           "/api/v1/providers?page=0", "/api/v1/providers?radius_km=far&near=LS6", "/api/v1/providers/not-an-id",
           "/api/v1/providers/1-000000000", "/api/v1/nothing", "/healthz", "/readyz",
           "/language?to=pl&back=/search%3Fq%3Dcare", "/language?to=pl&back=/%09/evil.example"]
    for e in slugs:
        api.append("/api/v1/explainers/" + e["slug"])
    for a in api:
        reqs.append({"path": a})
    est = {"setting": "care_home", "weekly_cost": 1250.0, "nursing": False, "partner": False, "savings": 60000.0,
           "property": {"value": 250000.0, "occupant": "nobody", "deferred_payment": False},
           "weekly_income": {"state_pension": 230.25}, "weeks": 260, "start_date": "2026-11-23"}
    reqs.append({"method": "POST", "path": "/api/v1/estimate", "body": json.dumps(est)})
    reqs.append({"method": "POST", "path": "/api/v1/estimate", "body": "{"})
    reqs.append({"method": "POST", "path": "/api/v1/estimate?locale=pl", "body": json.dumps(dict(est, weekly_cost=-1))})
    reqs.append({"method": "DELETE", "path": "/api/v1/rules"})
    if mix:
        for line in open(mix):
            m = re.match(r'\s*"(.*)",\s*$', line)
            if m:
                p = json.loads('"' + m.group(1) + '"')
                reqs.append({"path": p})
    return reqs

if sys.argv[1] == "--compare":
    a, b = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
    diffs = [k for k in a if a[k] != b.get(k)]
    missing = [k for k in b if k not in a]
    for k in diffs[:20]:
        print("DIFF", k); print("  before:", json.dumps(a[k])[:400]); print("  after: ", json.dumps(b.get(k))[:400])
    print(f"{len(a)} requests; {len(diffs)} differ; {len(missing)} only after")
    sys.exit(1 if diffs or missing else 0)

BASE, OUT = sys.argv[1], sys.argv[2]
mix = sys.argv[sys.argv.index("--provider-mix") + 1] if "--provider-mix" in sys.argv else None
result = {}
for req in requests(mix):
    key = req.get("method", "GET") + " " + req["path"] + " " + json.dumps(req.get("headers", {}), sort_keys=True) + (" " + hashlib.sha256(req["body"].encode()).hexdigest()[:12] if req.get("body") else "")
    result[key] = fetch(BASE, req)
json.dump(result, open(OUT, "w"), indent=0, sort_keys=True)
print(f"{len(result)} responses written to {OUT}")

"""An editor saving forms in a loop: signs in, then re-saves a source with a changed title again
and again (each save reads the form first, so it carries the current version). Prints the counts."""
import http.cookiejar, re, sys, time, urllib.parse, urllib.request

base, username, password, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

def get(path):
    with opener.open(base + path) as response:
        return response.read().decode()

def post(path, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        with opener.open(urllib.request.Request(base + path, data=data)) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()

def csrf(page):
    return re.search(r'name="_csrf" value="([^"]+)"', page).group(1)

status, _ = post("/login", {"username": username, "password": password, "_csrf": csrf(get("/login"))})
saves = failed = 0
deadline = time.time() + seconds
while time.time() < deadline:
    form = get("/admin/sources/moscow-times-2025-06-02/edit")
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form))
    fields.update({k: v for k, v in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)</textarea>', form)})
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option[^>]*value="([^"]*)"[^>]*selected', options)
        fields[name] = chosen.group(1) if chosen else ""
    fields = {k: v.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", '"') for k, v in fields.items()}
    fields["title"] = "Russia and Ukraine hold second round of talks in Istanbul (news report), save %d" % saves
    code, page = post("/admin/sources/moscow-times-2025-06-02/edit", fields)
    if code < 400 and "save %d" % saves in get("/admin/sources/moscow-times-2025-06-02/edit"):
        saves += 1
    else:
        failed += 1
        print("failed save: HTTP %d" % code, file=sys.stderr)
print("editor saves: %d, failed saves: %d" % (saves, failed))

"""Shared pieces of the browser suites: a results tally, headless Chromium at a given width, and an axe-core 4.x
audit (0 violations, no scripts, no sideways scrolling at 320 px)."""
import base64, hashlib, hmac, importlib.util, json, os, struct, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from axe_selenium_python import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
results = {"passed": 0, "failed": 0}
_axe = {}


def check(name, ok, detail=""):
    results["passed" if ok else "failed"] += 1
    print(("PASS " if ok else "FAIL ") + name + (f" — {detail}" if detail and not ok else ""), flush=True)
    return ok


def axe_script():
    if "path" in _axe:
        return _axe["path"]
    spec = importlib.util.find_spec("axe_playwright_python")
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    assert os.path.exists(path), "axe-core 4.x (axe-playwright-python wheel) is missing"
    _axe["path"] = path
    return path


def make_driver(width):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              f"--window-size={width},900", "--lang=en-GB"):
        opts.add_argument(a)
    opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 1})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    # Headless Chromium will not make a window narrower than 500px: emulate the 320px screen instead.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
    return driver


def audit_page(driver, label, width):
    axe = Axe(driver, script_url=axe_script())
    axe.inject()
    res = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}}))
    violations = res["violations"]
    detail = "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])}) {v['nodes'][0]['html'][:100]}" for v in violations)
    check(f"axe 0 violations at {width}px: {label}", not violations, detail)
    scripts = driver.execute_script("return document.scripts.length")
    check(f"no JavaScript needed at {width}px: {label}", scripts == 0, f"{scripts} script elements")
    if width == 320:
        overflow = driver.execute_script("return document.documentElement.scrollWidth")
        check(f"no sideways scrolling at 320px: {label}", overflow <= 320, f"page is {overflow}px wide")


def wait_for(d, text, seconds=5):
    """A form post navigates: wait (up to `seconds`) until the answer page holds `text`."""
    for _ in range(int(seconds * 10)):
        if text in d.page_source:
            return
        time.sleep(0.1)


def totp(key, at=None):
    """RFC 6238 (SHA-1, 30 s, 6 digits): the code an authenticator app shows for `key` (base32)."""
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


_last_step = {}


def fresh_code(key):
    """A code not used before: each code is accepted once (AUTH-12), so wait for the next 30 s step if need be."""
    while int(time.time() // 30) == _last_step.get(key):
        time.sleep(0.5)
    _last_step[key] = int(time.time() // 30)
    return totp(key)

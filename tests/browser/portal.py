#!/usr/bin/env python3
"""Browser suite for the member portal, on the demo fund: axe-core on every portal page at 1280 and 320 px, and the
journey register → set up the authenticator → sign in → view a record → run an estimate → change address → add
nominations → send a message and a document → download a statement → sign out, in headless Chromium (the pages use
no scripts), then sign in → home → change address → sign out again with the keyboard alone.

usage: portal.py BASE_URL DEMO_LOG
DEMO_LOG is what `lgps demo` printed: its "To try registering" line gives the activation key and details.
Prints one line per check and closes with 'N passed, N failed'; exit 1 on any failure.
"""
import os, re, sys, tempfile, time
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains
from common import check, make_driver, audit_page, wait_for, results, totp, fresh_code

BASE, LOG = sys.argv[1].rstrip("/"), sys.argv[2]
EMAIL, PASSWORD = "journey@example.com", "a walk along the canal towpath"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def registration_details():
    text = open(LOG).read()
    m = re.search(r"activation key (\S+), surname (.+?), born (\d+) (\w+) (\d{4}), NI number (.+)$", text, re.M)
    if not m:
        return None
    return {"key": m[1], "surname": m[2], "day": m[3], "month": str(MONTHS.index(m[4]) + 1), "year": m[5],
            "nino": m[6].strip()}


def fill(d, values):
    for field, value in values.items():
        box = d.find_element(By.ID, field)
        box.clear()
        box.send_keys(value)


def submit(d, action, expect_away=True):
    before = d.current_url
    d.find_element(By.CSS_SELECTOR, f"main form[action='{action}'] button[type=submit]").click()
    for _ in range(100):
        if not expect_away or d.current_url != before:
            break
        time.sleep(0.1)
    time.sleep(0.2)


def audit(d, label):
    audit_page(d, "portal " + label, 1280)


def register(d, details):
    d.get(BASE + "/portal")
    audit(d, "start page")
    d.get(BASE + "/portal/register")
    audit(d, "registration step 1")
    fill(d, {"activationKey": details["key"].lower(), "surname": details["surname"].upper(),
             "dateOfBirth-day": details["day"], "dateOfBirth-month": details["month"],
             "dateOfBirth-year": details["year"], "nationalInsuranceNumber": details["nino"]})
    submit(d, "/portal/register")
    check("journey: activation key and details accepted", d.current_url.endswith("/portal/register/account"), d.current_url)
    audit(d, "registration step 2")
    fill(d, {"email": EMAIL, "password": PASSWORD, "confirmPassword": PASSWORD})
    submit(d, "/portal/register/account")
    check("journey: email and password accepted", d.current_url.endswith("/portal/register/security"), d.current_url)
    audit(d, "registration step 3 (authenticator)")
    key = d.find_element(By.ID, "totp-key").text.replace(" ", "")
    fill(d, {"code": fresh_code(key)})
    submit(d, "/portal/register/security")
    check("journey: authenticator code accepted", d.current_url.endswith("/portal/register/recovery-codes"), d.current_url)
    audit(d, "registration step 4 (recovery codes)")
    codes = d.find_elements(By.CSS_SELECTOR, "#recovery-codes li")
    check("journey: ten recovery codes shown", len(codes) == 10, f"{len(codes)} codes")
    submit(d, "/portal/register/recovery-codes")
    check("journey: registered and signed in", d.current_url.endswith("/portal/home")
          and "Your account has been created" in d.page_source, d.current_url)
    return key


def sign_in(d, key):
    d.get(BASE + "/portal/sign-in")
    audit(d, "sign-in")
    fill(d, {"email": EMAIL, "password": PASSWORD})
    submit(d, "/portal/sign-in")
    check("journey: password leads to the security code", d.current_url.endswith("/portal/sign-in/code"), d.current_url)
    audit(d, "security code")
    fill(d, {"code": fresh_code(key)})
    submit(d, "/portal/sign-in/code")
    check("journey: signed in with password and authenticator code", d.current_url.endswith("/portal/home"), d.current_url)


def journey(details):
    d = make_driver(1280)
    try:
        key = register(d, details)
        keys["totp"] = key
        audit(d, "home")
        d.find_element(By.CSS_SELECTOR, "form[action='/portal/sign-out'] button").click()
        time.sleep(0.3)
        sign_in(d, key)
        records = d.find_elements(By.CSS_SELECTOR, "main h2 a[href^='/portal/records/']")
        check("journey: home lists the member's posts", len(records) >= 1, f"{len(records)} posts")
        records[0].click()
        wait_for(d, "Death grant nominations")
        audit(d, "record")
        pdfs = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "main a[href$='statement.pdf']")]
        estimate(d)
        d.get(BASE + "/portal/details")
        audit(d, "your details")
        fill(d, {"addressLine1": "1 Canal Side", "postcode": "NS1 4AB"})
        submit(d, "/portal/details/contact")
        check("journey: address changed", "contact details have been updated" in d.page_source)
        d.get(BASE + "/portal/nominations")
        audit(d, "nominations")
        fill(d, {"name1": "Sam Walker", "relationship1": "Partner", "share1": "100"})
        submit(d, "/portal/nominations")
        check("journey: nominations saved", "nominations have been saved" in d.page_source)
        d.get(BASE + "/portal/security")
        audit(d, "sign-in and security")
        casework(d)
        statement(d, pdfs)
        for path, label in (("/portal/home", "home"), ("/portal/details", "your details")):
            narrow(d, path, label)
        d.find_element(By.CSS_SELECTOR, "form[action='/portal/sign-out'] button").click()
        time.sleep(0.3)
        d.get(BASE + "/portal/home")
        check("journey: after signing out, the portal needs sign in again", "/portal/sign-in" in d.current_url, d.current_url)
    finally:
        d.quit()


def press(d, *keys_to_send):
    ActionChains(d).send_keys(*keys_to_send).perform()


def tab_to(d, label, matches, limit=80):
    """Presses Tab until the focused element matches; checks it got there (keyboard-only, no mouse)."""
    for _ in range(limit):
        press(d, Keys.TAB)
        element = d.switch_to.active_element
        if matches(element):
            return element
    check(f"keyboard: Tab reaches {label}", False, f"not within {limit} presses")
    return None


def focus_visible(d, element):
    style = d.execute_script("const s = getComputedStyle(arguments[0]);"
                             "return [s.outlineStyle, s.boxShadow, s.backgroundColor];", element)
    return style[0] != "none" or style[1] != "none"


def after_submit(d, before):
    for _ in range(100):
        if d.current_url != before:
            break
        time.sleep(0.1)
    time.sleep(0.2)


def keyboard(key):
    """The sign-in → home → change address → sign out journey with the keyboard alone: Tab, typing and Enter,
    with a visible focus on each control reached (WCAG 2.1.1, 2.4.1, 2.4.7)."""
    d = make_driver(1280)
    try:
        d.get(BASE + "/portal/sign-in")
        press(d, Keys.TAB)
        first = d.switch_to.active_element
        check("keyboard: the first Tab reaches 'Skip to main content'", "Skip to main content" in first.text, first.text)
        check("keyboard: the skip link is visible when focused", first.is_displayed() and focus_visible(d, first))
        email = tab_to(d, "the email box", lambda e: e.get_attribute("id") == "email")
        if not email:
            return
        check("keyboard: a focused box shows where the focus is", focus_visible(d, email))
        press(d, EMAIL, Keys.TAB, PASSWORD, Keys.ENTER)
        after_submit(d, BASE + "/portal/sign-in")
        check("keyboard: password step done with Enter", d.current_url.endswith("/portal/sign-in/code"), d.current_url)
        code = tab_to(d, "the security code box", lambda e: e.get_attribute("id") == "code")
        if not code:
            return
        before = d.current_url
        press(d, fresh_code(key), Keys.ENTER)
        after_submit(d, before)
        check("keyboard: signed in with Tab, typing and Enter", d.current_url.endswith("/portal/home"), d.current_url)
        link = tab_to(d, "the link to change your address",
                      lambda e: (e.get_attribute("href") or "").endswith("/portal/details"))
        if not link:
            return
        check("keyboard: a focused link shows where the focus is", focus_visible(d, link))
        before = d.current_url
        press(d, Keys.ENTER)
        after_submit(d, before)
        check("keyboard: Enter on a link follows it", d.current_url.endswith("/portal/details"), d.current_url)
        box = tab_to(d, "the first address line", lambda e: e.get_attribute("id") == "addressLine1")
        if not box:
            return
        press(d, Keys.CONTROL, "a", Keys.CONTROL, "2 Lock Cottages")
        button = tab_to(d, "the save button of the contact form", lambda e: e.tag_name == "button"
                        and e.find_element(By.XPATH, "./ancestor::form").get_attribute("action").endswith("/portal/details/contact"))
        if not button:
            return
        check("keyboard: a focused button shows where the focus is", focus_visible(d, button))
        before = d.page_source
        press(d, Keys.ENTER)
        time.sleep(0.8)
        check("keyboard: the address form is sent with Enter on its button",
              "contact details have been updated" in d.page_source and "2 Lock Cottages" in d.page_source)
        sign_out = tab_to(d, "the sign out button", lambda e: e.tag_name == "button"
                          and e.find_element(By.XPATH, "./ancestor::form").get_attribute("action").endswith("/portal/sign-out"))
        if not sign_out:
            return
        press(d, Keys.ENTER)
        time.sleep(0.5)
        check("keyboard: signed out with the keyboard", "/portal/sign-in" in d.current_url, d.current_url)
    finally:
        d.quit()


def casework(d):
    """Sends a message and uploads a small PDF, then checks both are listed with a status (AUDIT-2, FILE-1)."""
    d.get(BASE + "/portal/messages/new")
    audit(d, "new message")
    d.find_element(By.CSS_SELECTOR, "input[name='recordID']").click()
    fill(d, {"subject": "Question about my pension", "body": "When is my next statement due?"})
    submit(d, "/portal/messages/new")
    audit(d, "conversation")
    check("journey: message sent", "Your message has been sent" in d.page_source)
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
        f.write(b"%PDF-1.4\n%%EOF\n")
    d.get(BASE + "/portal/documents/new")
    audit(d, "upload a document")
    d.find_element(By.CSS_SELECTOR, "input[name='recordID']").click()
    d.find_element(By.CSS_SELECTOR, "input[name='documentType'][value='birth-certificate']").click()
    d.find_element(By.ID, "file").send_keys(f.name)
    submit(d, "/portal/documents/new")
    check("journey: document received", "We have received your document" in d.page_source)
    os.unlink(f.name)
    d.get(BASE + "/portal/messages")
    audit(d, "messages and documents")
    page = d.page_source
    check("journey: messages list shows both with a status", "Question about my pension" in page
          and "Birth certificate" in page and "Received" in page)


def estimate(d):
    """Runs an estimate at the member's 66th birthday year from the record page's link."""
    links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "main a[href$='/estimate']")]
    if not check("journey: the record links to the estimate modeller", bool(links)):
        return
    d.get(links[0])
    audit(d, "estimate (form)")
    year = time.gmtime().tm_year + 1
    fill(d, {"date-day": "1", "date-month": "6", "date-year": str(year)})
    d.find_element(By.CSS_SELECTOR, "main form[method=get] button[type=submit]").click()
    time.sleep(1)
    text = d.find_element(By.TAG_NAME, "main").text
    ok = "a year" in text or "error" in d.page_source.lower()
    check("journey: an estimate runs (figures, or a clear field error for this member's dates)", ok, text[:200])
    audit(d, "estimate (result)")


def statement(d, pdfs):
    if not check("journey: the record lists a statement to download", bool(pdfs)):
        return
    cookies = {c["name"]: c["value"] for c in d.get_cookies()}
    r = requests.get(pdfs[0], cookies=cookies, timeout=120)
    check("journey: statement downloads as a PDF", r.status_code == 200 and r.content.startswith(b"%PDF")
          and r.headers.get("Content-Type") == "application/pdf", f"status {r.status_code}")


def narrow(d, path, label):
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 320, "height": 900, "deviceScaleFactor": 1,
                                                              "mobile": True})
    d.get(BASE + path)
    audit_page(d, "portal " + label, 320)
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1,
                                                              "mobile": False})


if __name__ == "__main__":
    started = time.time()
    details = registration_details()
    keys = {}
    if check("the demo printed an activation key to register with", details is not None):
        journey(details)
        if keys.get("totp"):
            keyboard(keys["totp"])
    print(f"portal browser suite took {time.time() - started:.1f}s")
    print(f"{results['passed']} passed, {results['failed']} failed")
    sys.exit(1 if results["failed"] else 0)

#!/usr/bin/env python3
"""Browser and API-contract suite for the staff area: headless Chromium + Selenium + axe-core 4.x, and the
OpenAPI document checked against real responses (openapi-spec-validator + jsonschema, draft 2020-12).

usage: suite.py BASE_URL EMAIL PASSWORD [OTHER_FUND_EMAIL OTHER_FUND_PASSWORD]
Prints one line per check and closes with 'N passed, N failed'; exit 1 on any failure.
"""
import importlib.util, json, os, re, sys, time
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from common import check, make_driver, audit_page, wait_for, results, fresh_code
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_spec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE, EMAIL, PASSWORD = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
OTHER = sys.argv[4:6] if len(sys.argv) >= 6 else None
# Staff sign in with a password and an authenticator code (AUTH-11): the demo prints each user's key.
KEYS = {EMAIL: os.environ.get("STAFF_TOTP_KEY", "")}
if OTHER:
    KEYS[OTHER[0]] = os.environ.get("OTHER_TOTP_KEY", "")
WIDTHS = (1280, 320)


def sign_in(driver, email=EMAIL, password=PASSWORD, audit_width=None):
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    for _ in range(50):  # the sign-in post redirects to the security code: wait for it
        if "/login/code" in driver.current_url:
            break
        time.sleep(0.1)
    if audit_width:
        audit_page(driver, "security code", audit_width)
    driver.find_element(By.ID, "code").send_keys(fresh_code(KEYS[email]))
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    for _ in range(50):  # then to search: wait for it, so the next page is asked for signed in
        if "/login" not in driver.current_url:
            return
        time.sleep(0.1)


def requests_sign_in(s, email, password):
    """Signs a requests session in: the password, then the security code. Returns the last response."""
    page = s.get(BASE + "/login")
    r = s.post(BASE + "/login", data={"email": email, "password": password, "csrfToken": csrf_token(page.text)},
               allow_redirects=False)
    if r.headers.get("Location") != "/login/code":
        return r
    page = s.get(BASE + "/login/code")
    return s.post(BASE + "/login/code", data={"code": fresh_code(KEYS[email]), "csrfToken": csrf_token(page.text)},
                  allow_redirects=False)


def csrf_token(html):
    match = re.search(r'name="csrfToken" value="([^"]+)"', html)
    return match.group(1) if match else ""


def api_session():
    s = requests.Session()
    r = requests_sign_in(s, EMAIL, PASSWORD)
    check("staff can sign in over HTTP for the API (password and security code)",
          r.status_code in (302, 303) and r.headers.get("Location") == "/search", f"status {r.status_code}")
    return s


def openapi_checks(s):
    spec = s.get(BASE + "/api/v1/openapi.json").json()
    try:
        validate_spec(spec)
        check("OpenAPI document is valid", True)
    except Exception as e:  # noqa: BLE001
        check("OpenAPI document is valid", False, str(e)[:300])
    registry = Registry().with_resource("urn:openlgps:openapi", Resource.from_contents(spec, default_specification=DRAFT202012))

    def schema_for(path, status, ctype):
        response = spec["paths"][path]["get"]["responses"][str(status)]
        if "$ref" in response:
            response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
        return response["content"][ctype]["schema"]

    def conforms(label, path, response):
        ctype = response.headers.get("Content-Type", "").split(";")[0]
        try:
            schema = schema_for(path, response.status_code, ctype)
        except KeyError:
            return check(f"API {label}: status {response.status_code} {ctype} is documented", False)
        wrapped = {"$ref": "urn:openlgps:openapi#" + schema["$ref"][1:]} if "$ref" in schema else schema
        errors = list(Draft202012Validator(wrapped, registry=registry).iter_errors(response.json()))
        return check(f"API {label} matches the OpenAPI schema ({response.status_code})", not errors,
                     "; ".join(e.message[:150] for e in errors[:3]))

    search = s.get(BASE + "/api/v1/search", params={"q": "a"})
    conforms("search", "/api/v1/search", search)
    items = search.json().get("items") or search.json().get("results") or []
    check("API search finds people", len(items) > 0)
    person_id = items[0].get("person_id", items[0].get("personId", items[0].get("id")))
    person = s.get(f"{BASE}/api/v1/people/{person_id}")
    conforms("person", "/api/v1/people/{id}", person)
    body = person.json()
    records = body.get("records") or []
    check("API person lists records", len(records) > 0)
    record_id = records[0].get("record_id", records[0].get("recordId", records[0].get("id")))
    conforms("record", "/api/v1/records/{id}", s.get(f"{BASE}/api/v1/records/{record_id}"))
    conforms("unknown person", "/api/v1/people/{id}", s.get(f"{BASE}/api/v1/people/999999999"))
    conforms("bad page", "/api/v1/search", s.get(BASE + "/api/v1/search", params={"q": "a", "page": "zero"}))
    anonymous = requests.get(f"{BASE}/api/v1/people/{person_id}")
    check("API refuses anonymous readers with problem+json 401",
          anonymous.status_code == 401 and anonymous.headers.get("Content-Type", "").startswith("application/problem+json"))
    nino = body.get("national_insurance_number") or body.get("nationalInsuranceNumber") or body.get("nino")
    return person_id, record_id, nino


def stored_statement_path(driver):
    """The staff page of one statement the run stored: from the run report's first record with a statement."""
    driver.get(BASE + "/statements/runs/1")
    check("the statement run finished", "Complete" in driver.page_source)
    for record in range(1, 60):
        driver.get(f"{BASE}/records/{record}/statements")
        links = driver.find_elements(By.CSS_SELECTOR, "main a[href$='/statements/2025']")
        if links:
            return links[0].get_attribute("href").replace(BASE, "")
    check("a record has a stored statement", False)
    return None


def browser_pages(person_id, record_id, nino):
    for width in WIDTHS:
        d = make_driver(width)
        try:
            d.get(BASE + "/login")
            audit_page(d, "sign in", width)
            d.find_element(By.ID, "email").send_keys(EMAIL)
            d.find_element(By.ID, "password").send_keys("not the password at all")
            d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
            wait_for(d, "error-summary")
            check(f"wrong password shows an error at {width}px", "error" in d.page_source.lower())
            audit_page(d, "sign in with an error", width)
            sign_in(d, audit_width=width)
            pages = [("search", "/search"), ("search results", "/search?q=a"), ("no results", "/search?q=zzzzqqq"),
                     ("person", f"/people/{person_id}"), ("record", f"/records/{record_id}"),
                     ("edit personal details", f"/people/{person_id}/edit"),
                     ("edit nominations", f"/people/{person_id}/nominations/edit"),
                     ("edit record", f"/records/{record_id}/edit"),
                     ("calculate", f"/records/{record_id}/calculate?date-day=1&date-month=6&date-year=2031"),
                     ("member portal", "/portal-admin"), ("portal settings", "/portal-admin/settings"),
                     ("calculate with an error", f"/records/{record_id}/calculate?date-day=31&date-month=2&date-year=2031"),
                     ("statement runs", "/statements"), ("statement run report", "/statements/runs/1"),
                     ("record's statements", f"/records/{record_id}/statements"),
                     ("add a P60 or payslip", f"/records/{record_id}/payroll/new"),
                     ("add a pension debit", f"/records/{record_id}/debits/new"),
                     ("page not found", "/people/999999999")]
            statement = stored_statement_path(d)
            if statement:
                pages += [("a stored statement's page", statement), ("the statement itself", statement + "/statement.html")]
            for label, path in pages:
                d.get(BASE + path)
                audit_page(d, label, width)
            d.get(f"{BASE}/people/{person_id}/edit")
            field = d.find_element(By.ID, "nationalInsuranceNumber")
            field.clear()
            field.send_keys("QQ12345")
            d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
            wait_for(d, "error-summary")
            check(f"a bad NI number is refused beside the field at {width}px",
                  "correct format" in d.page_source and "error-summary" in d.page_source)
            audit_page(d, "edit personal details with errors", width)
            d.get(f"{BASE}/records/{record_id}/payroll/new")
            d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
            wait_for(d, "error-summary")
            check(f"adding a P60 with nothing chosen lists the problems at {width}px",
                  "Select whether it is a P60 or a payslip" in d.page_source and "Select the PDF" in d.page_source)
            audit_page(d, "add a P60 or payslip with errors", width)
            d.get(f"{BASE}/records/{record_id}/debits/new")
            d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
            wait_for(d, "error-summary")
            check(f"adding a debit with nothing filled in lists the problems at {width}px",
                  "Select what the debit is for" in d.page_source and "Enter the annual pension debit" in d.page_source)
            audit_page(d, "add a pension debit with errors", width)
        finally:
            d.quit()


def journey(nino):
    d = make_driver(1280)
    try:
        sign_in(d)
        for _ in range(50):  # the sign-in post redirects: wait for the search page before reading the address
            if "/search" in d.current_url:
                break
            time.sleep(0.1)
        url = d.current_url
        check("journey: signed in lands on search", "/search" in url, url)
        box = d.find_element(By.ID, "q")
        box.send_keys(nino[:2] + " " + nino[2:4] + " " + nino[4:6] + " " + nino[6:8] + " " + nino[8:])
        d.find_element(By.CSS_SELECTOR, "main form[role=search] button").click()
        wait_for(d, 'href="/people/')
        links = d.find_elements(By.CSS_SELECTOR, "main a[href^='/people/']")
        check("journey: NI number search finds exactly one person", len(links) == 1, f"{len(links)} links")
        if not links:
            return
        links[0].click()
        wait_for(d, 'href="/records/')
        record_links = d.find_elements(By.CSS_SELECTOR, "main a[href^='/records/']")
        check("journey: person page lists their posts", len(record_links) >= 1)
        if not record_links:
            return
        record_links[0].click()
        wait_for(d, "Change history")
        text = d.find_element(By.TAG_NAME, "main").text
        for heading in ("Status history", "Change history"):
            check(f"journey: record page shows {heading}", heading.lower() in text.lower())
        d.find_element(By.CSS_SELECTOR, "form[action='/logout'] button").click()
        d.get(BASE + "/search")
        check("journey: after signing out, search needs sign in again", "/login" in d.current_url, d.current_url)
    finally:
        d.quit()


def other_fund(person_id, record_id):
    if not OTHER:
        return
    s = requests.Session()
    requests_sign_in(s, OTHER[0], OTHER[1])
    for path in (f"/people/{person_id}", f"/records/{record_id}", f"/records/{record_id}/calculate",
                 f"/api/v1/people/{person_id}", f"/api/v1/records/{record_id}"):
        r = s.get(BASE + path, allow_redirects=False)
        check(f"another fund's staff get 404 for {path.split('/')[-2]} {path.startswith('/api') and '(API)' or '(page)'}", r.status_code == 404, f"status {r.status_code}")


if __name__ == "__main__":
    started = time.time()
    session = api_session()
    pid, rid, nino = openapi_checks(session)
    browser_pages(pid, rid, nino)
    journey(nino)
    other_fund(pid, rid)
    print(f"browser suite took {time.time() - started:.1f}s")
    print(f"{results['passed']} passed, {results['failed']} failed")
    sys.exit(1 if results["failed"] else 0)

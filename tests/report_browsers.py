"""Headless Chromium and LibreOffice for the report tests (Debian packages, see .ci/apt-packages.txt).

Chromium is driven over the DevTools protocol through ``--remote-debugging-pipe``
(file descriptors 3 and 4, NUL-terminated JSON): no websocket library, no port, no
browser download. The page is loaded from a ``file://`` URL in a fresh profile, and
every console error, uncaught exception, error log entry and network request other
than the page itself is recorded.

When a program is missing the tests FAIL (CI installs them); they never skip.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import re
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

APT_HINT = "install the Debian packages in .ci/apt-packages.txt (apt-get install -y $(cat .ci/apt-packages.txt))"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--remote-debugging-pipe",
]


def require(*names: str) -> str:
    """The path of the first program found, or a test failure naming the packages to install."""
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    pytest.fail(f"none of {', '.join(names)} is installed: {APT_HINT}")


@dataclass
class PageReport:
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    screenshot: bytes = b""
    pdf: bytes = b""
    title: str = ""
    headings: list[str] = field(default_factory=list)
    # layout facts measured in the page (LAYOUT_JS): overflow, links, sticky contents, contrast
    layout: dict = field(default_factory=dict)


# Measured in the loaded page at the emulated width:
# - page_overflow: the document is wider than the window;
# - wide_tables: tables wider than their box (a horizontal scrollbar), by caption;
# - broken_links: in-page links (#id) whose target does not exist;
# - nav_visible_at_end: the contents list is still on screen after scrolling to the end;
# - low_contrast: text whose colour against its effective background is below 4.5:1 (WCAG).
LAYOUT_JS = r"""
(() => {
  const rgb = s => { const m = s.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(',').map(x => parseFloat(x)); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const bgOf = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const low = [];
  const seen = new Set();
  for (const el of document.querySelectorAll('body *')) {
    if (['SCRIPT', 'STYLE', 'svg', 'title', 'desc'].includes(el.tagName)) continue;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('svg')) continue;
    const st = getComputedStyle(el);
    if (st.display === 'none' || st.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect(); if (r.width === 0 || r.height === 0 || r.left < -1000) continue;
    const fg = rgb(st.color), bg = bgOf(el);
    const a = lum(fg), b = lum(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const key = el.className + '|' + st.color + '|' + st.backgroundColor;
    if (ratio < 4.5 && !seen.has(key)) { seen.add(key);
      low.push({tag: el.tagName, cls: String(el.className), text: el.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100}); }
  }
  const wide = [];
  for (const t of document.querySelectorAll('table')) {
    const box = t.parentElement;
    if (t.scrollWidth > box.clientWidth + 1) wide.push({caption: (t.caption ? t.caption.textContent.trim() : '').slice(0, 60),
      width: t.scrollWidth, box: box.clientWidth});
  }
  const broken = [];
  const links = Array.from(document.querySelectorAll('a[href^="#"]'));
  for (const a of links) { const id = decodeURIComponent(a.getAttribute('href').slice(1));
    if (!document.getElementById(id)) broken.push(a.getAttribute('href')); }
  const nav = document.querySelector('nav.toc');
  window.scrollTo(0, document.body.scrollHeight);
  let navVisible = false;
  if (nav) { const r = nav.getBoundingClientRect(); navVisible = r.bottom > 0 && r.top < window.innerHeight && r.height > 0; }
  window.scrollTo(0, 0);
  const keys = Array.from(document.querySelectorAll('.key'));
  const brokenKeys = keys.filter(k => getComputedStyle(k).whiteSpace !== 'nowrap' || k.getClientRects().length > 1
    || (k.tagName === 'TH' && k.scrollWidth > k.clientWidth + 1)).map(k => k.textContent.trim()).slice(0, 10);
  const theads = Array.from(document.querySelectorAll('thead')).map(t => getComputedStyle(t).display);
  const headingBreaks = Array.from(document.querySelectorAll('h2, h3')).map(h => getComputedStyle(h).breakAfter);
  return JSON.stringify({keys: keys.length, broken_keys: brokenKeys,
    thead_display: Array.from(new Set(theads)), heading_break_after: Array.from(new Set(headingBreaks)),page_overflow: document.documentElement.scrollWidth > window.innerWidth,
    page_width: document.documentElement.scrollWidth, wide_tables: wide, broken_links: broken,
    links: links.length, nav_visible_at_end: navVisible, low_contrast: low});
})()
"""


class Chromium:
    """One headless Chromium process, spoken to over the DevTools pipe."""

    def __init__(self, user_data_dir: Path, binary: str | None = None) -> None:
        binary = binary or require("chromium", "chromium-browser")
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        # move the child's ends out of the way, so dup2 to 3 and 4 cannot clobber them
        child_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_browser_r)
        os.close(from_browser_w)

        def wire_fds() -> None:  # runs in the child before exec
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        self.proc = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=wire_fds,
            close_fds=False,  # fds 3 and 4 must survive; Python's own fds are not inheritable anyway
        )
        os.close(child_r)
        os.close(child_w)
        self._out = os.fdopen(to_browser_w, "wb", buffering=0)
        self._in = os.fdopen(from_browser_r, "rb", buffering=0)
        self._next_id = 0
        self._messages: queue.Queue = queue.Queue()
        self.events: list[dict] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._stderr: list[bytes] = []
        self._err_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._err_reader.start()

    def _read(self) -> None:
        buf = b""
        while True:
            chunk = self._in.read(65536)
            if not chunk:
                self._messages.put(None)
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                self._messages.put(json.loads(raw))

    def _read_stderr(self) -> None:
        for line in self.proc.stderr:
            self._stderr.append(line)

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 60) -> dict:
        self._next_id += 1
        msg = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self._out.write(json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._get(deadline, method)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _get(self, deadline: float, waiting_for: str) -> dict:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"Chromium did not answer {waiting_for}; stderr: {self.stderr[-2000:]}")
        try:
            msg = self._messages.get(timeout=left)
        except queue.Empty:
            raise TimeoutError(f"Chromium did not answer {waiting_for}; stderr: {self.stderr[-2000:]}") from None
        if msg is None:
            raise RuntimeError(f"Chromium exited (code {self.proc.poll()}); stderr: {self.stderr[-2000:]}")
        return msg

    def wait_event(self, method: str, session: str, timeout: float = 60) -> dict:
        for ev in self.events:
            if ev.get("method") == method and ev.get("sessionId") == session:
                return ev
        deadline = time.monotonic() + timeout
        while True:
            ev = self._get(deadline, method)
            self.events.append(ev)
            if ev.get("method") == method and ev.get("sessionId") == session:
                return ev

    def drain(self, seconds: float) -> None:
        """Collect events that arrive within ``seconds`` (late console messages)."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                msg = self._messages.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return
            if msg is None:
                return
            self.events.append(msg)

    @property
    def stderr(self) -> str:
        return b"".join(self._stderr).decode(errors="replace")

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close", timeout=10)
                except Exception:  # noqa: BLE001 - closing anyway
                    pass
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()  # our own child, by its handle
            self.proc.wait()
        finally:
            for fh in (self._out, self._in):
                try:
                    fh.close()
                except OSError:
                    pass


def load_page(html_path: Path, profile_dir: Path, *, width: int = 1280, height: int = 1000, pdf: bool = False,
              media: str | None = None) -> PageReport:
    """Open ``html_path`` in headless Chromium; report console errors, requests, a screenshot."""
    url = html_path.resolve().as_uri()
    browser = Chromium(profile_dir)
    report = PageReport()
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            browser.send(f"{domain}.enable", session=session)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        if media:  # e.g. "print": measure the layout with the print style sheet
            browser.send("Emulation.setEmulatedMedia", {"media": media}, session=session)
        browser.send("Page.navigate", {"url": url}, session=session)
        browser.wait_event("Page.loadEventFired", session)
        browser.drain(0.5)
        info = browser.send(
            "Runtime.evaluate",
            {
                "expression": "JSON.stringify({title: document.title,"
                " headings: Array.from(document.querySelectorAll('h1,h2')).map(h => h.textContent.trim())})",
                "returnByValue": True,
            },
            session=session,
        )
        page = json.loads(info["result"]["value"])
        report.title, report.headings = page["title"], page["headings"]
        measured = browser.send("Runtime.evaluate", {"expression": LAYOUT_JS, "returnByValue": True}, session=session)
        report.layout = json.loads(measured["result"].get("value") or "{}")
        shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
        report.screenshot = base64.b64decode(shot["data"])
        if pdf:
            printed = browser.send(
                "Page.printToPDF",
                {"printBackground": True, "preferCSSPageSize": True, "paperWidth": 8.27, "paperHeight": 11.69},
                session=session,
                timeout=120,
            )
            report.pdf = base64.b64decode(printed["data"])
        browser.drain(0.2)
    finally:
        browser.close()

    for ev in browser.events:
        if ev.get("sessionId") != session:
            continue
        method, params = ev.get("method"), ev.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            report.console_errors.append(f"console.{params['type']}: {args}")
        elif method == "Runtime.exceptionThrown":
            report.console_errors.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            report.console_errors.append(f"log ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}")
        elif method == "Network.requestWillBeSent":
            req_url = params.get("request", {}).get("url", "")
            if req_url != url:
                report.requests.append(req_url)
    return report


def pdf_pages(data: bytes) -> int:
    """Pages in a PDF (counts page objects; good enough for the PDFs Chromium and LibreOffice write)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def soffice_to_pdf(source: Path, out_dir: Path, profile_dir: Path, timeout: int = 300) -> Path:
    """Convert a workbook to PDF with headless LibreOffice in a fresh profile; return the PDF."""
    soffice = require("soffice", "libreoffice")
    proc = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile_dir.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    pdf = out_dir / (source.stem + ".pdf")
    if proc.returncode != 0 or not pdf.exists():
        pytest.fail(f"LibreOffice could not convert {source.name} (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return pdf


def main(argv: list[str] | None = None) -> None:
    """Render a results.json and save a screenshot of its HTML report (docs/report-screenshot.png),
    or save a screenshot of an HTML page already written (the annual report, docs/annual-screenshot.png).

    PYTHONPATH=. python -m tests.report_browsers out/results.json docs/report-screenshot.png
    PYTHONPATH=. python -m tests.report_browsers out/annual/arsrapport_2025.html docs/annual-screenshot.png
    """
    import sys
    import tempfile

    from reports import HTML_NAME, load_results, render_reports

    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        raise SystemExit("usage: python -m tests.report_browsers RESULTS.json|PAGE.html SCREENSHOT.png")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        if args[0].endswith(".html"):
            page = Path(args[0])
        else:
            render_reports(load_results(args[0]), tmp_path, formats=("html",))
            page = tmp_path / HTML_NAME
        report = load_page(page, tmp_path / "profile", width=1200, height=1500)
    if report.console_errors or report.requests:
        raise SystemExit(f"page not clean: {report.console_errors} {report.requests}")
    from audit.io import atomic_write_bytes

    atomic_write_bytes(args[1], report.screenshot)
    print(f"wrote {args[1]}")


if __name__ == "__main__":
    main()

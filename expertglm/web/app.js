/* The page: /v1/match for expert cards and the subgraph, streaming /v1/chat/completions for the answer. */
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const KEY_STORE = "expertglm.apiKey";
  const ui = {
    question: $("question"), submit: $("submit"), reset: $("reset"), topK: $("top-k"), status: $("status"),
    error: $("error"), dialogue: $("dialogue"), experts: $("experts"), graph: $("graph"), legend: $("legend"),
    apiKey: $("api-key"), keyBox: $("key-box"), hint: $("followup-hint"),
  };
  let history = [];  // OpenAI-style messages of this conversation
  let busy = false;

  ui.apiKey.value = sessionStorage.getItem(KEY_STORE) || "";
  ui.apiKey.addEventListener("input", () => {
    const v = ui.apiKey.value.trim();
    if (v) sessionStorage.setItem(KEY_STORE, v); else sessionStorage.removeItem(KEY_STORE);
  });

  function headers() {
    const h = { "Content-Type": "application/json", Accept: "application/json, text/event-stream" };
    const key = (sessionStorage.getItem(KEY_STORE) || "").trim();
    if (key) h.Authorization = `Bearer ${key}`;
    return h;
  }

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function failure(res) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const data = await res.json();
      if (data && data.error && data.error.message) message = data.error.message;
    } catch (_) { /* not JSON */ }
    if (res.status === 401) message = `需要有效的 API 密钥：${message}`;
    if (res.status === 429) message = `请求过于频繁，请 ${res.headers.get("Retry-After") || "稍后"} 秒后再试（${message}）`;
    return new ApiError(res.status, message);
  }

  function showError(err) {
    ui.error.textContent = err.message || String(err);
    ui.error.hidden = false;
    if (err.status === 401) { ui.keyBox.open = true; ui.apiKey.focus(); }
  }

  function text(tag, content, cls) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (content !== undefined && content !== null) node.textContent = content;
    return node;
  }

  function tags(items, cls) {
    const dd = document.createElement("dd");
    if (!items.length) { dd.textContent = "—"; return dd; }
    for (const item of items) dd.appendChild(text("span", item, `tag ${cls}`));
    return dd;
  }

  const LEVEL = { "高": "high", "中": "medium", "低": "low" };

  /** Only http(s) links leave the page. */
  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch (_) { return null; }
  }

  /** The sources of an expert's facts: each with its snippet, linking out where the source has a web page. */
  function citations(items) {
    const box = document.createElement("details");
    box.className = "citations";
    box.appendChild(text("summary", `来源（${items.length}）`));
    const ol = document.createElement("ol");
    for (const c of items) {
      const li = document.createElement("li");
      li.className = "citation";
      const url = c.url && safeUrl(c.url);
      const label = c.title || c.ref || c.key;
      if (url) {
        const a = text("a", label);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        li.appendChild(a);
      } else li.appendChild(text("span", label, "source-title"));
      if (c.ref) li.appendChild(text("span", ` ${c.ref}`, "source-ref"));
      for (const f of c.facts || []) {
        const q = text("blockquote", f.snippet || "");
        q.prepend(text("b", `${f.fact}：`));
        li.appendChild(q);
      }
      ol.appendChild(li);
    }
    box.appendChild(ol);
    return box;
  }

  /** The engineer's numbers behind a match, folded away. */
  function details(d) {
    const box = document.createElement("details");
    box.className = "match-details";
    box.appendChild(text("summary", "技术细节"));
    const lines = [`融合分 ${Number(d.score).toFixed(4)}`, `排名 ${d.rank}`, `相关概率 ${Number(d.probability).toFixed(2)}`]
      .concat(d.reasons || []);
    const ul = text("ul", null, "detail-lines");
    for (const l of lines) ul.appendChild(text("li", l));
    box.appendChild(ul);
    return box;
  }

  /** What the cards cannot say by themselves: weak matches, and requirements of the problem no card meets. */
  function notices(data) {
    const notes = [];
    if (data.related === false) notes.push("这些专家的资料里没有问题中的词语，与问题可能并不相关，仅供参考。");
    const unrecorded = [];
    for (const r of data.requirements || []) {
      if (r.kind === "unrecorded") unrecorded.push(r.text);
      else if (!(r.met_by || []).length) notes.push(`您提出的要求「${r.text}」：与问题相关的专家中没有符合的。`);
    }
    if (unrecorded.length) notes.push(`知识图谱不记录专家的${unrecorded.join("、")}，无法按这些条件筛选。`);
    return notes;
  }

  function renderExperts(experts, data = {}) {
    ui.experts.replaceChildren();
    if (!experts.length) {
      ui.experts.appendChild(text("p", "知识图谱中暂未找到匹配的专家，请换一种说法描述问题。", "empty"));
      return;
    }
    for (const note of notices(data)) ui.experts.appendChild(text("p", note, "notice"));
    experts.forEach((e, i) => {
      const card = document.createElement("article");
      card.className = "expert-card";
      card.dataset.id = e.id;
      const h = text("h3", `${i + 1}. ${e.name}`);
      if (typeof e.strength === "number") {
        const badge = text("span", `匹配度 ${e.strength_label || ""} ${e.strength}`, `strength s-${LEVEL[e.strength_label] || "na"}`);
        badge.title = "由检索排名校准得到的相关概率（0–100），高≥60，中≥30";
        h.appendChild(badge);
      }
      card.appendChild(h);
      card.appendChild(text("p", [e.institution, e.title].filter(Boolean).join(" · ") || "单位、职称不详", "where"));
      const dl = document.createElement("dl");
      dl.append(text("dt", "研究方向"), tags(e.directions || [], "direction"));
      dl.append(text("dt", "所属学科"), tags(e.fields || [], "field"));
      dl.append(text("dt", "获奖"), tags((e.awards || []).map((a) => (a.year ? `${a.name}（${a.year}）` : a.name)), "award"));
      card.appendChild(dl);
      if (e.reasons && e.reasons.length) {
        const ul = text("ul", null, "reasons");
        for (const r of e.reasons) ul.appendChild(text("li", r));
        card.appendChild(ul);
      }
      if (e.citations && e.citations.length) card.appendChild(citations(e.citations));
      if (e.details) card.appendChild(details(e.details));
      ui.experts.appendChild(card);
    });
  }

  /** The 推荐人数 selector: one number for the cards (/v1/match) and the answer (chat). */
  function topK() { return Number(ui.topK.value) || 5; }

  async function match(query) {
    const res = await fetch("/v1/match", {
      method: "POST", headers: headers(), body: JSON.stringify({ query, top_k: topK() }),
    });
    if (!res.ok) throw await failure(res);
    const data = await res.json();
    renderExperts(data.experts || [], data);
    const drawn = ExpertGraph.draw(ui.graph, data.subgraph, ui.legend);
    ui.graph.dataset.nodes = String(drawn.nodes);
    return data;
  }

  /** Stream the answer into `target`; resolves with {content, ext} (ext: the `expertglm` extension field). */
  async function chat(messages, target) {
    const res = await fetch("/v1/chat/completions", {
      method: "POST", headers: headers(), body: JSON.stringify({ model: "expertglm", stream: true, messages, top_k: topK() }),
    });
    if (!res.ok) throw await failure(res);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "", content = "", ext = null, done = false;
    while (!done) {
      const chunk = await reader.read();
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        for (const line of event.split("\n")) {
          if (!line.startsWith("data:")) continue;
          const data = line.slice(5).trim();
          if (data === "[DONE]") { done = true; break; }
          const obj = JSON.parse(data);
          if (obj.error) throw new ApiError(500, obj.error.message || "服务器错误");
          const choice = obj.choices && obj.choices[0];
          if (choice && choice.delta && choice.delta.content) {
            content += choice.delta.content;
            target.textContent = content;
          }
          if (obj.expertglm) ext = obj.expertglm;
        }
      }
    }
    return { content, ext };
  }

  function addTurn(role, content) {
    const div = text("div", content, `turn ${role}`);
    ui.dialogue.appendChild(div);
    return div;
  }

  async function submit() {
    if (busy) return;
    const question = ui.question.value.trim();
    ui.error.hidden = true;
    if (!question) { showError(new Error("请先描述企业遇到的技术难题。")); ui.question.focus(); return; }
    busy = true;
    ui.submit.disabled = true;
    ui.status.textContent = "正在检索知识图谱并生成回答…";
    const followUp = history.length > 0;
    addTurn("user", question);
    const answer = addTurn("assistant", "");
    answer.classList.add("pending");
    const messages = history.concat([{ role: "user", content: question }]);
    const tasks = [chat(messages, answer)];
    if (!followUp) tasks.push(match(question));
    try {
      const [{ content, ext }] = await Promise.all(tasks);
      answer.classList.remove("pending");
      if (!content) answer.textContent = "（没有回答）";
      if (ext && ext.grounding && ext.grounding.dropped && ext.grounding.dropped.length) {
        answer.appendChild(text("span", `已移除图谱无法证实的内容：${ext.grounding.dropped.join("、")}`, "note"));
      }
      if (ext && followUp) {
        if (ext.turn === "problem") await match(question);
        else if (ext.turn === "more" && ext.experts.length) renderExperts(ext.experts);
      }
      if (ext) ExpertGraph.highlight(ui.graph, ext.experts.map((e) => e.id));
      history = messages.concat([{ role: "assistant", content }]);
      ui.question.value = "";
      ui.reset.hidden = false;
      ui.hint.hidden = false;
      ui.status.textContent = "完成";
    } catch (err) {
      answer.classList.remove("pending");
      if (!answer.textContent) answer.remove();
      showError(err);
      ui.status.textContent = "";
    } finally {
      busy = false;
      ui.submit.disabled = false;
    }
  }

  function reset() {
    history = [];
    ui.dialogue.replaceChildren();
    ui.experts.replaceChildren(text("p", "提交问题后在此显示专家卡片。", "empty"));
    ui.graph.replaceChildren();
    ui.legend.replaceChildren();
    ui.reset.hidden = true;
    ui.hint.hidden = true;
    ui.error.hidden = true;
    ui.status.textContent = "";
    ui.question.focus();
  }

  ui.submit.addEventListener("click", submit);
  ui.reset.addEventListener("click", reset);
  ui.question.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) submit();
  });
})();

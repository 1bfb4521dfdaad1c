/* A small hand-written force layout drawing the grounding subgraph as SVG (no libraries, no network). */
"use strict";

const ExpertGraph = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const KINDS = {
    Expert: { name: "专家", color: "#2563eb", r: 15 },
    Direction: { name: "研究方向", color: "#16a34a", r: 9 },
    Field: { name: "学科", color: "#9333ea", r: 10 },
    Institution: { name: "单位", color: "#ea580c", r: 10 },
    Award: { name: "奖项", color: "#ca8a04", r: 8 },
  };
  const EDGES = {
    WORKS_ON: { name: "研究", color: "#16a34a", dash: "" },
    IN_FIELD: { name: "学科", color: "#9333ea", dash: "4 3" },
    AFFILIATED_WITH: { name: "任职", color: "#ea580c", dash: "" },
    RECEIVED: { name: "获奖", color: "#ca8a04", dash: "2 3" },
    PART_OF: { name: "方向属于学科", color: "#94a3b8", dash: "6 3" },
  };
  const OTHER = { name: "其他", color: "#64748b", r: 8, dash: "" };
  const kind = (label) => KINDS[label] || OTHER;
  const edgeKind = (type) => EDGES[type] || OTHER;

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  /** Positions for nodes by a few hundred steps of repulsion + springs + gravity (deterministic start). */
  function layout(nodes, edges, width, height) {
    const n = nodes.length;
    const index = new Map(nodes.map((d, i) => [d.id, i]));
    const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.type])
      .filter(([a, b]) => a !== undefined && b !== undefined);
    const experts = nodes.filter((d) => d.label === "Expert");
    const cx = width / 2, cy = height / 2;
    // experts on a circle, their facts around them; a fixed pseudo-random jitter keeps runs identical
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
    const ring = Math.min(width, height) * 0.28;
    const pos = nodes.map(() => ({ x: cx + rand() * width * 0.6, y: cy + rand() * height * 0.6, vx: 0, vy: 0 }));
    experts.forEach((d, k) => {
      const a = (2 * Math.PI * k) / Math.max(1, experts.length);
      const p = pos[index.get(d.id)];
      p.x = cx + ring * Math.cos(a) * (experts.length > 1 ? 1 : 0);
      p.y = cy + ring * Math.sin(a) * (experts.length > 1 ? 1 : 0);
    });
    for (const [a, b] of links) {  // start facts next to the first expert that links to them
      if (nodes[a].label === "Expert" && nodes[b].label !== "Expert") {
        pos[b].x = pos[a].x + rand() * 80; pos[b].y = pos[a].y + rand() * 80;
      }
    }
    const degree = new Array(n).fill(0);
    for (const [a, b] of links) { degree[a]++; degree[b]++; }
    const repulse = 2600, spring = 0.04, gravity = 0.012;
    const steps = 320;
    for (let step = 0; step < steps; step++) {
      const alpha = 1 - step / steps;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          let d2 = dx * dx + dy * dy;
          if (d2 < 0.01) { dx = rand(); dy = rand(); d2 = dx * dx + dy * dy + 0.01; }
          if (d2 > 250000) continue;
          const f = (repulse * alpha) / d2;
          const d = Math.sqrt(d2);
          pos[i].vx += (dx / d) * f; pos[i].vy += (dy / d) * f;
          pos[j].vx -= (dx / d) * f; pos[j].vy -= (dy / d) * f;
        }
      }
      for (const [a, b, type] of links) {
        const rest = type === "PART_OF" ? 70 : 90;
        const dx = pos[b].x - pos[a].x, dy = pos[b].y - pos[a].y;
        const d = Math.sqrt(dx * dx + dy * dy) || 1;
        const f = (d - rest) * spring * alpha;
        const wa = 1 / Math.max(1, degree[a] * 0.5), wb = 1 / Math.max(1, degree[b] * 0.5);
        pos[a].vx += (dx / d) * f * wa; pos[a].vy += (dy / d) * f * wa;
        pos[b].vx -= (dx / d) * f * wb; pos[b].vy -= (dy / d) * f * wb;
      }
      for (const p of pos) {
        p.vx += (cx - p.x) * gravity * alpha; p.vy += (cy - p.y) * gravity * alpha;
        const speed = Math.hypot(p.vx, p.vy), cap = 30;
        if (speed > cap) { p.vx *= cap / speed; p.vy *= cap / speed; }
        p.x += p.vx; p.y += p.vy;
        p.vx *= 0.6; p.vy *= 0.6;
      }
    }
    return pos;
  }

  function legend(container, nodes, edges) {
    container.replaceChildren();
    const labels = new Set(nodes.map((d) => d.label));
    const types = new Set(edges.map((e) => e.type));
    for (const [label, k] of Object.entries(KINDS)) {
      if (!labels.has(label)) continue;
      const item = document.createElement("span");
      const sw = document.createElement("span");
      sw.className = "swatch"; sw.style.background = k.color;
      item.append(sw, k.name);
      container.appendChild(item);
    }
    for (const [type, k] of Object.entries(EDGES)) {
      if (!types.has(type)) continue;
      const item = document.createElement("span");
      const sw = document.createElement("span");
      sw.className = "edge-swatch";
      sw.style.borderTop = `2px ${k.dash ? "dashed" : "solid"} ${k.color}`;
      item.append(sw, k.name);
      container.appendChild(item);
    }
  }

  /** Draw `subgraph` ({nodes:[{id,label,name}], edges:[{source,target,type}]}) into `svg`. */
  function draw(svg, subgraph, legendBox) {
    const nodes = (subgraph && subgraph.nodes) || [];
    const ids = new Set(nodes.map((d) => d.id));
    const edges = ((subgraph && subgraph.edges) || []).filter((e) => ids.has(e.source) && ids.has(e.target));
    svg.replaceChildren();
    if (legendBox) legend(legendBox, nodes, edges);
    const width = 800, height = 560;
    if (!nodes.length) {
      const t = el("text", { x: width / 2, y: height / 2, "text-anchor": "middle", fill: "#616e7c" }, svg);
      t.textContent = "没有可显示的子图";
      return { nodes: 0, edges: 0 };
    }
    const pos = layout(nodes, edges, width, height);
    // fit the layout into the view box
    const pad = 40;
    const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
    const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
    const scale = Math.min((width - 2 * pad) / Math.max(1, maxX - minX), (height - 2 * pad) / Math.max(1, maxY - minY), 1.6);
    for (const p of pos) {
      p.x = pad + (p.x - minX) * scale + (width - 2 * pad - (maxX - minX) * scale) / 2;
      p.y = pad + (p.y - minY) * scale + (height - 2 * pad - (maxY - minY) * scale) / 2;
    }
    const index = new Map(nodes.map((d, i) => [d.id, i]));
    const edgeLayer = el("g", { class: "edges" }, svg);
    const nodeLayer = el("g", { class: "nodes" }, svg);
    const lines = edges.map((e) => {
      const k = edgeKind(e.type);
      const line = el("line", { class: `edge ${e.type}`, stroke: k.color, "data-type": e.type }, edgeLayer);
      if (k.dash) line.setAttribute("stroke-dasharray", k.dash);
      const title = el("title", {}, line);
      title.textContent = `${k.name}（${e.type}）`;
      return { line, a: index.get(e.source), b: index.get(e.target) };
    });
    const groups = nodes.map((d, i) => {
      const k = kind(d.label);
      const g = el("g", { class: `node ${d.label}`, "data-id": d.id, "data-label": d.label }, nodeLayer);
      el("circle", { r: k.r, fill: k.color }, g);
      const text = el("text", { x: k.r + 3, y: 4 }, g);
      const name = d.name || d.id;
      text.textContent = name.length > 14 ? name.slice(0, 13) + "…" : name;
      const title = el("title", {}, g);
      title.textContent = `${k.name}：${name}`;
      g.addEventListener("pointerdown", (ev) => startDrag(ev, i));
      return g;
    });
    function place() {
      groups.forEach((g, i) => g.setAttribute("transform", `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`));
      for (const { line, a, b } of lines) {
        line.setAttribute("x1", pos[a].x.toFixed(1)); line.setAttribute("y1", pos[a].y.toFixed(1));
        line.setAttribute("x2", pos[b].x.toFixed(1)); line.setAttribute("y2", pos[b].y.toFixed(1));
      }
    }
    function toSvg(ev) {
      const pt = svg.createSVGPoint();
      pt.x = ev.clientX; pt.y = ev.clientY;
      return pt.matrixTransform(svg.getScreenCTM().inverse());
    }
    function startDrag(ev, i) {
      ev.preventDefault();
      const move = (e) => { const p = toSvg(e); pos[i].x = p.x; pos[i].y = p.y; place(); };
      const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    }
    place();
    return { nodes: nodes.length, edges: edges.length };
  }

  function highlight(svg, expertIds) {
    const want = new Set((expertIds || []).map((id) => `Expert:${id}`));
    for (const g of svg.querySelectorAll(".node.Expert")) g.classList.toggle("highlight", want.has(g.dataset.id));
  }

  return { draw, highlight, layout, KINDS, EDGES };
})();

"""Chat-user commands: match a problem to experts, ask for a grounded answer, chat, serve the HTTP API."""

from __future__ import annotations

import re
import sys
from typing import Annotated

import typer

from errors import UsageError
from expertglm import runtime
from expertglm.config import Settings
from retrieval.requirements import describe

BACKEND_HELP = "grounded, hf or openai (default EXPERTGLM_BACKEND)."


def text_argument(value: str, what: str) -> str:
    """`value` unchanged when it is valid text; else a UsageError naming `what`. Bytes of the command line that are
    not UTF-8 arrive as surrogate escapes, which no tokenizer, model or graph query can take."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start]
        if "\udc80" <= bad <= "\udcff":
            raise UsageError(f"{what} is not valid UTF-8 text (byte 0x{ord(bad) - 0xdc00:02x} at character "
                             f"{exc.start + 1}): pass it in UTF-8") from None
        raise UsageError(f"{what} is not valid text (character {exc.start + 1})") from None
    return value


def strength_text(expert) -> str:
    """匹配度 高 82 (the calibrated strength), or the raw score where there is none."""
    if expert.strength is None:
        return f"score {expert.score:.4f}"
    return f"匹配度 {expert.strength_label} {expert.strength}"


def print_match(result, verbose: bool = False) -> None:
    """A MatchResult as the terminal shows it: rank, name, institution, strength, facts, reasons and sources;
    `verbose` adds the engineer's numbers (fused score, rank, P(relevant), retriever reasons)."""
    for rank, expert in enumerate(result.experts, 1):
        awards = "、".join(f"{a.name}（{a.year}）" if a.year else a.name for a in expert.awards) or "—"
        typer.echo(f"{rank}. {expert.name}（{expert.institution or '—'}，{expert.title or '—'}）  {strength_text(expert)}")
        typer.echo(f"   学科：{'、'.join(expert.fields) or '—'}；研究方向：{'、'.join(expert.directions) or '—'}")
        typer.echo(f"   获奖：{awards}")
        for reason in expert.reasons:
            typer.echo(f"   · {reason}")
        for c in expert.citations:
            where = c.url or (f"批准号 {c.ref}" if c.ref else c.key)
            typer.echo(f"   [来源] {c.title or c.key}：{where}")
            if verbose:
                for f in c.facts:
                    typer.echo(f"      {f.fact} ← {f.snippet}")
        if verbose and expert.details:
            d = expert.details
            typer.echo(f"   [细节] 融合分 {d['score']:.4f}，排名 {d['rank']}，相关概率 {d['probability']:.2f}")
            for reason in d.get("reasons") or []:
                typer.echo(f"      {reason}")
    if not result.experts:
        typer.echo("no matching expert found")
    elif not result.related:
        typer.echo("注意：这些专家的资料里没有问题中的词语，与问题可能并不相关，仅供参考")
    for requirement in result.requirements:
        met = [e.name for e in result.experts if e.id in requirement.met_by]
        typer.echo(f"要求 {describe(requirement)}：" + (f"符合的有{'、'.join(met)}" if met else "与问题相关的专家中没有符合的"))


def match(
    query: Annotated[str, typer.Argument(help="The enterprise's problem, in its own words.")],
    top_k: Annotated[int, typer.Option("--top-k", "-k", min=1, max=100, help="How many experts.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print the match JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also print scores, ranks and the snippets of sources.")] = False,
) -> None:
    """Find the experts for a problem, with match strength, reasons, sources and the grounding subgraph."""
    text_argument(query, "the query")
    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        retriever, warning = runtime.retriever(settings, store)
        result = retriever.match(query, top_k=top_k)
    if warning:
        result.warnings.insert(0, warning)
    for w in result.warnings:
        typer.echo(f"warning: {w}", err=True)
    if as_json:
        typer.echo(result.model_dump_json(indent=2, exclude={"warnings"}))
    else:
        print_match(result, verbose)


VERBOSE_GUARD_HELP = "Also print on stderr each sentence the guard removed, and why."


def report_grounding(answer, detailed: bool = False) -> None:
    """What the guard removed, on stderr: how many sentences, and with `detailed` each removed sentence, then one line
    per claim (kind, expert, reason) — for an operator: a chat user's terminal shows stderr too, and a removed
    sentence is the false claim the guard kept from them (rt100)."""
    g = answer.grounding
    removed = [s for s in g.sentences if not s.kept]
    if not removed and not g.dropped:
        return
    names = {e.id: e.name for e in answer.experts}
    n = len(removed) or len(g.dropped)
    if not detailed:  # a note the user reads, in the answer's language (testers read "[guard] removed …" as an
        # internal notice, rt104)
        typer.echo(f"（已略去{n}处知识图谱无法核实的内容）" if re.search(r"[\u4e00-\u9fff]", answer.text or "")
                   else f"({n} statement(s) the knowledge graph could not support left out)", err=True)
        return
    said = f"{len(removed)} unsupported sentence(s)" if removed else f"{len(g.dropped)} unsupported claim(s)"
    typer.echo(f"[guard] removed {said}" + ("（已改用图谱答案）" if g.fell_back else ""), err=True)
    for sentence in removed:
        typer.echo(f"[guard] - {sentence.text}", err=True)
        for c in sentence.claims:
            who = names.get(c.expert_id, c.expert_id) if c.expert_id else "no retrieved expert"
            mark = "ok" if c.supported else "UNSUPPORTED"
            typer.echo(f"[guard]     {mark} {c.kind} 「{c.text}」 about {who}: {c.reason}", err=True)
    if not removed:  # a report without sentence verdicts: the flat list
        typer.echo(f"[guard] removed unsupported: {'、'.join(g.dropped)}", err=True)


def ask(
    question: Annotated[str, typer.Argument(help="The enterprise's problem or question.")],
    backend: Annotated[str | None, typer.Option(help=BACKEND_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer with experts and grounding as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help=VERBOSE_GUARD_HELP)] = False,
) -> None:
    """Answer one question with grounded expert recommendations."""
    text_argument(question, "the question")
    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        answer = runtime.answerer(settings, store, backend).answer(question)
    if as_json:
        typer.echo(answer.model_dump_json(indent=2, exclude={"match"}))
        return
    typer.echo(answer.text)
    report_grounding(answer, verbose)


def chat(backend: Annotated[str | None, typer.Option(help=BACKEND_HELP)] = None,
         verbose: Annotated[bool, typer.Option("--verbose", "-v", help=VERBOSE_GUARD_HELP)] = False) -> None:
    """Interactive chat; follow-ups such as 还有别的专家吗？ or 他获得过什么奖？ refer to the conversation.

    A failed turn (a question with no words, a backend error) prints one line and the chat goes on.
    """
    from errors import ExpertGLMError, GraphUnavailable
    from generation.conversation import Conversation
    from generation.models import Answer

    settings = Settings.from_env()
    with runtime.open_store(settings) as store:
        answerer = runtime.answerer(settings, store, backend)
        conversation = Conversation()
        typer.echo("描述您的技术难题（空行或 Ctrl-D 退出）")
        while True:
            try:
                question = input("> ").strip()
            except EOFError:
                break
            if not question or question in ("exit", "quit", "退出"):
                break
            try:
                text_argument(question, "the question")
                for piece in answerer.stream(question, conversation):
                    if isinstance(piece, Answer):
                        sys.stdout.write("\n")
                        report_grounding(piece, verbose)
                    else:
                        sys.stdout.write(piece)
                        sys.stdout.flush()
            except GraphUnavailable:
                raise
            except ExpertGLMError as exc:
                typer.echo(f"\nerror: {exc}", err=True)


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 for all).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the web page, /v1/match and an OpenAI-compatible /v1/chat/completions (EXPERTGLM_API_KEY to require a key)."""
    from expertglm.server import serve as run_server

    run_server(host, port, Settings.from_env())


def register(app: typer.Typer) -> None:
    app.command("match")(match)
    app.command("ask")(ask)
    app.command("chat")(chat)
    app.command("serve")(serve)

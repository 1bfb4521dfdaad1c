"""The `Allow` header of a path: the methods its routes really take, for OPTIONS and for 405 answers."""

from __future__ import annotations

from typing import Any

from starlette.routing import Match, Mount

_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
_PROBED = ("GET", "POST", "PUT", "PATCH", "DELETE")  # HEAD and OPTIONS are the gate's


def allowed_methods(app: Any, scope: dict[str, Any]) -> str | None:
    """"GET, HEAD, OPTIONS"-style list of the methods the routes of `app` take at the path of `scope` (HEAD with
    GET, and OPTIONS: the gate answers both); None when no route has that path. Each method is asked of the routes
    as the router would be, so included routers count; a mount of static files takes GET and HEAD."""
    # a 405 raised inside a mount carries the mount's root_path: match from the app's own
    probe = {**scope, "type": "http", "root_path": scope.get("app_root_path", scope.get("root_path", ""))}
    methods = _methods(getattr(getattr(app, "router", None), "routes", ()), probe)
    if not methods:
        return None
    if "GET" in methods:
        methods.add("HEAD")
    methods.add("OPTIONS")
    return ", ".join(m for m in _ORDER if m in methods)


def _methods(routes: Any, scope: dict[str, Any]) -> set[str]:
    """The methods of _PROBED that one of `routes` takes at the path of `scope`."""
    methods: set[str] = set()
    for route in routes:
        if isinstance(route, Mount):
            matched, child = route.matches(scope)
            if matched != Match.NONE:
                inner = getattr(route.app, "routes", None)  # a mounted router; else an app such as StaticFiles
                methods |= _methods(inner, {**scope, **child}) if inner is not None else {"GET", "HEAD"}
            continue
        methods |= {m for m in _PROBED if route.matches({**scope, "method": m})[0] == Match.FULL}
    return methods

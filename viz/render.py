"""Self-contained interactive HTML from a provenance graph, and PNG pictures of it.

pyvis holds the nodes, edges and vis-network options; the page is our own template, because
pyvis's ``in_line`` mode still links Bootstrap from a CDN and its popup writes titles with
``innerHTML`` whenever they contain "href". Here vis-network (the build pyvis ships) and all
styles are inlined, a Content-Security-Policy forbids any network access, the data is JSON
with ``<``, ``>`` and ``&`` escaped so no text can close the script element, and tooltips
are built from text nodes. Above ``max_nodes`` the graph is summarised and the page says so.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import networkx as nx
from provgraph.loaders.errors import ProvgraphError

STYLE = {
    "Claim": {"color": "#f2c14e", "shape": "box"},
    "Quote": {"color": "#7fb7be", "shape": "ellipse"},
    "Source": {"color": "#d3756b", "shape": "diamond"},
    "Outlet": {"color": "#8e7dbe", "shape": "hexagon"},
    "Person": {"color": "#9bc53d", "shape": "dot"},
    "More": {"color": "#cccccc", "shape": "box"},
}
DEFAULT_MAX_NODES = 400
TOP_SOURCES = 40
LARGE = 300  # nodes above which the page draws first and settles in view


class VizError(ProvgraphError):
    pass


def summarise(g: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES) -> tuple[nx.MultiDiGraph, str | None]:
    """A readable graph under ``max_nodes``: claims folded into their articles, then only the
    most-cited sources kept, the rest behind a "+N more" node."""
    if g.number_of_nodes() <= max_nodes:
        return g, None
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        if d["kind"] != "Claim":
            h.add_node(n, **d)
    for a, b, k, d in g.edges(keys=True, data=True):
        if g.nodes[a]["kind"] == "Claim" or g.nodes[b]["kind"] == "Claim":
            continue
        h.add_edge(a, b, key=k, **d)
    for claim, cd in g.nodes(data=True):
        if cd["kind"] != "Claim":
            continue
        makers = [a for a, _ in g.in_edges(claim)]
        for maker in makers:
            for _, target, d in g.out_edges(claim, data=True):
                key = f"{d['kind']}-{target}"
                if not h.has_edge(maker, target, key=key):
                    h.add_edge(maker, target, key=key, kind=d["kind"], label=d["kind"])
    note = f"Summarised: {g.number_of_nodes()} nodes are more than {max_nodes}; claims are folded into their articles."
    if h.number_of_nodes() > max_nodes:
        sources = sorted((n for n, d in h.nodes(data=True) if d["kind"] == "Source" and not d.get("origin")),
                         key=lambda n: h.in_degree(n), reverse=True)  # fmt: skip
        drop = sources[TOP_SOURCES:]
        h.remove_nodes_from(drop)
        h.remove_nodes_from([n for n in list(h.nodes) if h.degree(n) == 0 and h.nodes[n]["kind"] != "Source"])
        more = f"+{len(drop)} more sources"
        h.add_node("more", kind="More", label=more, tip=[("summary", f"{len(drop)} less-cited sources are not drawn")])
        note += f" Only the {TOP_SOURCES} most-cited sources are drawn ({more})."
    return h, note


PLACEHOLDER = re.compile(r"__(TITLE|CAPTION|NOTICE|LEGEND|VIS_CSS|DATA|VIS_JS)__")


def render_html(
    g: nx.MultiDiGraph,
    title: str = "provgraph",
    caption: str = "",
    layout: str = "force",
    max_nodes: int = DEFAULT_MAX_NODES,
) -> str:
    """One self-contained HTML page (no network needed, nothing executed from the data)."""
    from pyvis.network import Network

    g, notice = summarise(g, max_nodes)
    net = Network(directed=True)
    for n, d in g.nodes(data=True):
        style = STYLE.get(d["kind"], STYLE["More"])
        kind = d["kind"] if d["kind"] in STYLE else "More"
        node = {"label": d.get("label") or str(n), "group": kind, "shape": style["shape"], "tip": d.get("tip", [])}
        node["color"] = style["color"]
        if d.get("origin"):
            node.update(borderWidth=5, size=30, font={"size": 18})
            node["color"] = {"background": style["color"], "border": "#b00020", "highlight": {"border": "#b00020"}}
            node["tip"] = [("origin", "earliest report this rests on"), *node["tip"]]
        if d.get("url"):
            node["url"] = d["url"]
        net.add_node(str(n), **node)
    for a, b, d in g.edges(data=True):
        net.add_edge(str(a), str(b), label=d.get("label", d.get("kind", "")), font={"size": 10, "align": "middle"}, tip=d.get("tip", []))
    options = {
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "smooth": {"type": "continuous"}, "color": {"color": "#999"}},
        "nodes": {"font": {"size": 13}},
        "groups": {k: {"color": v["color"], "shape": v["shape"]} for k, v in STYLE.items()},
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 250, "updateInterval": 50}},
    }
    if g.number_of_nodes() > LARGE:
        # big pictures: draw at once and let the layout settle on screen, rather than make the
        # reader wait for a hidden stabilisation (and vis's costly improvedLayout pass)
        options["layout"] = {"improvedLayout": False}
        options["physics"] = {"solver": "barnesHut", "stabilization": {"enabled": False},
                              "barnesHut": {"gravitationalConstant": -3000, "springLength": 120}}  # fmt: skip
        options["edges"]["smooth"] = False
    if layout == "layered":
        options["layout"] = {"hierarchical": {"direction": "RL", "sortMethod": "directed", "levelSeparation": 220, "nodeSpacing": 90}}
        options["physics"] = {"enabled": False}
    net.set_options(json.dumps(options))
    nodes, edges, *_rest, options_json = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options_json)}
    legend = "".join(
        f'<span style="--c:{s["color"]}">{k}</span>' for k, s in STYLE.items() if k != "More"
    ) + '<span style="--c:#b00020">origin (red border)</span>'
    template = resources.files(__package__).joinpath("templates/page.html").read_text(encoding="utf-8")
    vis_dir = _vis_dir()
    values = {
        "TITLE": html.escape(title),
        "CAPTION": html.escape(caption),
        "NOTICE": html.escape(notice or ""),
        "LEGEND": legend,
        "VIS_CSS": (vis_dir / "vis-network.css").read_text(encoding="utf-8"),
        "DATA": safe_json(data),
        "VIS_JS": (vis_dir / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
    }
    # one pass over the template: a value is never searched again, so words that spell a
    # placeholder ("__DATA__" in a trace's words) stay words
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def safe_json(value: object) -> str:
    """JSON that cannot end a <script> element or open an HTML comment."""
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))  # fmt: skip


def _vis_dir() -> Path:
    import pyvis

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def caption_for(what: str) -> str:
    return f"From: {what} — made {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with provgraph. Colour and shape show the node type; hover for the full text."


def write_html(g: nx.MultiDiGraph, path: str | Path, **kwargs) -> Path:
    path = Path(path)
    path.write_text(render_html(g, **kwargs), encoding="utf-8")
    return path


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise VizError("no Chromium found for --png (install Debian's chromium package)")


def write_png(html_path: str | Path, png_path: str | Path, width: int = 1400, height: int = 900) -> Path:
    """A static picture of the page through headless Chromium, for reports and slides."""
    png_path = Path(png_path).resolve()
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={profile}",
            f"--window-size={width},{height}", "--virtual-time-budget=8000", f"--screenshot={png_path}",
            Path(html_path).resolve().as_uri(),
        ]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not png_path.exists():
        raise VizError(f"Chromium could not take the screenshot: {done.stderr.strip()[-300:]}")
    return png_path

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
from provgraph.common import ProvgraphError

from .layout import COLUMN_WIDTH, ROW_HEIGHT, Layout, chronological

# node look by kind; a Source is drawn as an Article (read into the graph) or a Report (known
# only from citations), so what was read and what was only cited differ at a glance
STYLE = {
    "Article": {"color": "#4f7cac", "shape": "square"},
    "Report": {"color": "#d3756b", "shape": "diamond"},
    "Claim": {"color": "#f2c14e", "shape": "box"},
    "Quote": {"color": "#7fb7be", "shape": "ellipse"},
    "Outlet": {"color": "#8e7dbe", "shape": "hexagon"},
    "Person": {"color": "#9bc53d", "shape": "dot"},
    "More": {"color": "#cccccc", "shape": "box"},
}
# edge look by kind (colour, dashes): the kind is told by the line and the legend, and named in
# the tooltip, so no edge label lies over a node's
EDGE_STYLE: dict[str, tuple[str, list[int] | bool]] = {
    "MAKES": ("#9a9a9a", False),
    "CITES": ("#b00020", False),
    "FIRST_REPORTED_IN": ("#b00020", [10, 5]),
    "QUOTES": ("#3d8c95", False),
    "VARIANT_OF": ("#e08a00", [10, 5]),
    "SAID_BY": ("#6f9a1f", [4, 4]),
    "REPORTED_IN": ("#8e7dbe", [4, 4]),
    "PUBLISHED_BY": ("#8e7dbe", [2, 5]),
    "WRITTEN_BY": ("#6f9a1f", [2, 5]),
}
LAYOUTS = ("chronological", "force", "layered")
LABEL_WIDTH = 250  # px: a label wider than this wraps, and stays inside the layout's slot
LAYOUT_SEED = 7  # the force layout's seed: the same graph gives the same picture
DEFAULT_MAX_NODES = 400
TOP_SOURCES = 40
LARGE = 300  # nodes above which the page draws first and settles in view


def style_group(d: dict) -> str:
    if d["kind"] == "Source":
        return "Article" if d.get("loaded") else "Report"
    return d["kind"] if d["kind"] in STYLE else "More"


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


PLACEHOLDER = re.compile(r"__(TITLE|CAPTION|NOTICE|LEGEND|NOTES|VIS_CSS|DATA|VIS_JS)__")


def render_html(
    g: nx.MultiDiGraph,
    title: str = "provgraph",
    caption: str = "",
    layout: str = "chronological",
    max_nodes: int = DEFAULT_MAX_NODES,
) -> str:
    """One self-contained HTML page (no network needed, nothing executed from the data)."""
    if layout not in LAYOUTS:
        raise VizError(f"no layout {layout!r}; the layouts are: {', '.join(LAYOUTS)}")
    g, notice = summarise(g, max_nodes)
    placed = chronological(g) if layout == "chronological" else None
    notes = numbered_notes(g, placed)
    data = {**_network_data(g, layout, placed, notes), **_time_axis(g, placed)}
    template = resources.files(__package__).joinpath("templates/page.html").read_text(encoding="utf-8")
    vis_dir = _vis_dir()
    values = {
        "TITLE": html.escape(title),
        "CAPTION": html.escape(caption),
        "NOTICE": html.escape(notice or ""),
        "LEGEND": _legend(),
        "NOTES": "".join(f"<li value=\"{n}\">{html.escape(full)}</li>" for n, (_, full) in sorted(notes.items())),
        "VIS_CSS": (vis_dir / "vis-network.css").read_text(encoding="utf-8"),
        "DATA": safe_json(data),
        "VIS_JS": (vis_dir / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
    }
    # one pass over the template: a value is never searched again, so words that spell a
    # placeholder ("__DATA__" in a trace's words) stay words
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def numbered_notes(g: nx.MultiDiGraph, placed: Layout | None) -> dict[int, tuple[str, str]]:
    """The cut labels, numbered in reading order (by column, then down): number -> (node,
    full text). The label carries its number and the page lists the full text under it, so a
    picture printed or pasted still says everything its labels cut."""
    cut = [n for n, d in g.nodes(data=True) if d.get("full")]
    if placed is not None:
        cut.sort(key=lambda n: (placed.positions[n][0], placed.positions[n][1], n))
    else:
        cut.sort()
    return {i: (n, g.nodes[n]["full"]) for i, n in enumerate(cut, start=1)}


def _network_data(g: nx.MultiDiGraph, layout: str, placed: Layout | None, notes: dict[int, tuple[str, str]]) -> dict:
    from pyvis.network import Network

    number = {n: i for i, (n, _) in notes.items()}
    net = Network(directed=True)
    for n, d in g.nodes(data=True):
        group = style_group(d)
        style = STYLE[group]
        label = d.get("label") or str(n)
        node = {"label": f"#{number[n]} {label}" if n in number else label, "group": group, "shape": style["shape"],
                "tip": d.get("tip", []), "color": style["color"]}  # fmt: skip
        if d.get("full"):
            node["tip"] = [("full text", d["full"]), *node["tip"]]
        if d.get("origin"):
            node.update(borderWidth=5, size=30)
            node["color"] = {"background": style["color"], "border": "#b00020", "highlight": {"border": "#b00020"}}
            node["tip"] = [("origin", "earliest report this rests on"), *node["tip"]]
        if d.get("url"):
            node["url"] = d["url"]
        if placed is not None:
            node["x"], node["y"] = placed.positions[n]
        net.add_node(str(n), **node)
    for a, b, d in g.edges(data=True):
        kind = d.get("kind", "")
        if placed is not None and kind == "MAKES":
            continue  # the column says which article makes a claim: no line down through its claims
        colour, dashes = EDGE_STYLE.get(kind, ("#999999", False))
        tip = [("link", d.get("label") or kind), *d.get("tip", [])]
        net.add_edge(str(a), str(b), color={"color": colour}, dashes=dashes, tip=tip)
    net.set_options(json.dumps(_options(layout, g.number_of_nodes())))
    nodes, edges, *_rest, options_json = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options_json)}


def _options(layout: str, size: int) -> dict:
    options: dict = {
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "smooth": {"type": "continuous"}, "width": 1.5},
        "nodes": {"font": {"size": 14, "background": "rgba(255,255,255,0.85)"}, "widthConstraint": {"maximum": LABEL_WIDTH}},
        "groups": {k: {"color": v["color"], "shape": v["shape"]} for k, v in STYLE.items()},
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": size <= LARGE},
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 250, "updateInterval": 50}},
    }
    if layout == "chronological":
        options["physics"] = {"enabled": False}
        options["edges"]["smooth"] = {"type": "curvedCW", "roundness": 0.12}
    elif layout == "layered":
        options["layout"]["hierarchical"] = {"direction": "RL", "sortMethod": "directed", "levelSeparation": 260, "nodeSpacing": 110}
        options["physics"] = {"enabled": False}
    elif size > LARGE:
        # big pictures: draw at once and let the layout settle on screen, rather than make the
        # reader wait for a hidden stabilisation
        options["physics"] = {"solver": "barnesHut", "stabilization": {"enabled": False},
                              "barnesHut": {"gravitationalConstant": -3000, "springLength": 120}}  # fmt: skip
        options["edges"]["smooth"] = False
    return options


def _time_axis(g: nx.MultiDiGraph, placed: Layout | None) -> dict:
    """What the page draws behind the nodes of a chronological picture: the date axis, and a
    panel behind each article's column."""
    if placed is None:
        return {"axis": None}
    columns = [{"x": t.x, "label": t.label, "width": t.width, "bottom": t.bottom} for t in placed.ticks]
    return {"axis": {"y": placed.axis_y, "columns": columns, "width": COLUMN_WIDTH, "row": ROW_HEIGHT}}


def _legend() -> str:
    nodes = "".join(f'<span class="node" style="--c:{s["color"]}">{k}</span>' for k, s in STYLE.items() if k != "More")
    edges = "".join(
        f'<span class="edge" style="--c:{colour};--d:{"dashed" if dashes else "solid"}">{kind.replace("_", " ").lower()}</span>'
        for kind, (colour, dashes) in EDGE_STYLE.items()
        if kind != "MAKES"
    )
    return nodes + '<span class="node" style="--c:#b00020">origin (red border)</span>' + edges


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


def picture_height(g: nx.MultiDiGraph, layout: str = "chronological", max_nodes: int = DEFAULT_MAX_NODES, base: int = 900) -> int:
    """The height a PNG needs so the numbered list of full labels under the graph is in it:
    the graph's own height, and the list's lines, in two columns of about 95 characters."""
    g, _ = summarise(g, max_nodes)
    notes = numbered_notes(g, chronological(g) if layout == "chronological" else None)
    lines = sum(1 + len(full) // NOTE_LINE_CHARS for _, full in notes.values())
    return base + (lines + 1) // 2 * NOTE_LINE_PX + 30


NOTE_LINE_CHARS = 95
NOTE_LINE_PX = 17


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

"""Interactive provenance pictures: networkx graphs (``provenance_graph``) rendered as
self-contained, offline, script-safe HTML pages (``render_html`` / ``write_html``) and PNGs.

In a notebook, ``show(g)`` displays the page inline.
"""

from .graph import provenance_graph
from .render import render_html, summarise, write_html, write_png


def show(g, **kwargs):
    """Display the page inline in Jupyter (an iframe with the page as srcdoc)."""
    import html

    from IPython.display import HTML

    page = render_html(g, **kwargs)
    return HTML(f'<iframe srcdoc="{html.escape(page)}" style="width:100%;height:640px;border:0"></iframe>')


__all__ = ["provenance_graph", "render_html", "show", "summarise", "write_html", "write_png"]

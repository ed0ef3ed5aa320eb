"""Read articles (plain text, HTML, Markdown) into typed documents.

>>> from provgraph.loaders import extract_file
>>> doc = extract_file("seeds/000_c664e1a50c41c880.txt")
>>> doc.quotes[0].speaker
"""

from .errors import ExtractionError, ProvgraphError
from .extract import extract_file, extract_raw, extract_text
from .model import Claim, Document, DocumentMeta, Marker, Quote, Reference, Warning

__all__ = [
    "Claim", "Document", "DocumentMeta", "ExtractionError", "Marker", "ProvgraphError", "Quote",
    "Reference", "Warning", "extract_file", "extract_raw", "extract_text",
]  # fmt: skip

"""Sphinx configuration for the newsfacts documentation.

Why Sphinx with MyST and furo: autodoc (with napoleon) reads the Google-style docstrings
the package already has, so the API reference cannot drift from the code; MyST keeps the
guide in Markdown like the README; and the guide's examples are doctests that pytest
runs with the rest of the suite.
"""

from __future__ import annotations

import newsfacts

project = "newsfacts"
author = "The newsfacts developers"
copyright = "2026, The newsfacts developers"  # noqa: A001 - Sphinx's own name
release = version = newsfacts.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build", "examples"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True  # attributes as fields: no duplicate entries beside the members
nitpicky = False

html_theme = "furo"
html_title = f"newsfacts {version}"

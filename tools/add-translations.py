#!/usr/bin/env python3
"""Append zh-CN → en-US pairs to SharedResource.en-US.resx, skipping keys already present.

Usage: python3 tools/add-translations.py FILE   (FILE: one pair per line, "中文<TAB>English"; - for stdin)
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

RESX = Path(__file__).resolve().parent.parent / "src" / "Shebao.Web" / "Resources" / "SharedResource.en-US.resx"

source = sys.stdin if len(sys.argv) < 2 or sys.argv[1] == "-" else open(sys.argv[1], encoding="utf-8")
text = RESX.read_text(encoding="utf-8")
added = []
for line in source:
    line = line.rstrip("\n")
    if not line.strip():
        continue
    key, value = line.split("\t", 1)
    if f"<data name={quoteattr(key)} " in text:
        continue
    added.append(f'  <data name={quoteattr(key)} xml:space="preserve">\n    <value>{escape(value)}</value>\n  </data>\n')
text = text.replace("</root>", "".join(added) + "</root>")
RESX.write_text(text, encoding="utf-8")
print(f"{len(added)} added")

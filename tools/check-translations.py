#!/usr/bin/env python3
"""Check that every Chinese localisation key used by Shebao has an entry in
src/Shebao.Web/Resources/SharedResource.en-US.resx.

Keys are the zh-CN source texts. Scanned:
  * T["..."] / t["..."] in src/Shebao.Web/**/*.cshtml and *.cs, including the
    fallback in t[x ?? "..."];
  * DataAnnotations ErrorMessage = "..." and Display(Name = "...") in the Web project;
  * values passed to T[...] indirectly: RoleNames.Label, OrgKinds.Label, Gender.Label,
    Departments.Names, Categories.Names, GuideText.Tier/Review;
  * constant (non-interpolated) messages in Result.Invalid/Forbidden/Conflict,
    errors.Add(...), Result.cs defaults, IdNumber.Validate and ProfilePasswordValidator.Check.

Usage: python3 tools/check-translations.py [--stale]
Exit code 1 (and the missing keys printed) if anything is missing.
--stale also lists resx entries no longer found in the sources (informational).
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "src" / "Shebao.Web"
CORE = ROOT / "src" / "Shebao.Core"
RESX = WEB / "Resources" / "SharedResource.en-US.resx"

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
STR = r'"((?:[^"\\\n]|\\.)*)"'                       # a regular C# string literal (group 1)
PLAIN = r'(?<![$@\w])' + STR                         # ...that is not $"..." or @"..."

T_KEY = re.compile(r'(?<![\w.])[Tt]\[\s*' + STR + r'\s*\]')
T_FALLBACK = re.compile(r'(?<![\w.])[Tt]\[[^\]\n]*?\?\?\s*' + STR + r'\s*\]')
ANNOTATION = re.compile(r'\b(?:ErrorMessage|Name)\s*=\s*' + PLAIN)
RESULT_MSG = re.compile(r'\bResult\.(?:Invalid|Forbidden|Conflict)\(\s*(?:' + STR + r'\s*,\s*)?' + PLAIN + r'\s*\)')
ERRORS_ADD = re.compile(r'\berrors\.Add\(\s*(?:' + STR + r'|new\([^,\n]*)\s*,\s*' + PLAIN + r'\s*\)')
ANY_LITERAL = re.compile(PLAIN)

# Files whose every constant Chinese literal is a label that reaches T[...] indirectly,
# or a message that is a key by design.
LABEL_FILES = [
    CORE / "Modules" / "Identity" / "RoleNames.cs",
    CORE / "Modules" / "Organisations" / "OrgUnit.cs",
    CORE / "Platform" / "Results" / "Result.cs",
    CORE / "Modules" / "Identity" / "ProfilePasswordValidator.cs",
    WEB / "Pages" / "Guide" / "Index.cshtml.cs",
]


def unescape(s: str) -> str:
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(m.group(1), m.group(1)), s)


def strip_comments(text: str) -> str:
    # Good enough for this code base: drop // line comments that are not inside a string, and /* */ blocks.
    out = []
    for line in text.splitlines():
        in_str = False
        i = 0
        while i < len(line):
            c = line[i]
            if c == "\\" and in_str:
                i += 2
                continue
            if c == '"':
                in_str = not in_str
            elif not in_str and line.startswith("//", i):
                line = line[:i]
                break
            i += 1
        out.append(line)
    return re.sub(r"/\*.*?\*/", "", "\n".join(out), flags=re.S)


def sources(base: Path, *exts: str):
    for ext in exts:
        for p in sorted(base.rglob("*" + ext)):
            if not {"bin", "obj"} & set(p.relative_to(base).parts):
                yield p


def collect() -> dict:
    keys: dict[str, str] = {}

    def add(value: str, where: Path):
        value = unescape(value)
        if CJK.search(value):
            keys.setdefault(value, str(where.relative_to(ROOT)))

    for p in sources(WEB, ".cshtml", ".cs"):
        text = p.read_text(encoding="utf-8")
        code = strip_comments(text) if p.suffix == ".cs" else text
        for rx in (T_KEY, T_FALLBACK):
            for m in rx.finditer(code):
                add(m.group(1), p)
        if p.suffix == ".cs":
            for m in ANNOTATION.finditer(code):
                add(m.group(1), p)

    for p in sources(CORE, ".cs"):
        code = strip_comments(p.read_text(encoding="utf-8"))
        for m in RESULT_MSG.finditer(code):
            add(m.group(2), p)
        for m in ERRORS_ADD.finditer(code):
            add(m.group(2), p)

    for p in LABEL_FILES:
        for m in ANY_LITERAL.finditer(strip_comments(p.read_text(encoding="utf-8"))):
            add(m.group(1), p)

    # Gender.Label and IdNumber.Validate live in IdNumber.cs next to other code.
    idn = strip_comments((CORE / "Modules" / "Persons" / "IdNumber.cs").read_text(encoding="utf-8"))
    for m in re.finditer(r'(?:return|=>|:)\s*' + PLAIN, idn):
        add(m.group(1), CORE / "Modules" / "Persons" / "IdNumber.cs")

    # Departments.Names and Categories.Names dictionaries.
    items = strip_comments((CORE / "Modules" / "ServiceItems" / "ServiceItem.cs").read_text(encoding="utf-8"))
    for block in re.finditer(r'class (?:Departments|Categories)\b.*?\n\}', items, flags=re.S):
        for m in re.finditer(r'\]\s*=\s*' + PLAIN, block.group(0)):
            add(m.group(1), CORE / "Modules" / "ServiceItems" / "ServiceItem.cs")
    return keys


def main() -> int:
    if not RESX.exists():
        print(f"missing file: {RESX.name}")
        return 1
    root = ET.parse(RESX).getroot()
    names = [d.get("name") for d in root.findall("data")]
    translated = set(names)
    status = 0
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        status = 1
        print(f"{len(dupes)} duplicate key(s) in {RESX.name}:")
        for k in dupes:
            print(f"  {k}")
    empty = [d.get("name") for d in root.findall("data") if not (d.findtext("value") or "").strip()]
    if empty:
        status = 1
        print(f"{len(empty)} key(s) with an empty value:")
        for k in empty:
            print(f"  {k}")

    keys = collect()
    missing = {k: w for k, w in keys.items() if k not in translated}
    if missing:
        status = 1
        print(f"{len(missing)} key(s) missing from {RESX.name}:")
        for k, where in sorted(missing.items(), key=lambda kv: (kv[1], kv[0])):
            print(f"  {where}: {k}")
    if "--stale" in sys.argv[1:]:
        stale = sorted(translated - set(keys))
        print(f"{len(stale)} resx entr{'y' if len(stale) == 1 else 'ies'} not found in the scanned sources (informational):")
        for k in stale:
            print(f"  {k}")
    if status == 0:
        print(f"OK: all {len(keys)} keys found in the sources are translated ({len(translated)} entries in {RESX.name}).")
    return status


if __name__ == "__main__":
    sys.exit(main())

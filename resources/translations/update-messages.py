#!/usr/bin/env python3
"""Keeps messages_ro.ts and messages_en.ts: the user-visible messages of the layers below the window
(core, storage, importer, report, the report source and the year closing of the command line).

Those layers translate through a small helper per file, QString tr(const char*) calling
QCoreApplication::translate("Context", text), or call translate("Context", "text") directly;
lupdate cannot tell those contexts (it files them under the C++ scope), so this script reads them.
Existing translations are kept; new messages come in as unfinished. Run it by hand when messages
change (never in CI), then translate the unfinished ones (Qt Linguist opens the files):

    resources/translations/update-messages.py
"""
import os
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SOURCES = ['src/core', 'src/storage', 'src/importer', 'src/report']
HERE = os.path.join(ROOT, 'resources', 'translations')
HELPER = re.compile(r'translate\(\s*"([^"]+)"\s*,\s*([A-Za-z_]\w*)\s*\)')
STRING = re.compile(r'(?:u8)?"((?:[^"\\]|\\.)*)"')


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\', "'": "'"}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def literals(text, pos):
    """The adjacent string literals starting at pos (after whitespace); (value, end) or None."""
    parts = []
    while True:
        m = re.compile(r'\s*').match(text, pos)
        pos = m.end()
        m = STRING.match(text, pos)
        if not m:
            break
        parts.append(unescape(m.group(1)))
        pos = m.end()
    return (''.join(parts), pos) if parts else None


def strip_comments(text):
    text = re.sub(r'/\*.*?\*/', lambda m: ' ' * len(m.group(0)), text, flags=re.S)
    return re.sub(r'//[^\n]*', '', text)


def helper_context(path):
    if not os.path.exists(path):
        return None
    helpers = HELPER.findall(strip_comments(open(path, encoding='utf-8').read()))
    return helpers[0][0] if helpers else None


def extract(path):
    text = strip_comments(open(path, encoding='utf-8').read())
    found = []
    default = helper_context(path)
    # A file without a helper of its own may use one of a header it includes (EditSupport.h).
    for inc in re.findall(r'#include "([^"]+)"', text):
        if default:
            break
        default = helper_context(os.path.join(os.path.dirname(path), inc))
    for m in re.finditer(r'(?<![\w:.>])tr\(', text):
        lit = literals(text, m.end())
        if lit and default:
            found.append((default, lit[0]))
    for m in re.finditer(r'(?:translate|QT_TRANSLATE_NOOP)\(\s*"([^"]+)"\s*,', text):
        lit = literals(text, m.end())
        if lit:
            found.append((m.group(1), lit[0]))
    return found


def collect():
    messages = {}
    for src in SOURCES:
        full = os.path.join(ROOT, src)
        files = [full] if os.path.isfile(full) else [
            os.path.join(d, f) for d, _, fs in os.walk(full) for f in sorted(fs) if f.endswith(('.cpp', '.h'))]
        for f in sorted(files):
            for ctx, source in extract(f):
                messages.setdefault(ctx, [])
                if source not in messages[ctx]:
                    messages[ctx].append(source)
    return messages


def load(path):
    known = {}
    if not os.path.exists(path):
        return known
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            t = msg.find('translation')
            known[(name, msg.findtext('source'))] = (t.text or '', t.get('type'))
    return known


def write(path, language, messages, known, english):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>', f'<TS version="2.1" language="{language}">']
    for ctx in sorted(messages):
        lines.append('<context>')
        lines.append(f'    <name>{escape(ctx)}</name>')
        for source in sorted(messages[ctx]):
            text, kind = known.get((ctx, source), ('', 'unfinished'))
            if english:
                text, kind = '', None  # the source is English; nothing to translate
            attr = f' type="{kind}"' if kind else ''
            lines.append('    <message>')
            lines.append(f'        <source>{escape(source)}</source>')
            lines.append(f'        <translation{attr}>{escape(text)}</translation>')
            lines.append('    </message>')
        lines.append('</context>')
    lines.append('</TS>')
    open(path, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')


def main():
    messages = collect()
    ro = os.path.join(HERE, 'messages_ro.ts')
    write(ro, 'ro_RO', messages, load(ro), False)
    write(os.path.join(HERE, 'messages_en.ts'), 'en_GB', messages, {}, True)
    total = sum(len(v) for v in messages.values())
    left = sum(1 for ctx, ss in messages.items() for s in ss if load(ro).get((ctx, s), ('', 'unfinished'))[1] == 'unfinished')
    print(f'{total} messages in {len(messages)} contexts; {left} to translate in messages_ro.ts')
    return 0


if __name__ == '__main__':
    sys.exit(main())

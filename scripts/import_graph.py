#!/usr/bin/env python3
"""The project's own import graph, checked: exits 1 on a violation.

  (a) core/src's top-level parts (each folder, or a file beside lib.rs, is one part) import
      one another without a cycle, so they stack in layers (the order is in core/src/lib.rs);
  (b) nothing under src/services/ imports from `crate::components`: components use
      services, never the other way round.

An import is any `crate::…`, `super::…` or `self::…` path outside `#[cfg(test)]` items (tests
may reach anywhere), in code or in doc comments (an intra-doc link is a reference too);
string literals and plain comments do not count. Python's standard library only.

  python3 scripts/import_graph.py [-v]     (-v: every import between parts, with its place)
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE = os.path.join(ROOT, 'core', 'src')
SHELL = os.path.join(ROOT, 'src')


def mask(text):
    """Two copies of `text` of the same length and lines: `code`, with comments, strings and
    char literals blanked, and `docs`, the same but with doc comments kept."""
    spans = []  # (start, end, is_doc)
    i, n = 0, len(text)
    interesting = re.compile(r'[/"\']')
    while True:
        m = interesting.search(text, i)
        if not m:
            break
        i = m.start()
        c = text[i]
        if c == '/':
            nxt = text[i + 1:i + 2]
            if nxt == '/':
                end = text.find('\n', i)
                end = n if end < 0 else end
                doc = (text.startswith('///', i) and not text.startswith('////', i)) or \
                    text.startswith('//!', i)
                spans.append((i, end, doc))
                i = end
            elif nxt == '*':
                doc = text.startswith('/**', i) or text.startswith('/*!', i)
                depth, j = 1, i + 2
                while depth and j < n:
                    if text.startswith('/*', j):
                        depth, j = depth + 1, j + 2
                    elif text.startswith('*/', j):
                        depth, j = depth - 1, j + 2
                    else:
                        j += 1
                spans.append((i, j, doc))
                i = j
            else:
                i += 1
        elif c == '"':
            raw = re.search(r'(?<![\w])b?r(#*)$', text[max(0, i - 260):i])
            if raw:
                close = '"' + raw.group(1)
                end = text.find(close, i + 1)
                end = n if end < 0 else end + len(close)
            else:
                j = i + 1
                while j < n and text[j] != '"':
                    j += 2 if text[j] == '\\' else 1
                end = min(j + 1, n)
            spans.append((i, end, False))
            i = end
        else:  # a char literal ('x', '\n', '\u{1e}') or a lifetime ('a)
            if text[i + 1:i + 2] == '\\':
                end = text.find("'", i + 3)
                end = n if end < 0 else end + 1
            elif text[i + 2:i + 3] == "'":
                end = i + 3
            else:
                i += 1
                continue
            spans.append((i, end, False))
            i = end
    blank = lambda s: re.sub(r'[^\n]', ' ', s)
    code, docs, last = [], [], 0
    for start, end, doc in spans:
        code.append(text[last:start]); docs.append(text[last:start])
        code.append(blank(text[start:end])); docs.append(text[start:end] if doc else blank(text[start:end]))
        last = end
    code.append(text[last:]); docs.append(text[last:])
    return ''.join(code), ''.join(docs)


def block_end(code, start):
    """Where the item starting at `start` ends: after its `;`, or after the `}` matching its
    first `{`."""
    semi, brace = code.find(';', start), code.find('{', start)
    if brace < 0 or 0 <= semi < brace:
        return len(code) if semi < 0 else semi + 1
    depth = 0
    for j in range(brace, len(code)):
        if code[j] == '{':
            depth += 1
        elif code[j] == '}':
            depth -= 1
            if depth == 0:
                return j + 1
    return len(code)


TEST_ATTR = re.compile(r'#\[cfg\(test\)\]')
INLINE_MOD = re.compile(r'\bmod\s+([a-z_][a-z0-9_]*)\s*\{')
PATH = re.compile(r'(?<![\w:])((?:crate|super|self)(?:::(?:super|self))*)((?:::[A-Za-z_][A-Za-z0-9_]*)*)(::\{)?')


def module_of(rel):
    """`job/chain.rs` -> ['job', 'chain'], `job/mod.rs` -> ['job'], `lib.rs` -> []."""
    parts = rel[:-3].split('/')
    if parts[-1] in ('mod', 'lib', 'main'):
        parts.pop()
    return parts


def group_heads(text, start):
    """The first name of each path in the `{…}` group opening at `start` (just after `{`)."""
    depth, item, heads = 0, '', []
    for ch in text[start:]:
        if ch == '{':
            depth += 1
        elif ch == '}':
            if depth == 0:
                break
            depth -= 1
        elif ch == ',' and depth == 0:
            heads.append(item); item = ''
            continue
        if depth == 0:
            item += ch
    heads.append(item)
    names = [re.match(r'\s*([A-Za-z_][A-Za-z0-9_]*)', h) for h in heads]
    return [m.group(1) for m in names if m]


def imports(path, rel):
    """Every path this file names outside its tests, as (line, absolute module path list)."""
    text = open(path, encoding='utf-8', errors='replace').read()
    code, docs = mask(text)
    cut = []
    for m in TEST_ATTR.finditer(code):
        cut.append((m.start(), block_end(code, m.end())))
    inline = [(m.group(1), m.end() - 1, block_end(code, m.end() - 1)) for m in INLINE_MOD.finditer(code)]
    base = module_of(rel)
    out = []
    for m in PATH.finditer(docs):
        at = m.start()
        if any(a <= at < b for a, b in cut):
            continue
        here = base + [name for name, a, b in inline if a < at < b]
        steps = m.group(1).split('::')
        target = [] if steps[0] == 'crate' else list(here)
        for step in steps[(1 if steps[0] == 'crate' else 0):]:
            if step == 'super':
                target = target[:-1]
        rest = [s for s in m.group(2).split('::') if s]
        line = docs.count('\n', 0, at) + 1
        if rest:
            out.append((line, target + rest))
        elif m.group(3):
            for head in group_heads(docs, m.end()):
                if head != 'self':
                    out.append((line, target + [head]))
                else:
                    out.append((line, target))
        else:
            out.append((line, target))
    return out


def rust_files(top):
    for d, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            if f.endswith('.rs'):
                path = os.path.join(d, f)
                yield path, os.path.relpath(path, top).replace(os.sep, '/')


def cycles(nodes, edges):
    """Tarjan's strongly connected components of more than one node."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v); on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return found


def shortest_loop(comp, edges):
    """A shortest cycle through the strongly connected `comp`, as [a, b, …, a]."""
    best = None
    for start in sorted(comp):
        came, queue, found = {start: None}, [start], None
        for v in queue:
            if start in edges.get(v, ()):
                found = v
                break
            for w in sorted(edges.get(v, ())):
                if w in comp and w not in came:
                    came[w] = v
                    queue.append(w)
        if found is None:
            continue
        back = []  # the last node before `start` again, …, `start`
        while found is not None:
            back.append(found)
            found = came[found]
        path = back[::-1] + [start]
        if best is None or len(path) < len(best):
            best = path
    return best


def main():
    verbose = '-v' in sys.argv[1:]
    failed = False

    # (a) core's parts.
    parts = set()
    for name in os.listdir(CORE):
        full = os.path.join(CORE, name)
        if os.path.isdir(full):
            parts.add(name)
        elif name.endswith('.rs') and name not in ('lib.rs', 'main.rs'):
            parts.add(name[:-3])
    edges, where = {}, {}
    for path, rel in rust_files(CORE):
        mod = module_of(rel)
        if not mod:
            continue
        for line, target in imports(path, rel):
            if target and target[0] in parts and target[0] != mod[0]:
                edges.setdefault(mod[0], set()).add(target[0])
                where.setdefault((mod[0], target[0]), []).append(f'core/src/{rel}:{line}')
    if verbose:
        for (a, b), places in sorted(where.items()):
            print(f'{a} -> {b}: {", ".join(places)}')
    found = cycles(parts, edges)
    for comp in found:
        failed = True
        loop = shortest_loop(comp, edges)
        print('cycle: ' + ' <-> '.join(comp) + ' (shortest: ' + ' -> '.join(loop) + ')')
        for a, b in zip(loop, loop[1:]):
            print(f'  {a} -> {b} at {", ".join(where[(a, b)][:3])}')

    # (b) services never import components.
    back = []
    services = os.path.join(SHELL, 'services')
    for path, rel in rust_files(services):
        rel = 'services/' + rel
        for line, target in imports(path, rel):
            if target[:1] == ['components']:
                back.append(f'src/{rel}:{line}')
    for place in back:
        failed = True
        print(f'services -> components: {place}')

    print(f'core: {len(parts)} parts, {len(found)} cycles; services → components: {len(back)} imports')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Import loops between slant's modules (issue 18: there must be none): reads every `crate::`/`super::`/`self::` path
(in `use` items, brace groups expanded, and in code), resolves it to the module it names, and
reports strongly connected components of the module graph at a chosen level.
A child module naming one of its ancestors is ignored (that is how Rust submodules work).
Covers the library (its top-level modules, those of src/text/ and of each folder named on the
command line) and the binary (the modules of src/cli/, whose `crate::` is src/main.rs); the
binary's `slant::` paths name the library, a separate crate, so cannot close a loop.
Usage: python3 tools/module_loops.py [SRC [FOLDER ...]] [-v]"""
import os, re, sys, collections

ROOT = sys.argv[1] if len(sys.argv) > 1 else 'src'

def strip(text):
    # Drop comments and string/char literals, keeping line breaks (so line numbers hold).
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i); j = n if j < 0 else j; i = j; continue
        if text.startswith('/*', i):
            j = text.find('*/', i); j = n if j < 0 else j + 2
            out.append('\n' * text.count('\n', i, j)); i = j; continue
        m = re.match(r'r(#*)"', text[i:i+10]) if c == 'r' and (i == 0 or not (text[i-1].isalnum() or text[i-1] == '_')) else None
        if m:
            end = '"' + m.group(1); j = text.find(end, i + len(m.group(0)))
            j = n if j < 0 else j + len(end)
            out.append('""' + '\n' * text.count('\n', i, j)); i = j; continue
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == '\\' else 1
            out.append('""' + '\n' * text.count('\n', i, j)); i = j + 1; continue
        if c == "'":
            m = re.match(r"'(\\.|[^\\'\n]|\\u\{[0-9a-fA-F]+\})'", text[i:i+12])
            if m:
                out.append("' '"); i += len(m.group(0)); continue
        out.append(c); i += 1
    return ''.join(out)

def file_module(path):
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    if rel in (['lib'], ['main']):
        return []
    if rel[-1] == 'mod':
        rel = rel[:-1]
    return rel

def expand(tree):
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']."""
    tree = tree.strip()
    k = tree.find('{')
    if k < 0:
        return [tree]
    prefix, inner = tree[:k], tree[k+1:tree.rfind('}')]
    parts, depth, cur = [], 0, ''
    for ch in inner:
        if ch == ',' and depth == 0:
            parts.append(cur); cur = ''; continue
        depth += ch == '{'; depth -= ch == '}'; cur += ch
    parts.append(cur)
    res = []
    for p in parts:
        if p.strip():
            res += [prefix + e for e in expand(p)]
    return res

def crate_files(crate_root):
    files = []
    for d, _, fs in os.walk(ROOT):
        for f in fs:
            if f.endswith('.rs'):
                files.append(os.path.join(d, f))
    return files

files = sorted(crate_files(ROOT))
# Which crate each file belongs to: the binary's modules are those main.rs declares (cli).
main_mods = set(re.findall(r'^\s*(?:pub\s+)?mod\s+(\w+)\s*;', open(os.path.join(ROOT, 'main.rs')).read(), re.M)) if os.path.exists(os.path.join(ROOT, 'main.rs')) else set()
def crate_of(path):
    m = file_module(path)
    if os.path.basename(path) == 'main.rs' or (m and m[0] in main_mods):
        return 'bin'
    return 'lib'

refs = []  # (crate, from_module(list), target(list), file, line, is_test)
reexports = collections.defaultdict(dict)  # (crate, module tuple) -> name -> target list
for path in files:
    crate = crate_of(path)
    base = file_module(path)
    text = strip(open(path).read())
    test_start = None
    m = re.search(r'#\[cfg\(test\)\]\s*mod\s+tests\s*\{', text)
    if m:
        test_start = m.start()
    file_is_test = '/tests/' in path or path.endswith('/tests.rs') or base[-1:] == ['tests']
    def module_at(pos):
        return base + ['tests'] if test_start is not None and pos > test_start else base
    def resolve(p, here):
        segs = [s for s in p.replace(' ', '').replace('\n', '').split('::') if s]
        if not segs:
            return None
        if segs[0] == 'crate':
            return segs[1:]
        if segs[0] in ('super', 'self'):
            cur = list(here)
            while segs and segs[0] in ('super', 'self'):
                if segs[0] == 'super':
                    cur = cur[:-1]
                segs = segs[1:]
            return cur + segs
        return None
    # use items, including `pub use`, `pub(crate) use`
    for um in re.finditer(r'\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);', text):
        here = module_at(um.start())
        line = text.count('\n', 0, um.start()) + 1
        for p in expand(um.group(2)):
            alias = None
            am = re.match(r'(.*)\s+as\s+(\w+)$', p.strip(), re.S)
            if am:
                p, alias = am.group(1), am.group(2)
            p = re.sub(r'\s+', '', p)
            t = resolve(p, here)
            if t is None:
                # a path from a child module of `here` (use child::X)
                first = p.split('::')[0]
                if first and first not in ('std', 'core', 'alloc') and re.match(r'\w+$', first):
                    t = here + [s for s in p.split('::') if s]
                    # only keep if it names a real module file below `here`
                    cand = os.path.join(ROOT, *t[:len(here)+1])
                    if not (os.path.exists(cand + '.rs') or os.path.isdir(cand)):
                        continue
                else:
                    continue
            if t and t[-1] == 'self':
                t = t[:-1]
            refs.append((crate, here, t, path, line, file_is_test or (test_start is not None and um.start() > test_start)))
            if um.group(1) and t and t[-1] != '*':
                reexports[(crate, tuple(here))][alias or t[-1]] = t
    # paths in code
    for cm in re.finditer(r'(?<![\w:])((?:crate|super|self)(?:\s*::\s*\w+)+)', text):
        pre = text[max(0, cm.start()-200):cm.start()]
        if re.search(r'\buse\s+[^;]*$', pre):
            continue  # inside a use item, handled above
        here = module_at(cm.start())
        t = resolve(cm.group(1), here)
        line = text.count('\n', 0, cm.start()) + 1
        refs.append((crate, here, t, path, line, file_is_test or (test_start is not None and cm.start() > test_start)))

def through_reexports(crate, t):
    # Follow `pub use` re-exports so an item reached through a parent counts as its real module.
    for _ in range(5):
        for k in range(len(t) - 1, -1, -1):
            r = reexports.get((crate, tuple(t[:k])))
            if r and t[k] in r:
                t = r[t[k]] + t[k+1:]
                break
        else:
            return t
    return t

def level_graph(prefix, include_tests, which='lib'):
    """Edges between the modules directly under `prefix` (prefix [] = top level)."""
    edges = collections.defaultdict(list)
    d = len(prefix)
    for crate, here, t, path, line, is_test in refs:
        if crate != which or (is_test and not include_tests) or t is None:
            continue
        t = through_reexports(crate, [s for s in t if s != '*'])
        if here[:d] != prefix or t[:d] != prefix or len(here) <= d or len(t) <= d:
            continue
        a, b = here[d], t[d]
        if a == b:
            continue
        if not os.path.exists(os.path.join(ROOT, *prefix, b + '.rs')) and not os.path.isdir(os.path.join(ROOT, *prefix, b)):
            continue  # an item, not a module
        edges[(a, b)].append(f'{path}:{line}')
    return edges

def sccs(nodes, adj):
    index, low, on, stack, out, i = {}, {}, set(), [], [], [0]
    def visit(v):
        index[v] = low[v] = i[0]; i[0] += 1; stack.append(v); on.add(v)
        for w in adj.get(v, ()):
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            out.append(comp)
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return [c for c in out if len(c) > 1]

def report(name, prefix, which='lib'):
    for include_tests in (False, True):
        edges = level_graph(prefix, include_tests, which)
        adj = collections.defaultdict(set)
        for a, b in edges: adj[a].add(b)
        nodes = set(adj) | {b for s in adj.values() for b in s}
        comps = sccs(nodes, adj)
        kind = 'with test code' if include_tests else 'without test code'
        print(f'== {name} ({kind}): {len(nodes)} modules, {len(edges)} edges, {len(comps)} loop(s)')
        for c in comps:
            cs = set(c)
            print('   loop:', ' <-> '.join(sorted(c)))
            for (a, b), where in sorted(edges.items()):
                if a in cs and b in cs:
                    print(f'     {a} -> {b}: {len(where)} ref(s), e.g. {", ".join(where[:3])}')
        if '-v' in sys.argv and not include_tests:
            for (a, b), where in sorted(edges.items()):
                print(f'     {a} -> {b} ({len(where)})')

report('top-level modules of the library', [])
report('src/text/* modules', ['text'])
for extra in sys.argv[2:]:
    if extra != '-v':
        report(f'src/{extra}/* modules', extra.split('/'))
for mod in sorted(main_mods):
    if os.path.isdir(os.path.join(ROOT, mod)):
        report(f'src/{mod}/* modules of the binary', [mod], 'bin')

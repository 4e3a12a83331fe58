#!/usr/bin/env python3
"""Per-function code size of a wasm file with names (name section), grouped.
usage: wasmsize.py file.wasm [top N] [--groups] [--grep PATTERN]"""
import sys, re, collections

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7f) << s; s += 7
        if not x & 0x80: return r, i

def demangle_v0(n):
    # crude: pull <len><ident> tokens, skipping crate hash prefixes (Cs..._)
    s = n[2:]; out = []; i = 0
    while i < len(s):
        if s[i].isdigit() and (i == 0 or not s[i-1].isdigit()):
            j = i
            while j < len(s) and s[j].isdigit(): j += 1
            l = int(s[i:j])
            if j < len(s) and s[j] == '_': j += 1
            ident = s[j:j+l]
            if re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', ident or '-'):
                out.append(ident); i = j + l; continue
        i += 1
    return '::'.join(out)

def demangle(n):
    if n.startswith('_R'): return demangle_v0(n)
    if n.startswith('_ZN') and n.endswith('E'):
        i = 3; parts = []
        while i < len(n) and n[i].isdigit():
            j = i
            while n[j].isdigit(): j += 1
            l = int(n[i:j]); parts.append(n[j:j+l]); i = j + l
        if parts and re.fullmatch(r'h[0-9a-f]{16}', parts[-1]): parts = parts[:-1]
        s = '::'.join(parts)
        for a, b in [('$LT$','<'),('$GT$','>'),('$u20$',' '),('$RF$','&'),('$C$',','),('$BP$','*'),('$u7b$','{'),('$u7d$','}'),('$u5b$','['),('$u5d$',']'),('$u27$',"'"),('$u3b$',';'),('$u21$','!'),('$u3d$','='),('$LP$','('),('$RP$',')'),('..','::'),('$u2b$','+')]:
            s = s.replace(a, b)
        return s
    return n

def parse(path):
    b = open(path, 'rb').read()
    i = 8; nimports = 0; bodies = []; names = {}; data = []; customs = {}; sections = collections.Counter()
    while i < len(b):
        sid = b[i]; i += 1
        size, i = leb(b, i); end = i + size
        sections[sid] += size
        if sid == 2:
            n, j = leb(b, i)
            for _ in range(n):
                l, j = leb(b, j); j += l
                l, j = leb(b, j); j += l
                kind = b[j]; j += 1
                if kind == 0: _, j = leb(b, j); nimports += 1
                elif kind == 1: j += 1; fl = b[j]; j += 1; _, j = leb(b, j); (fl & 1) and leb(b, j)
                # other kinds: best effort; rust imports are funcs
                elif kind == 2:
                    fl = b[j]; j += 1; _, j = leb(b, j)
                    if fl & 1: _, j = leb(b, j)
                elif kind == 3: j += 2
        elif sid == 10:
            n, j = leb(b, i)
            for k in range(n):
                l, j2 = leb(b, j)
                bodies.append((nimports + k, l + (j2 - j)))
                j = j2 + l
        elif sid == 11:
            n, j = leb(b, i)
            for k in range(n):
                fl, j = leb(b, j)
                if fl == 0:
                    # const expr
                    while b[j] != 0x0b: j += 1
                    j += 1
                elif fl == 2:
                    _, j = leb(b, j)
                    while b[j] != 0x0b: j += 1
                    j += 1
                l, j = leb(b, j); data.append((l, b[j:j+l])); j += l
        elif sid == 0:
            l, j = leb(b, i); nm = b[j:j+l].decode(); j += l
            customs[nm] = end - j
            if nm == 'name':
                while j < end:
                    sub = b[j]; j += 1
                    sl, j = leb(b, j); se = j + sl
                    if sub == 1:
                        n, j = leb(b, j)
                        for _ in range(n):
                            idx, j = leb(b, j); l, j = leb(b, j)
                            names[idx] = b[j:j+l].decode('utf8', 'replace'); j += l
                    j = se
        i = end
    return b, bodies, names, data, customs, sections

GROUPS = [
    ('json (hand)', r'pendamping::domain::(json|booking_json)|FromJson|ToJson|quote_fractions'),
    ('qr', r'pendamping::domain::qr'),
    ('triage', r'triage'),
    ('booking_app ui', r'pendamping::booking_app'),
    ('domain other', r'pendamping::domain'),
    ('pendamping web', r'pendamping::web'),
    ('float fmt', r'core::fmt::float|flt2dec|float_to_decimal|float_to_exponential|grisu|dragon|fmt::num.*f64|f64 as core::fmt'),
    ('float parse', r'dec2flt|core::num::.*parse.*f64|f64.*FromStr'),
    ('libm (trig)', r'libm|compiler_builtins::math'),
    ('sort', r'slice::sort'),
    ('core::fmt', r'core::fmt|alloc::fmt|<.* as core::fmt::(Display|Debug)>'),
    ('serde', r'serde'),
    ('leptos/tachys/reactive', r'tachys|reactive_graph|leptos|any_spawner|throw_error|or_poisoned|hydration_context|next_tuple|oco_ref|guardian|send_wrapper'),
    ('futures/executor', r'futures|wasm_bindgen_futures|async_task|slotmap|pin_project'),
    ('wasm-bindgen glue', r'wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|externref'),
    ('alloc/dlmalloc', r'dlmalloc|__rust_alloc|__rust_dealloc|__rust_realloc|__rdl_|alloc::raw_vec|RawVec'),
    ('panic', r'panic|core::result::unwrap_failed|core::option::expect_failed|console_error_panic_hook'),
    ('hashbrown/collections', r'hashbrown|indexmap|collections|BTree|HashMap|rustc_hash'),
    ('std/core other', r'^(core|alloc|std)::|<(core|alloc|std)::'),
]

def group(n):
    for g, p in GROUPS:
        if re.search(p, n): return g
    return 'other'

if __name__ == '__main__':
    path = sys.argv[1]
    b, bodies, names, data, customs, sections = parse(path)
    code = sum(s for _, s in bodies)
    dsz = sum(l for l, _ in data)
    print(f'file {len(b)}  code {code} ({len(bodies)} funcs)  data {dsz}  customs {customs}')
    args = sys.argv[2:]
    if '--groups' in args:
        g = collections.Counter(); c = collections.Counter()
        for idx, s in bodies:
            k = group(demangle(names.get(idx, f'func{idx}'))); g[k] += s; c[k] += 1
        for k, v in g.most_common(): print(f'{v:8d} {100*v/code:5.1f}% {c[k]:5d}  {k}')
    if '--grep' in args:
        p = args[args.index('--grep') + 1]; t = 0
        rows = [(s, demangle(names.get(i, ''))) for i, s in bodies]
        rows = [r for r in rows if re.search(p, r[1])]
        for s, n in sorted(rows, reverse=True)[:40]: print(f'{s:7d} {n[:200]}')
        print('total', sum(s for s, _ in rows), 'n', len(rows))
    if '--top' in args:
        N = int(args[args.index('--top') + 1])
        rows = sorted(((s, demangle(names.get(i, f'func{i}'))) for i, s in bodies), reverse=True)
        for s, n in rows[:N]: print(f'{s:7d} {n[:220]}')
    if '--crates' in args:
        g = collections.Counter()
        for idx, s in bodies:
            n = demangle(names.get(idx, ''))
            m = re.match(r'<?&?(?:mut )?(?:dyn )?([a-zA-Z_0-9]+)::', n)
            g[m.group(1) if m else n[:30]] += s
        for k, v in g.most_common(40): print(f'{v:8d} {k}')

import sys, re, collections
sys.path.insert(0, '/tmp/sz')
from wasmsize import parse
b, bodies, names, data, customs, sections = parse(sys.argv[1])
blob = b''.join(d for _, d in data)
print('data bytes', len(blob), 'segments', len(data))
strs = re.findall(rb'[\x20-\x7e\xc0-\xf4\x80-\xbf\n]{4,}', blob)
cats = collections.Counter(); ex = collections.defaultdict(list)
for s in strs:
    t = s.decode('utf8', 'replace')
    if re.search(r'\.rs|/src/|registry|rustc/', t): k = 'paths (.rs)'
    elif re.search(r'called `|panicked|unwrap|already borrowed|overflow|out of bounds|index out|capacity|RefCell|Option|Result|assertion|invalid|failed|error|Error', t): k = 'panic/err msgs'
    elif re.search(r'[a-z]+ [a-z]+', t) and len(t) > 20: k = 'prose'
    else: k = 'other'
    cats[k] += len(s); ex[k].append(t)
for k, v in cats.most_common(): print(f'{v:7d} {k}')
if len(sys.argv) > 2:
    for t in ex[sys.argv[2]][:200]: print(repr(t[:160]))

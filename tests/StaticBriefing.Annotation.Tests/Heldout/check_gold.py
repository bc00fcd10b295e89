"""Checks the held-out gold files: copy-exactness (as in Gold/README.md), six keys, actor order by
first mention, date occurrences in text order, and the weekday of every resolved weekday name."""
import datetime, pathlib, re, sys, yaml

here = pathlib.Path(__file__).parent
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
ok = True
def fail(msg):
    global ok; ok = False; print('FAIL', msg)

for g in sorted(here.glob('*.gold.yml')):
    text = (here / 'seeds' / g.name.replace('.gold.yml', '.txt')).read_text('utf-8')
    d = yaml.safe_load(g.read_text('utf-8'))
    if list(d) != ['metadata', 'actors', 'dates', 'demands', 'claims', 'conflicts']: fail(f'{g.name}: keys {list(d)}')
    strings = [m for a in d['actors'] for m in a['mentions']] + [x['text'] for x in d['dates']] \
            + [x['sentence'] for x in d['demands'] + d['claims']]
    for s in strings:
        if s not in text: fail(f'{g.name}: not in text: {s!r}')
    for b in d['metadata']['boilerplate']:
        if b not in text.split('\n'): fail(f'{g.name}: boilerplate not a line: {b!r}')
    if d['metadata']['title'] not in text.split('\n'): fail(f'{g.name}: title not a line')
    def find(m, start=0):  # whole-word occurrence ("Russia" is not in "Russian")
        r = re.compile(r'(?<!\w)' + re.escape(m) + r'(?!\w)').search(text, start)
        return r.start() if r else -1
    firsts = [min(find(m) for m in a['mentions']) for a in d['actors']]
    for (a, fa), (b, fb) in zip(zip(d['actors'], firsts), list(zip(d['actors'], firsts))[1:]):
        if fb < fa: fail(f'{g.name}: actor {b["id"]} (at {fb}) listed after {a["id"]} (at {fa})')
    ids = [a['id'] for a in d['actors']]
    if len(set(ids)) != len(ids): fail(f'{g.name}: duplicate actor ids')
    # dates: occurrences must be findable in order
    pos = 0
    for x in d['dates']:
        i = find(x['text'], pos)
        if i < 0: fail(f'{g.name}: date out of order {x["text"]!r}'); continue
        pos = i + len(x['text'])
        for w in WEEKDAYS:
            if w in x['text'] and x['type'] == 'DATE':
                v = x['value'][:10]
                if datetime.date.fromisoformat(v).strftime('%A') != w: fail(f'{g.name}: {x["text"]} -> {v} is not a {w}')
    pub = d['metadata']['published']
    print(g.name, 'published', pub, datetime.date.fromisoformat(pub).strftime('%A'),
          '| actors', len(d['actors']), 'mentions', sum(len(a['mentions']) for a in d['actors']),
          'dates', len(d['dates']), 'demands', len(d['demands']), 'claims', len(d['claims']),
          'boilerplate', len(d['metadata']['boilerplate']))
print('OK' if ok else 'FAILED'); sys.exit(0 if ok else 1)

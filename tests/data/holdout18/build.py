#!/usr/bin/env python3
"""Build the holdout18 blind corpus: pages/*.html and truth.json. Deterministic; validates itself."""
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pages1
import pages2
import pages3
import pages4
import pages5
from common import norm, visible_text, words

PAGE_FUNCS = [pages1.p01, pages1.p02, pages1.p03, pages1.p04, pages1.p05] + pages2.PAGES + pages3.PAGES \
    + pages4.PAGES + pages5.PAGES
KEYS = ['file', 'url', 'encoding', 'template', 'flags', 'is_article', 'relevant', 'title', 'lead', 'author',
        'published_at', 'time_shown', 'text']


def build():
    files, truth, metas = {}, [], []
    for i, fn in enumerate(PAGE_FUNCS, 1):
        html, t, meta = fn()
        name = 'pages/%03d-%s.html' % (i, t['template'])
        t['file'] = name
        rec = {k: t[k] for k in KEYS}
        truth.append(rec)
        metas.append(meta)
        files[name] = html.encode('utf-8')
    files['truth.json'] = (json.dumps(truth, ensure_ascii=False, indent=2) + '\n').encode('utf-8')
    return files, truth, metas


def digest(files):
    return {k: hashlib.sha256(v).hexdigest() for k, v in sorted(files.items())}



def _other_templates(here):
    """Template names of the other sets beside this one (each template is new to the corpus)."""
    names = set()
    for path in glob.glob(os.path.join(here, "..", "*", "truth.json")):
        if os.path.dirname(os.path.abspath(path)) == here:
            continue
        data = json.load(open(path, encoding="utf-8"))
        names |= {t["template"] for t in (data["pages"] if isinstance(data, dict) else data)}
    return names

def validate(files, truth, metas):
    problems = []
    avoid = _other_templates(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    kinds = {}
    for rec, meta in zip(truth, metas):
        f = rec['file']
        p = lambda msg: problems.append('%s: %s' % (f, msg))
        if list(rec.keys()) != KEYS:
            p('keys')
        tpl = rec['template']
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', tpl):
            p('template not kebab')
        if tpl in seen:
            p('template duplicate')
        seen.add(tpl)
        if tpl in avoid:
            p('template in avoid list')
        if not rec['url'].startswith('https://%s.example.vn/' % tpl):
            p('url host')
        if rec['encoding'] != 'utf-8':
            p('encoding')
        for fl in rec['flags']:
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', fl):
                p('flag %r' % fl)
        data = files[f]
        size = len(data)
        if 'emag-base64' in rec['flags']:
            if size < 25000:
                p('size %d' % size)
        elif not (25000 <= size <= 150000):
            p('size %d' % size)
        vis = visible_text(data.decode('utf-8'))
        kind = meta['kind']
        kinds[kind] = kinds.get(kind, 0) + 1
        if not rec['is_article']:
            if rec['title'] or rec['lead'] or rec['text'] or rec['author'] is not None \
                    or rec['published_at'] is not None or rec['time_shown'] or rec['relevant']:
                p('non-article truth fields')
            continue
        for fld in ('title', 'lead'):
            if rec[fld] and norm(rec[fld]) not in vis:
                p('%s not visible' % fld)
        for line in rec['text'].split('\n'):
            if not line.strip():
                continue
            parts = line.split(' | ') if ' | ' in line else [line]
            for part in parts:
                if norm(part) not in vis:
                    p('text line not visible: %r' % part[:60])
        if rec['author']:
            for a in rec['author'].split(', '):
                if norm(a) not in vis:
                    p('author %r not visible' % a)
        if meta.get('credit') and norm(meta['credit']) not in vis:
            p('credit not visible %r' % meta['credit'])
        if norm(meta['date_str']) not in vis:
            p('date string not visible %r' % meta['date_str'])
        pa = rec['published_at']
        if rec['time_shown']:
            if not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00', pa):
                p('published_at shape')
        elif not re.fullmatch(r'\d{4}-\d\d-\d\dT00:00:00\+07:00', pa):
            p('published_at date-only shape')
        n = len(words(rec['text']))
        lo, hi = {'brief': (90, 180), 'long': (1500, 10 ** 6), 'normal': (181, 1400)}[kind]
        if not lo <= n <= hi:
            p('word count %d not in %s' % (n, (lo, hi)))
    if len(truth) != 24:
        problems.append('page count %d' % len(truth))
    if kinds.get('non', 0) != 5 or kinds.get('brief', 0) < 2 or kinds.get('long', 0) < 1:
        problems.append('composition %r' % kinds)
    off = sum(1 for r in truth if r['is_article'] and not r['relevant'])
    if off < 3:
        problems.append('off-topic articles %d' % off)
    return problems


def main():
    files1, truth, metas = build()
    files2, _, _ = build()
    problems = []
    if digest(files1) != digest(files2):
        problems.append('two builds differ')
    os.makedirs(os.path.join(HERE, 'pages'), exist_ok=True)
    for old in os.listdir(os.path.join(HERE, 'pages')):
        if os.path.join('pages', old) not in files1:
            os.remove(os.path.join(HERE, 'pages', old))
    for name, data in files1.items():
        with open(os.path.join(HERE, name), 'wb') as fh:
            fh.write(data)
    ondisk = {}
    for name in files1:
        with open(os.path.join(HERE, name), 'rb') as fh:
            ondisk[name] = fh.read()
    if digest(ondisk) != digest(files1):
        problems.append('disk differs from build')
    problems += validate(files1, truth, metas)
    for pr in problems:
        print('PROBLEM', pr)
    for rec, meta in zip(truth, metas):
        print('%-52s %6d B %5d w' % (rec['file'], len(files1[rec['file']]), len(words(rec['text']))))
    print('validation: %d problems' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

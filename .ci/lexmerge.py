#!/usr/bin/env python3
"""Resolve git conflicts in a lexicon YAML file's flow lists, three ways.

Usage (in the repository, during a merge that stopped on a conflict):

    python3 .ci/lexmerge.py loader/lexicon/data/lang/fr.yaml "$(git merge-base HEAD OTHER)"

The language files keep each list on one long line ("active: [a, b, c]"),
so two branches that extend the same list conflict on that line. For each
conflict block whose two sides are the same keys, each line becomes the
three-way merge of its items against the merge base: the items of ours
that theirs did not remove, then the items theirs added that ours did not
remove. A union of the two lines would bring back what one branch removed
(and, done by hand, has doubled whole lists: TestLangListsHoldNoDuplicate
catches that). Lines equal on both sides are kept; anything else stops the
script with an error, the file untouched.
"""
import subprocess
import sys


def items(v):
    """The items of a YAML flow list written on one line (quotes kept)."""
    v = v.strip()
    if not (v.startswith('[') and v.endswith(']')):
        raise ValueError('not a flow list: ' + v[:60])
    out, cur, q = [], '', None
    for ch in v[1:-1]:
        if q:
            cur += ch
            if ch == q:
                q = None
        elif ch in '"\'' and cur.strip() == '':
            q = ch
            cur += ch
        elif ch == ',':
            out.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def key(x):
    """An item as YAML reads it, for comparison ("a" and a are one)."""
    return x[1:-1] if len(x) >= 2 and x[0] == x[-1] and x[0] in '"\'' else x


def base_line(base, k, before):
    """The base's line of key k whose preceding keys match before."""
    for i, line in enumerate(base):
        if line.split(':', 1)[0] != k:
            continue
        if all(i - n >= 0 and base[i - n].split(':', 1)[0] == before[-n]
               for n in range(1, min(3, len(before)) + 1)):
            return line
    return None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path, rev = sys.argv[1], sys.argv[2]
    base = subprocess.check_output(['git', 'show', f'{rev}:{path}']).decode().split('\n')
    lines = open(path, encoding='utf-8').read().split('\n')
    out, i = [], 0
    while i < len(lines):
        if not lines[i].startswith('<<<<<<< '):
            out.append(lines[i])
            i += 1
            continue
        mid = lines.index('=======', i)
        end = next(x for x in range(mid, len(lines)) if lines[x].startswith('>>>>>>> '))
        ours, theirs = lines[i + 1:mid], lines[mid + 1:end]
        if len(ours) != len(theirs):
            sys.exit(f'{path}:{i + 1}: the sides have different lines; resolve by hand')
        for n, (a, b) in enumerate(zip(ours, theirs)):
            if a == b:
                out.append(a)
                continue
            ka, va = a.split(':', 1)
            kb, vb = b.split(':', 1)
            if ka != kb:
                sys.exit(f'{path}:{i + 1 + n}: keys differ ({ka!r}, {kb!r}); resolve by hand')
            bl = base_line(base, ka, [x.split(':', 1)[0] for x in out + ours[:n]])
            ia, ib = items(va), items(vb)
            ibase = items(bl.split(':', 1)[1]) if bl else []
            kbase = {key(x) for x in ibase}
            gone_b = kbase - {key(x) for x in ib}
            gone_a = kbase - {key(x) for x in ia}
            merged, seen = [], set()
            for x in ia + ib:
                k = key(x)
                if k in seen or (x in ia and k in gone_b) or (x not in ia and k in gone_a):
                    continue
                seen.add(k)
                merged.append(x)
            out.append(ka + ': [' + ', '.join(merged) + ']')
        i = end + 1
    open(path, 'w', encoding='utf-8').write('\n'.join(out))


if __name__ == '__main__':
    main()

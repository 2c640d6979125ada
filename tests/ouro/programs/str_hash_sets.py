"""str and bytes hashes are CPython's (SipHash-1-3; the harness runs with
PYTHONHASHSEED=0), so sets of strings iterate and print in CPython's
order; set displays of constants are frozenset constants rebuilt as
CPython's compiler rebuilds them."""
words = "the quick brown fox jumps over the lazy dog and then some more words appear here".split()
print(set(words))
print(sorted(set(words)) == sorted(set(words)), len(set(words)))
print(set("hello world"), frozenset("abcdef"), {'\xe9', '\xfc', 'a'}, {'\u20ac', 'x'},
      {'\U0001f600', 'b'})
print(hash('abc'), hash(b'abc'), hash(''), hash('\xe9'), hash('\u20ac'), hash('\U0001f600'),
      hash(b''), hash('a' * 20), hash('abcdefgh'), hash('abcdefghi'))
s = {'apple', 'banana', 'cherry'}
s.add('date')
s.discard('apple')
print(s, s | {'fig'}, s & {'banana', 'kiwi'}, s - {'date'}, s ^ {'cherry', 'grape'})
print({w: len(w) for w in words}.keys() - {'the'})
print(set(map(str, range(20))), set(str(i) * 2 for i in range(12)))
print({'Mon', 'Tue', 'Wed', 'Thu', 'Fri'})
print({'python', 'java', 'rust', 'go', 'haskell'})
print({'zqxj', 'wvut', 'plmok', 'qazw', 'edcrf'})
print({'hello world', 'foo bar', 'x y', 'a b c', 'q r'})
print({('a', 1), ('b', 2), ('c', 3)})
print({('x', 'y'), ('p', 'q'), ('m', 'n'), ('k', 'l')})
print({'.py', '.txt', '.md'}, {'a', 'e', 'i', 'o', 'u'}, {1, 5, 9, 100, 33, 2 ** 40, -7})
for x in {'north', 'south', 'east', 'west'}:
    print(x, end=' ')
print()


class S(str):
    pass


d = {'k': 1}
print(d[S('k')], S('k') in {'k'}, hash(S('k')) == hash('k'), {S('k'): 2}['k'])
letters = {}
for ch in "mississippi river":
    letters.setdefault(ch, set()).add(ch.upper())
print(set(letters), frozenset(letters.items()) == frozenset(letters.items()))
print({frozenset({'a', 'b'}), frozenset({'c'})}, {b'ab', b'cd', b'ef'} == {b'ef', b'cd', b'ab'})

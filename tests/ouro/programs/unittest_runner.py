"""unittest: a TestCase run with its failures, errors, skips, subtests
and expected failures; the report (without its time) printed.  Failing
assertions need writable tb_next (the runner cuts its own frames off) and
assertRaises needs frame.clear()."""
import io
import re
import unittest


class T(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_ok(self):
        self.assertEqual(sum(self.items), 6)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_err(self):
        raise ValueError('bad')

    def test_raises(self):
        with self.assertRaises(KeyError) as cm:
            {}['x']
        self.assertEqual(cm.exception.args, ('x',))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r'invalid literal'):
            int('z')

    @unittest.skip('why')
    def test_skip(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_dict(self):
        self.assertDictEqual({'a': 1}, {'a': 2})

    def test_true(self):
        self.assertTrue(0, 'msg here')

    def test_in(self):
        self.assertIn('x', 'abc')

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_multiline(self):
        self.assertEqual('a\nb\nc\n', 'a\nB\nc\n')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn('old', DeprecationWarning)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
for test, text in result.failures:
    print(test.id(), text.splitlines()[-1])

import unittest, io, sys
class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_str(self):
        self.assertEqual("hello world\nfoo", "hello there\nfoo")
    def test_raises(self):
        with self.assertRaises(ValueError):
            int("5")
    def test_error(self):
        {}["x"]
    def test_in(self):
        self.assertIn(5, [1, 2])
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_true(self):
        self.assertTrue(0, "zero is falsy")
    @unittest.skip("not now")
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_raises_regex(self):
        with self.assertRaisesRegex(KeyError, "zz"):
            {}["x"]
    def test_count(self):
        self.assertCountEqual([1, 2, 2], [2, 1, 1])
    def test_seq(self):
        self.assertSequenceEqual((1, 2), (1, 2, 3))
    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})
    def test_is(self):
        self.assertIsNone(5)
    def test_multiline(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
res = runner.run(suite)
import re
print(re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", stream.getvalue()))
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped), len(res.expectedFailures))

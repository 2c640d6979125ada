# A script saved in Latin-1 without a coding declaration: CPython's tokenizer
# refuses it before running anything.
print('before')
name = 'José'
print(name)

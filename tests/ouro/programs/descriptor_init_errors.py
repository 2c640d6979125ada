# The argument errors of staticmethod(), classmethod() and property(): named after the type, in the style of each
for t in ['staticmethod()', 'classmethod()', 'staticmethod(1,2)', 'classmethod(1, 2)', 'staticmethod(f=1)',
          'classmethod(f=1)', 'property(1,2,3,4,5)', 'property(x=1)', 'property.__init__(property(), 1,2,3,4,5)',
          'staticmethod.__init__(staticmethod(len))', 'property(fget=1, fget2=2)']:
    try:
        print(eval(t))
    except TypeError as e:
        print(e)

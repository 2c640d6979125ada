# an uncaught NameError (CPython suggests a similar name)
counter_value = 10


def report():
    print("value:", counter_value)
    print("next:", counter_valu + 1)


report()

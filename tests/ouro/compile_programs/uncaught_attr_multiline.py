# an attribute error where the attribute name is on a continuation line
class Settings:
    def __init__(self):
        self.debug = False


s = Settings()
print(s.debug)
value = (s.
         verbose)

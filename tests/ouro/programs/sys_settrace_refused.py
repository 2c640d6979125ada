# sys.settrace / setprofile: None is accepted (what debuggers and test
# runners restore); ouro does not call trace functions and refuses one
import sys
print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace())

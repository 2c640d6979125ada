# uncaught: UnboundLocalError from assignment after read
total = 100


def spend(amount):
    if amount > 50:
        print("big spend", amount)
    total = total - amount
    return total


def safe_spend(amount):
    global total
    total = total - amount
    return total


print(safe_spend(10))
print(safe_spend(5))
print(total)
print("now the buggy version")
print(spend(20))
print("not reached")

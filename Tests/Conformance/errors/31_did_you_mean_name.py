# A typo in a variable name: CPython suggests the closest name in scope.
def total_price(prices):
    subtotal = sum(prices)
    return subtotl * 1.2

print("computing")
print(total_price([1, 2, 3]))

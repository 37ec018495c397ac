class BudgetExceeded(Exception):
    pass
spent = 0
for cost in [10, 20, 50, 100]:
    spent += cost
    print("spent", spent)
    if spent > 60:
        raise BudgetExceeded(f"spent {spent} > 60")

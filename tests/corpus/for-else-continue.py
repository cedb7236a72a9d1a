for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for x in []:
    print("never")
else:
    print("empty loop else")
for i, ch in enumerate("abc"):
    if ch == "b":
        continue
    print(i, ch)

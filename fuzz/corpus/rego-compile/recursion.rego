package fuzz.recursion

a := b
b := c
c := 1

fact(n) := 1 if n <= 1
fact(n) := n * fact(n - 1) if n > 1

loop := x if x := fact(10)

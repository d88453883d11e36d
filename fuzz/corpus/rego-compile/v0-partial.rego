package fuzz.legacy

p[x] { x := input.items[_] }
q[k] = v { v := input.map[k] }
r { p[_] == 1 }
s = t { t := {x | p[x]} }
f(a, b) = c { c := a + b }
g = f(1, 2)
h { not r }

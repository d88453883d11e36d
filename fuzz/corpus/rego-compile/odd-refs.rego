package a.b["c"].d

import data.a.b as q
import input.request as req
import future.keywords.in

x[[1, {2: 3}]] := {"k": set()}
y := req.object with data.a as 1

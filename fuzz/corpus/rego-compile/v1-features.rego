package fuzz.features

import rego.v1

default allow := false

allow if {
	some i, c in input.request.object.spec.containers
	startswith(c.image, "registry.example.com/")
	i < 10
}

deny contains msg if {
	every c in input.containers { c.cpu != "" }
	msg := sprintf("%d containers", [count(input.containers)])
}

limits[name] := value if {
	some name, value in {"cpu": 4, "memory": "16Gi"}
}

double(x) := y if y := x * 2

double(x) := y if {
	is_string(x)
	y := concat("", [x, x])
}

grade := "a" if input.score > 90
else := "b" if input.score > 80
else := "c"

squares := [x * x | some x in numbers.range(1, 5)]
evens := {x | some x in squares; x % 2 == 0}
index := {k: v | some k, v in ["a", "b"]}

result := r if {
	r := count(deny) with input as {"containers": [{"cpu": "1"}]}
}

raw := `C:\path\to\file`
escaped := "tab\tnewline\nunicode\u00e9 quote\""
nums := [0, -1, 1.5e300, 9223372036854775807, 9223372036854775808, 0.000001]
matched := regex.match(`^[a-z]+$`, "abc")
not_deny if not deny["x"]

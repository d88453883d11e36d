package test

p := count(rands) if {
	rands := {rand.intn("key", 100) | numbers.range(1, 100)[_]}
}

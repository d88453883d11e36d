package test

p := x if {
	x = sprintf("%s", [123456789123456789123])
}

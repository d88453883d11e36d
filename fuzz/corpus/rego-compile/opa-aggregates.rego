package generated

p contains x if {
	__local0__ = data.a
	count(__local0__, x)
}

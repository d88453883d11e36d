package generated

p contains __local0__ if {
	trim_suffix("¡¡¡foo, bar!!!", ", bar!!!", __local1__)
	__local0__ = __local1__
}

package generated

p if {
	__local0__ = {"a": 1, "b": 2, "c": 3}
	object.remove(__local0__, {"a"}, __local1__)
	__local1__ = {"b": 2, "c": 3}
	object.remove(__local0__, {"b"}, __local2__)
	__local2__ = {"a": 1, "c": 3}
	object.remove(__local0__, {"c"}, __local3__)
	__local3__ = {"a": 1, "b": 2}
	__local0__ = {"a": 1, "b": 2, "c": 3}
}

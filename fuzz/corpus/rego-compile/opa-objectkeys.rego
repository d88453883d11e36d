package test

p := object.keys({"a": 1, "b": 2})

package generated
p := regex.match("^[a-z]+\\[[0-9]+\\]$", "foo[1]")

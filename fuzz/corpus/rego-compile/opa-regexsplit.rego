package test
p := regex.split("^[a-z]+\\[[0-9]+\\]$", "")

package p

x := "\uD800"
y := "\u0000"
z := "ÿþ"

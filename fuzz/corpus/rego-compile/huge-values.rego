package fuzz.huge

big := 1e400
neg := -1e400
wide := 123456789012345678901234567890123456789012345678901234567890
tiny := 4.9e-324
range_len := count(numbers.range(1, 1000))
repeated := strings.replace_n({"a": "aa"}, "aaaaaaaaaaaaaaaa")

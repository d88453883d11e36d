package test

p contains mac if {
	mac := crypto.hmac.md5(input.message, input.key)
}

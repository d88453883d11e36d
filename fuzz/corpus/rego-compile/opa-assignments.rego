package test

default a := 1

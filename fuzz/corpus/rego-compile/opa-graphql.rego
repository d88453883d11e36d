package test

ast := {"Operations": [{
	"Name": "",
	"Operation": "query",
	"SelectionSet": [{
		"Alias": "hero",
		"Name": "hero",
		"SelectionSet": [{
			"Alias": "name",
			"Name": "name",
		}],
	}],
}]}

p if {
	graphql.parse_query("{hero {name}}") == ast
}

package test

document := {"id": 5}

schema := {
	"properties": {"id": {"type": "integer"}},
	"required": ["id"],
}

p := json.match_schema(document, schema)

"""schemathesis hooks for scripts/schemathesis.sh (loaded through SCHEMATHESIS_HOOKS)."""
import schemathesis
import yaml

# schemathesis matches any YAML response against every YAML media type it knows.
YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/vnd.yaml")


@schemathesis.deserializer(*YAML_TYPES)
def multi_document_yaml(_context, response):
    """Rendered manifests are a multi-document YAML stream: read it as the list of its documents."""
    return list(yaml.safe_load_all(response.content.decode(response.encoding or "utf-8")))

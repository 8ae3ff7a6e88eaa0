//! For every fixture registry (and this API's), the schemas the runtime's
//! `utoipa` and `schemars` integrations convert are the generator's
//! documents' schemas: the OpenAPI document's `components.schemas` and
//! the JSON Schema's `$defs`, name for name, value for value, but for the
//! approximations utoipa needs (it cannot say `not` or `contains`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_runtime::schema::{
    Dialect, definitions, schemars_definitions, utoipa_approximation, utoipa_schema,
};
use serde_json::{Map, Value};

use crate::emit::{jsonschema, openapi};
use crate::naming::SchemaNames;

fn object(value: &Value) -> &Map<String, Value> {
    value.as_object().unwrap()
}

/// `schemas` as a map, each compared as JSON.
fn by_name(schemas: impl IntoIterator<Item = (String, Value)>) -> Map<String, Value> {
    schemas.into_iter().collect()
}

/// `left` and `right` hold the same names, each the same schema.
fn assert_same(left: &Map<String, Value>, right: &Map<String, Value>, what: &str) {
    let names = |m: &Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
    let (mut l, mut r) = (names(left), names(right));
    l.sort();
    r.sort();
    assert_eq!(l, r, "{what}: names");
    for (name, schema) in left {
        assert!(
            schema == &right[name],
            "{what}: {name}\n{schema}\n!=\n{}",
            right[name]
        );
    }
}

#[test]
fn utoipa_and_schemars_schemas_are_the_documents_schemas_for_every_registry() {
    let names = SchemaNames::of(&crate::config::Config::default().code_enum);
    for (path, registry) in crate::tests::fixture_registries() {
        let at = path.display();
        let openapi = Value::from(&openapi::tree(&registry, &names, ""));
        let components = object(&openapi["components"]["schemas"]).clone();
        let standalone: Value =
            serde_json::from_str(&jsonschema::document(&registry, &names, "")).unwrap();
        let defs = object(&standalone["$defs"]).clone();
        super::with(&registry, &names, |description| {
            // utoipa: OpenAPI's components, through the approximations.
            let utoipa = by_name(definitions(description, Dialect::OpenApi).into_iter().map(
                |(name, schema)| (name, serde_json::to_value(utoipa_schema(&schema)).unwrap()),
            ));
            let approximated = by_name(
                components
                    .iter()
                    .map(|(name, schema)| (name.clone(), utoipa_approximation(schema))),
            );
            assert_same(&utoipa, &approximated, &format!("{at}: utoipa"));
            // The approximation touches the schemas that say `not` or
            // `contains`, and no other.
            for (name, schema) in &components {
                let text = schema.to_string();
                let says_not = text.contains("\"not\"") || text.contains("\"contains\"");
                assert_eq!(
                    utoipa_approximation(schema) != *schema,
                    says_not,
                    "{at}: {name}"
                );
            }
            // schemars: the JSON Schema's `$defs`, or OpenAPI's components
            // for a generator of OpenAPI 3's settings, exactly.
            for (settings, expected) in [
                (schemars::generate::SchemaSettings::draft2020_12(), &defs),
                (schemars::generate::SchemaSettings::openapi3(), &components),
            ] {
                let generator = settings.into_generator();
                let schemars = by_name(
                    schemars_definitions(description, &generator)
                        .into_iter()
                        .map(|(name, schema)| (name, schema.to_value())),
                );
                assert_same(&schemars, expected, &format!("{at}: schemars"));
            }
        });
    }
}

//! The generated `.proto` (issue 34), compiled by a real protobuf compiler:
//! protox, protoc's rules in Rust (no `protoc` binary to install). The gRPC
//! fixture registry (`tests/fixtures/grpc/registry.yaml`) and its committed
//! lock, whose history has a removed code, give the file; the compiled
//! enum must hold exactly the registry's reasons under the lock's numbers,
//! the lock's reserved numbers and names, and the configured package and
//! options. Expectations are read from the registry and the lock.
//!
//! The fixture's lock and `.proto` are committed where `generate` writes
//! them for that registry (`tests/fixtures/grpc/error-codes.lock`, and
//! `tests/fixtures/proto/error_reason.proto`: the fixtures' root is
//! `tests/fixtures`), and a test fails when either is stale; to rewrite
//! them: `UPDATE_GRPC_FIXTURE=1 cargo test -p error-codes-tests --test it
//! grpc_proto`.

use std::collections::BTreeMap;
use std::path::Path;

use error_codes_codegen::{Project, Registry};
use error_codes_tests::workspace_root;
use protox::file::{File, FileResolver};
use protox::prost_reflect::DescriptorPool;

const FIXTURE: &str = "tests/fixtures/grpc/registry.yaml";

fn project() -> Project {
    Project::for_registry(workspace_root().join(FIXTURE)).unwrap()
}

/// The fixture's `.proto` and lock, as `generate` writes them.
fn generated() -> (Registry, String, String) {
    let project = project();
    let registry = project.load_locked().unwrap();
    let outputs = project.outputs(&registry).unwrap();
    let find = |path: &str| {
        outputs
            .iter()
            .find(|o| o.path == path)
            .unwrap_or_else(|| panic!("no output {path}"))
            .contents
            .clone()
    };
    let lock_name = error_codes_tests::lock_name(&project);
    let proto = find(&project.config().proto);
    let lock = find(&lock_name);
    (registry, proto, lock)
}

/// One in-memory file for the compiler.
struct Source(String, String);

impl FileResolver for Source {
    fn open_file(&self, name: &str) -> Result<File, protox::Error> {
        if name == self.0 {
            File::from_source(name, &self.1)
        } else {
            Err(protox::Error::file_not_found(name))
        }
    }
}

fn compile(name: &str, proto: &str) -> DescriptorPool {
    let mut compiler =
        protox::Compiler::with_file_resolver(Source(name.to_owned(), proto.to_owned()));
    compiler.include_source_info(true);
    compiler
        .open_file(name)
        .unwrap_or_else(|e| panic!("protox refuses the generated file: {e:?}\n{proto}"));
    compiler.descriptor_pool()
}

/// The lock's `.proto` numbers: each code's (`code … REASON CODE NUMBER`)
/// and the reserved ones (`reserved: NUMBER REASON`).
fn lock_numbers(lock: &str) -> (BTreeMap<String, u32>, Vec<(u32, String)>) {
    let mut codes = BTreeMap::new();
    let mut reserved = Vec::new();
    for line in lock.lines().filter(|l| !l.starts_with('#')) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            ["reserved:", n, reason] => reserved.push((n.parse().unwrap(), (*reason).to_owned())),
            // The wire's lines (`body:`, `wire:`): no code is spelled with `:`.
            [keyword, ..] if keyword.ends_with(':') => {}
            [code, _, _, _, _, n] => {
                codes.insert((*code).to_owned(), n.parse().unwrap());
            }
            other => panic!("a lock line without a number: {other:?}"),
        }
    }
    (codes, reserved)
}

#[test]
fn the_committed_fixture_lock_and_proto_are_what_generate_writes() {
    let project = project();
    let (_, proto, lock) = generated();
    for (path, generated) in [
        (project.lock_path(), lock),
        (project.root().join(&project.config().proto), proto),
    ] {
        if std::env::var_os("UPDATE_GRPC_FIXTURE").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed.replace("\r\n", "\n"),
            generated,
            "{} is stale (UPDATE_GRPC_FIXTURE=1 rewrites it): {}",
            path.display(),
            error_codes_tests::line_diff(&committed, &generated)
        );
    }
}

#[test]
fn protox_compiles_the_enum_of_the_registrys_reasons_with_the_locks_numbers() {
    let (registry, proto, lock) = generated();
    let config = project().config().clone();
    let grpc = registry.grpc.as_ref().expect("the fixture has grpc:");
    let pool = compile("error_reason.proto", &proto);

    let package = grpc
        .package
        .as_deref()
        .expect("the fixture names a package");
    let name = format!("{package}.{}", config.reason_enum);
    let reasons = pool
        .get_enum_by_name(&name)
        .unwrap_or_else(|| panic!("no enum {name} in\n{proto}"));
    let compiled: Vec<(String, i32)> = reasons
        .values()
        .map(|v| (v.name().to_owned(), v.number()))
        .collect();

    let (numbers, reserved) = lock_numbers(&lock);
    assert!(
        !reserved.is_empty(),
        "the fixture's lock has a removed code"
    );
    let mut expected: Vec<(String, i32)> = registry
        .codes()
        .map(|(_, code)| {
            let face = code.grpc.as_ref().expect("every code has a reason");
            let number = numbers[&code.code];
            (face.reason.clone(), i32::try_from(number).unwrap())
        })
        .collect();
    expected.sort_by_key(|(_, n)| *n);
    let first = &compiled[0];
    assert_eq!(first.1, 0, "{proto}");
    assert!(first.0.ends_with("_UNSPECIFIED"), "{proto}");
    assert_eq!(compiled[1..], expected[..], "{proto}");

    // Reserved: the lock's numbers and names, none in use.
    let descriptor = reasons.enum_descriptor_proto();
    let ranges: Vec<i32> = descriptor
        .reserved_range
        .iter()
        .flat_map(|r| r.start()..=r.end())
        .collect();
    let want_numbers: Vec<i32> = reserved
        .iter()
        .map(|(n, _)| i32::try_from(*n).unwrap())
        .collect();
    assert_eq!(ranges, want_numbers, "{proto}");
    let want_names: Vec<&str> = reserved.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(descriptor.reserved_name, want_names, "{proto}");

    // The file's package and options are the registry's.
    let file = reasons.parent_file();
    let options = file
        .file_descriptor_proto()
        .options
        .clone()
        .unwrap_or_default();
    assert_eq!(file.package_name(), package);
    assert_eq!(options.go_package, grpc.go_package);
    assert_eq!(options.java_package, grpc.java_package);

    // Each value's comment holds its meaning and canonical code.
    let info = file
        .file_descriptor_proto()
        .source_code_info
        .clone()
        .expect("source info was asked for");
    let enum_index = file
        .file_descriptor_proto()
        .enum_type
        .iter()
        .position(|e| e.name() == config.reason_enum)
        .unwrap() as i32;
    for (_, code) in registry.codes() {
        let face = code.grpc.as_ref().unwrap();
        let index = compiled
            .iter()
            .position(|(n, _)| *n == face.reason)
            .unwrap();
        // FileDescriptorProto.enum_type = 5, EnumDescriptorProto.value = 2.
        let path = [5, enum_index, 2, index as i32];
        let comment = info
            .location
            .iter()
            .find(|l| l.path == path)
            .and_then(|l| l.leading_comments.clone())
            .unwrap_or_default();
        assert!(comment.contains(face.code.as_str()), "{comment:?}");
        if let Some(meaning) = &code.meaning {
            assert!(comment.contains(meaning.as_str()), "{comment:?}");
        }
    }
}

/// A registry's hostile text reaches the `.proto` only in comments: the
/// file still compiles, to the same values.
#[test]
fn hostile_meanings_compile_to_the_same_enum() {
    let path = workspace_root().join(FIXTURE);
    let text = std::fs::read_to_string(&path).unwrap();
    let hostile = text.replacen(
        "meaning: The account cannot cover the amount",
        "meaning: 'x */ enum Evil { EVIL = 0; } /* // \"quoted\" \\ end'",
        1,
    );
    assert_ne!(hostile, text, "the fixture's meaning moved");
    let registry = Registry::parse(Path::new(FIXTURE), &hostile).unwrap();
    let outputs = project().outputs(&registry).unwrap();
    let proto = &outputs
        .iter()
        .find(|o| o.path == project().config().proto)
        .unwrap()
        .contents;
    let pool = compile("error_reason.proto", proto);
    assert_eq!(pool.all_enums().count(), 1, "{proto}");
    let values = pool.all_enums().next().unwrap().values().len();
    assert_eq!(values, registry.codes().count() + 1, "{proto}");
}

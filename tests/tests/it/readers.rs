//! One reader process per client language for many bodies of many
//! registries: each registry's TypeScript package (its generated data and
//! the hand-written sources) and Python import package are written side by
//! side in one scratch folder, a test's reader reads every input it is
//! given, a JSON list in on standard input and a JSON list out, and `tsc`
//! checks and compiles every package and reader in one run. Starting
//! `node`, `tsc` or `python3` once per body costs more than the reads: the
//! tests of every fixture's readers (`outputs_layouts`, `outputs_google`)
//! share this instead.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use error_codes_codegen::Registry;
use error_codes_tests::{output, project, python_data, typescript_data};
use serde_json::Value;

use super::outputs_typescript::{assert_success, copy_sources, node, scratch, tsc, write_tsconfig};

/// One input for a reader: the index of its registry among those given,
/// and what the reader is handed.
pub(super) type Input = (usize, Value);

/// Runs `command` with `inputs` (a JSON list) on its standard input and
/// returns what it printed: a JSON list, one value per input.
fn run_with(what: &str, command: &mut Command, inputs: &Value) -> Vec<Value> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let text = inputs.to_string();
    // Written from another thread: a reader that prints while it reads
    // never waits on a full pipe.
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out: Output = child.wait_with_output().expect("the reader ends");
    writer.join().unwrap().expect("the reader takes its input");
    assert_success(what, &out);
    let read: Vec<Value> = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{what} printed no JSON list ({e})"));
    let count = inputs.as_array().map_or(0, Vec::len);
    assert_eq!(read.len(), count, "{what}: one value per input");
    read
}

/// What each of `inputs` reads as with the TypeScript package generated for
/// its registry. `reader` is a module, compiled once beside each package's
/// sources, that imports from `"./src/index.js"` and exports
/// `read(input: any): unknown`. One `tsc` run, one `node` process.
pub(super) fn typescript(
    name: &str,
    registries: &[&Registry],
    reader: &str,
    inputs: &[Input],
) -> Vec<Value> {
    let project = project();
    let dir = scratch(name);
    let mut main = String::new();
    let mut table = Vec::new();
    for (i, registry) in registries.iter().enumerate() {
        let package = dir.join(format!("p{i}"));
        copy_sources(
            &package,
            Some(&output(
                &project,
                registry,
                &typescript_data(project.config()),
            )),
        );
        std::fs::write(package.join("read.ts"), reader).unwrap();
        main.push_str(&format!(
            "import {{ read as read{i} }} from \"./p{i}/read.js\";\n"
        ));
        table.push(format!("read{i}"));
    }
    main.push_str(&format!(
        "declare const process: {{ stdin: {{ setEncoding(e: string): void; \
         on(event: string, f: (chunk?: string) => void): void }} }};\n\
         declare const console: {{ log(...args: unknown[]): void }};\n\
         const readers: ((input: any) => unknown)[] = [{}];\n\
         let text = \"\";\n\
         process.stdin.setEncoding(\"utf8\");\n\
         process.stdin.on(\"data\", (chunk) => {{ text += chunk ?? \"\"; }});\n\
         process.stdin.on(\"end\", () => {{\n\
           const inputs = JSON.parse(text) as [number, unknown][];\n\
           console.log(JSON.stringify(inputs.map(([i, input]) => readers[i]!(input) ?? null)));\n\
         }});\n",
        table.join(", ")
    ));
    std::fs::write(dir.join("main.ts"), main).unwrap();
    write_tsconfig(&dir, &["main.ts"], true);
    assert_success(
        "tsc",
        &node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]),
    );
    run_with(
        "node main.js",
        Command::new("node").arg(dir.join("out/main.js")),
        &to_list(inputs),
    )
}

/// What each of `inputs` reads as with the Python import package generated
/// for its registry. `reader` defines `read(package, input)`, `package`
/// being the import package's name (`importlib` and `json` are imported).
/// One `python3` process.
pub(super) fn python(
    name: &str,
    registries: &[&Registry],
    reader: &str,
    inputs: &[Input],
) -> Vec<Value> {
    let project = project();
    let dir = scratch(name);
    let data = python_data(project.config());
    let inside = &data[..data.rfind('/').unwrap() + 1];
    for (i, registry) in registries.iter().enumerate() {
        write_python_package(&dir.join(format!("p{i}")), &project, registry, inside);
    }
    let script = format!(
        "import importlib, json, sys\n\
         {reader}\n\
         inputs = json.load(sys.stdin)\n\
         print(json.dumps([read('p%d' % i, input) for i, input in inputs]))\n"
    );
    run_with(
        "python3",
        Command::new("python3")
            .arg("-c")
            .arg(script)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .current_dir(&dir),
        &to_list(inputs),
    )
}

/// The import package generated for `registry` (its data, its `details`
/// module and the hand-written files: every output under `inside`).
fn write_python_package(
    package: &Path,
    project: &error_codes_codegen::Project,
    registry: &Registry,
    inside: &str,
) {
    std::fs::create_dir_all(package).unwrap();
    let mut written = 0;
    for made in project.outputs(registry).unwrap() {
        if let Some(file) = made.path.strip_prefix(inside) {
            std::fs::write(package.join(file), &made.contents).unwrap();
            written += 1;
        }
    }
    assert!(written > 0, "no output lies in {inside}");
}

fn to_list(inputs: &[Input]) -> Value {
    Value::Array(
        inputs
            .iter()
            .map(|(i, input)| serde_json::json!([i, input]))
            .collect(),
    )
}

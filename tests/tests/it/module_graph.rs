//! The crates' modules import one way: no file of `codegen/src` or
//! `runtime/src` reaches, through `crate::` and `super::` paths, a file that
//! reaches it back (a module and its own submodules aside; `#[cfg(test)]`
//! modules are not imports). A new edge that closes a cycle fails here with
//! the files of the cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use error_codes_tests::workspace_root as workspace;

/// A module path (`["emit", "markdown"]`; the crate root is empty) per file.
fn modules(src: &Path) -> BTreeMap<Vec<String>, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(src).unwrap().with_extension("");
                let mut parts: Vec<String> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if matches!(
                    parts.last().map(String::as_str),
                    Some("mod" | "lib" | "main")
                ) {
                    parts.pop();
                }
                out.insert(parts, path);
            }
        }
    }
    out
}

/// The source without comments, string contents and `#[cfg(test)]` items.
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '"' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    // A `#[cfg(test)]` item runs to the end of its braces.
    while let Some(at) = out.find("#[cfg(test)]") {
        let open = out[at..].find(['{', ';']).map_or(out.len(), |i| at + i);
        let end = if out[open..].starts_with(';') {
            open + 1
        } else {
            let mut depth = 0;
            let mut end = out.len();
            for (i, c) in out[open..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = open + i + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            end
        };
        out.replace_range(at..end, "");
    }
    out
}

/// Every path that starts with `crate::` or `super::`, its segments
/// expanded over `{…}` groups: `crate::{a, b::c}` is `crate::a` and
/// `crate::b::c`.
fn paths(code: &str) -> Vec<Vec<String>> {
    let tokens: Vec<String> = {
        let mut tokens = Vec::new();
        let mut word = String::new();
        for c in code.chars() {
            if c.is_alphanumeric() || c == '_' {
                word.push(c);
            } else {
                if !word.is_empty() {
                    tokens.push(std::mem::take(&mut word));
                }
                if !c.is_whitespace() {
                    tokens.push(c.to_string());
                }
            }
        }
        tokens
    };
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if (token == "crate" || token == "super")
            && tokens.get(i + 1).map(String::as_str) == Some(":")
            && (i == 0 || tokens[i - 1] != ":")
        {
            expand(&tokens, i, vec![], &mut out);
        }
    }
    out
}

fn expand(tokens: &[String], mut i: usize, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    loop {
        match tokens.get(i).map(String::as_str) {
            Some("{") => {
                // A group: each comma-separated part continues the prefix.
                let mut depth = 0;
                let mut start = i + 1;
                let mut j = i;
                while let Some(t) = tokens.get(j) {
                    match t.as_str() {
                        "{" => depth += 1,
                        "}" => {
                            depth -= 1;
                            if depth == 0 {
                                expand(tokens, start, prefix.clone(), out);
                                return;
                            }
                        }
                        "," if depth == 1 => {
                            expand(tokens, start, prefix.clone(), out);
                            start = j + 1;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                return;
            }
            Some(word) if word.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                prefix.push(word.to_owned());
                if tokens.get(i + 1).map(String::as_str) == Some(":")
                    && tokens.get(i + 2).map(String::as_str) == Some(":")
                {
                    i += 3;
                    continue;
                }
                out.push(prefix);
                return;
            }
            _ => {
                if !prefix.is_empty() {
                    out.push(prefix);
                }
                return;
            }
        }
    }
}

/// The files each file imports, parents and children left out.
fn edges(src: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules(src);
    let resolve = |parts: &[String]| -> Option<Vec<String>> {
        (1..=parts.len())
            .rev()
            .map(|n| parts[..n].to_vec())
            .find(|candidate| modules.contains_key(candidate))
    };
    let mut edges = BTreeMap::new();
    for (module, file) in &modules {
        let text = code(&std::fs::read_to_string(file).unwrap());
        let mut targets = BTreeSet::new();
        for path in paths(&text) {
            let absolute: Vec<String> = match path.first().map(String::as_str) {
                Some("crate") => path[1..].to_vec(),
                Some("super") => {
                    let supers = path.iter().take_while(|s| *s == "super").count();
                    let base = module.len().saturating_sub(supers);
                    module[..base]
                        .iter()
                        .chain(&path[supers..])
                        .cloned()
                        .collect()
                }
                _ => continue,
            };
            if let Some(target) = resolve(&absolute) {
                let related = target.starts_with(module) || module.starts_with(&target);
                if !related {
                    targets.insert(target);
                }
            }
        }
        edges.insert(module.clone(), targets);
    }
    edges
}

/// The strongly connected components of more than one file (Tarjan).
fn cycles(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<&'a [String], usize>,
        low: BTreeMap<&'a [String], usize>,
        stack: Vec<&'a [String]>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a [String]) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        for w in s.edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w.as_slice()) {
                visit(s, w);
                let low = s.low[w.as_slice()].min(s.low[v]);
                s.low.insert(v, low);
            } else if s.stack.contains(&w.as_slice()) {
                let low = s.index[w.as_slice()].min(s.low[v]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                component.push(if w.is_empty() {
                    "lib".to_owned()
                } else {
                    w.join("::")
                });
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v.as_slice()) {
            visit(&mut state, v);
        }
    }
    state.found
}

#[test]
fn the_generator_and_the_runtime_import_one_way() {
    for krate in ["codegen", "runtime"] {
        let src = workspace().join(krate).join("src");
        let edges = edges(&src);
        assert!(edges.len() > 5, "{krate}: read {} files", edges.len());
        let found = cycles(&edges);
        assert!(found.is_empty(), "{krate}/src has import cycles: {found:?}");
    }
}

/// The checker itself finds a cycle, through a group and `super::`.
#[test]
fn a_cycle_is_found() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("module-graph");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("lib.rs"), "mod a; mod b;").unwrap();
    std::fs::write(
        dir.join("a.rs"),
        "use crate::{b::c::Thing, x};\n// use crate::lib;\n",
    )
    .unwrap();
    std::fs::write(dir.join("b/mod.rs"), "mod c;").unwrap();
    std::fs::write(
        dir.join("b/c.rs"),
        "fn f() { super::super::a::g(\"crate::b\") }",
    )
    .unwrap();
    let found = cycles(&edges(&dir));
    assert_eq!(found, [vec!["a".to_owned(), "b::c".to_owned()]]);
}

/// One path reads a registry file and one writes files: only the pipeline
/// (`project.rs`) imports `write`, and only it names the registry document
/// that `yaml::read` is given (`load::REGISTRY`). `init`, `diff`, `lock`
/// and the build script go through it.
#[test]
fn only_the_pipeline_reads_registries_and_writes_files() {
    let src = workspace().join("codegen/src");
    let edges = edges(&src);
    let project = vec!["project".to_owned()];
    let writers: Vec<_> = edges
        .iter()
        .filter(|(_, targets)| targets.contains(&vec!["write".to_owned()]))
        .map(|(module, _)| module.join("::"))
        .collect();
    assert_eq!(writers, ["project"], "modules that import `write`");
    let readers: Vec<String> = modules(&src)
        .into_iter()
        .filter(|(module, _)| module != &project && module.first().is_none_or(|m| m != "load"))
        .filter(|(_, file)| {
            code(&std::fs::read_to_string(file).unwrap()).contains("load::REGISTRY")
        })
        .map(|(module, _)| module.join("::"))
        .collect();
    assert!(
        readers.is_empty(),
        "modules that read a registry file themselves: {readers:?}"
    );
}

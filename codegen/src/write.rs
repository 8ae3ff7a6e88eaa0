//! Writing generated files: all or nothing.
//!
//! Every changed file is first written in full to a temporary file in its
//! own folder; only when all of them were written are they renamed into
//! place. A failure (a full disk, a read-only folder, a kill before the
//! renames) leaves every existing file as it was, and says which file could
//! not be written. An unchanged file is not touched, so it keeps its
//! modification time and nothing downstream rebuilds.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Writes each `(path, contents)` whose file is missing or differs, creating
/// folders as needed. Returns the paths that were written, in order.
pub(crate) fn write_all<'a>(
    files: impl IntoIterator<Item = (PathBuf, &'a str)>,
) -> Result<Vec<PathBuf>, Error> {
    let changed: Vec<(PathBuf, &str)> = files
        .into_iter()
        .filter(|(path, contents)| fs::read(path).ok().as_deref() != Some(contents.as_bytes()))
        .collect();
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    for (path, contents) in &changed {
        match stage(path, contents) {
            Ok(temp) => staged.push((temp, path.clone())),
            Err(err) => {
                discard(&staged);
                return Err(err);
            }
        }
    }
    let mut written = Vec::new();
    for (i, (temp, path)) in staged.iter().enumerate() {
        if let Err(source) = fs::rename(temp, path) {
            discard(&staged[i..]);
            return Err(Error::Io {
                path: path.clone(),
                source,
            });
        }
        written.push(path.clone());
    }
    Ok(written)
}

/// Writes each `(path, contents)` whose file is missing, as [`write_all`]
/// does; a file that exists is left as it is, whatever it holds (a package
/// manifest's version is its maintainers'). Returns the paths written.
pub(crate) fn create_missing<'a>(
    files: impl IntoIterator<Item = (PathBuf, &'a str)>,
) -> Result<Vec<PathBuf>, Error> {
    write_all(files.into_iter().filter(|(path, _)| !path.exists()))
}

/// Writes `contents` to a new temporary file next to `path` and flushes it
/// to disk; returns the temporary file's path.
fn stage(path: &Path, contents: &str) -> Result<PathBuf, Error> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).map_err(Error::io(&dir))?;
    let name = path
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = fs::File::create(&temp)
        .and_then(|mut file| {
            file.write_all(contents.as_bytes())?;
            file.sync_all()
        })
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        });
    if result.is_err() {
        // Best effort: the temporary file is ours and incomplete.
        let _ = fs::remove_file(&temp);
    }
    result.map(|()| temp)
}

/// Removes temporary files that will not be renamed into place.
fn discard(staged: &[(PathBuf, PathBuf)]) {
    for (temp, _) in staged {
        // Best effort: a leftover `.*.tmp` file is harmless and visible.
        let _ = fs::remove_file(temp);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("error-codes-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn writes_only_what_changed_and_creates_folders() {
        let dir = scratch("changed");
        fs::write(dir.join("same.txt"), "same").unwrap();
        let written = write_all([
            (dir.join("same.txt"), "same"),
            (dir.join("new/deep.txt"), "new"),
        ])
        .unwrap();
        assert_eq!(written, vec![dir.join("new/deep.txt")]);
        assert_eq!(fs::read_to_string(dir.join("new/deep.txt")).unwrap(), "new");
        let leftovers: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn create_missing_never_touches_an_existing_file() {
        let dir = scratch("missing");
        fs::write(dir.join("package.json"), "{\"version\": \"2.3.4\"}").unwrap();
        let written = create_missing([
            (dir.join("package.json"), "{\"version\": \"0.1.0\"}"),
            (dir.join("pkg/pyproject.toml"), "version = \"0.1.0\""),
        ])
        .unwrap();
        assert_eq!(written, vec![dir.join("pkg/pyproject.toml")]);
        assert_eq!(
            fs::read_to_string(dir.join("package.json")).unwrap(),
            "{\"version\": \"2.3.4\"}"
        );
    }

    #[test]
    fn a_file_that_cannot_be_written_leaves_every_file_as_it_was() {
        let dir = scratch("atomic");
        fs::write(dir.join("a.txt"), "old a").unwrap();
        // A folder where a file should go: its temporary file can be written,
        // but `blocked/x.txt` cannot, since `blocked` is a file.
        fs::write(dir.join("blocked"), "a file, not a folder").unwrap();
        let err = write_all([
            (dir.join("a.txt"), "new a"),
            (dir.join("blocked/x.txt"), "x"),
        ])
        .unwrap_err();
        assert!(err.to_string().contains("blocked"), "{err}");
        assert_eq!(fs::read_to_string(dir.join("a.txt")).unwrap(), "old a");
        let names: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    }
}

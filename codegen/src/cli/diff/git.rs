//! Files as they were at a git revision: `git show REV:./path`, run as a
//! subprocess (no git library), with errors that say which of revision,
//! file or repository is missing.

use std::fmt;
use std::path::Path;
use std::process::Command;

/// Why a file could not be read at a revision: what is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum GitError {
    /// git could not run, or `dir` is not in a git repository.
    Repository(String),
    /// The revision does not name a commit.
    Revision(String),
    /// The commit has no such file.
    File { revision: String, path: String },
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GitError::Repository(why) => write!(f, "not a git repository: {why}"),
            GitError::Revision(rev) => write!(f, "no such revision {rev:?}"),
            GitError::File { revision, path } => {
                write!(f, "no {path} at revision {revision:?}")
            }
        }
    }
}

impl std::error::Error for GitError {}

fn git(root: &Path, args: &[&str]) -> Result<std::process::Output, GitError> {
    Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| GitError::Repository(format!("cannot run git: {e}")))
}

/// Checks that `root` is in a git repository and `revision` names a commit.
pub(super) fn verify(root: &Path, revision: &str) -> Result<(), GitError> {
    let inside = git(root, &["rev-parse", "--git-dir"])?;
    if !inside.status.success() {
        let why = String::from_utf8_lossy(&inside.stderr).trim().to_string();
        return Err(GitError::Repository(why));
    }
    // A revision that starts with `-` would be read as an option.
    if revision.starts_with('-') {
        return Err(GitError::Revision(revision.to_string()));
    }
    let commit = format!("{revision}^{{commit}}");
    let found = git(root, &["rev-parse", "--verify", "--quiet", &commit])?;
    if found.status.success() {
        Ok(())
    } else {
        Err(GitError::Revision(revision.to_string()))
    }
}

/// The text of `path` (relative to `root`, `/`-separated) at `revision`;
/// `None` when the commit has no such file. Call [`verify`] first.
pub(super) fn show(root: &Path, revision: &str, path: &str) -> Result<Option<Vec<u8>>, GitError> {
    let object = format!("{revision}:./{path}");
    let exists = git(root, &["cat-file", "-e", &object])?;
    if !exists.status.success() {
        return Ok(None);
    }
    let out = git(root, &["show", &object])?;
    if out.status.success() {
        Ok(Some(out.stdout))
    } else {
        Err(GitError::File {
            revision: revision.to_string(),
            path: path.to_string(),
        })
    }
}

#!/usr/bin/env python3
"""Seeds a cargo build folder with another's builds of the registry's crates.

    scripts/seed-build-dir.py [--if-consistent] FROM TO

Hard-links into TO/debug what FROM/debug (FROM a build folder, such as
`target`) holds of every crate from a registry that this workspace's
Cargo.lock names: their libraries (`deps/libCRATE-HASH.*`), fingerprints
(`.fingerprint/PACKAGE-HASH/`) and build-script folders (`build/PACKAGE-HASH/`).
What TO has already stays. Cargo then finds those crates fresh in TO: a
dependency's file name (its name and metadata hash: version, features,
profile, dependencies) does not hang on the build folder, nor its freshness
on file times.

Never a path package (the workspace's, a copy's, a scratch project's, a
packaged crate reached through a local registry under its own name): cargo
names such a build by its path from its workspace root and takes it for fresh
by its sources' times, so another project's build of it would pass for its
own. Cargo replaces what it builds again (rustc writes to a temporary file it
renames) and writes a fingerprint anew only for a crate it builds again under
the same name: the same crate, so at worst the next build in FROM finds it
changed and builds it again.

A dependency's file name is not all of it, though: a crate that includes a
file its build script wrote (serde's and serde_core's `private.rs`) names the
build folder's path in its own hash, which every crate built on it records.
So the same-named build of serde_core from two folders are two crates, and a
serde linked from FROM beside TO's own serde_core cannot be loaded ("can't
find crate for `serde`"). With `--if-consistent` (for TO a folder other
builds go on using), nothing is linked when TO holds a library FROM holds
too, under the same name, compiled apart: FROM's builds rest on libraries TO
does not have.

Used by the tier-2 scenarios (tests/tests/it/main.rs) and by
scripts/check-package.sh.
"""

import os
import re
import sys
from pathlib import Path

WORKSPACE = Path(__file__).resolve().parent.parent


def registry_crates():
    """The names (as packages and as crates) of the lock's registry crates."""
    lock = (WORKSPACE / "Cargo.lock").read_text(encoding="utf-8")
    names = set()
    for block in lock.split("[[package]]")[1:]:
        fields = dict(re.findall(r'^(\w+) = "(.*)"$', block, re.M))
        if "source" in fields and "name" in fields:
            names.add(fields["name"])
            names.add(fields["name"].replace("-", "_"))
    return names


def from_registry(entry, names):
    """Whether `entry` (`PACKAGE-HASH`, `libCRATE-HASH.EXT`) is such a crate's.

    `libc`'s folder is `libc-HASH`, its library `liblibc-HASH.rlib`.
    """
    stem = entry.split(".", 1)[0]
    stems = [stem] + ([stem[3:]] if stem.startswith("lib") else [])
    return any("-" in s and s.rsplit("-", 1)[0] in names for s in stems)


def link_tree(source, target):
    """Hard-links the file `source` to `target`, or each file under it."""
    if source.is_symlink():
        return
    if source.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        for child in source.iterdir():
            link_tree(child, target / child.name)
    elif source.is_file() and not target.exists():
        try:
            os.link(source, target)
        except OSError:
            pass  # another seeding linked it first, or another file system


def compiled_apart(source, target, names):
    """The libraries both `source` and `target` hold under the same name that
    are not the same file."""
    if not (source / "deps").is_dir() or not (target / "deps").is_dir():
        return []
    apart = []
    for entry in (source / "deps").iterdir():
        if not entry.name.startswith("lib") or not from_registry(entry.name, names):
            continue
        other = target / "deps" / entry.name
        try:
            if not os.path.samefile(entry, other):
                apart.append(entry.name)
        except OSError:
            pass  # not in TO
    return apart


def main():
    args = sys.argv[1:]
    if_consistent = args[:1] == ["--if-consistent"]
    if if_consistent:
        args = args[1:]
    if len(args) != 2:
        sys.exit("usage: scripts/seed-build-dir.py [--if-consistent] FROM TO")
    source, target = Path(args[0]) / "debug", Path(args[1]) / "debug"
    names = registry_crates()
    if if_consistent:
        apart = compiled_apart(source, target, names)
        if apart:
            print(
                f"seed-build-dir: nothing linked into {target}: compiled apart there "
                f"and in {source}: {', '.join(sorted(apart)[:5])}",
                file=sys.stderr,
            )
            return
    for folder, libraries_only in (("deps", True), (".fingerprint", False), ("build", False)):
        if not (source / folder).is_dir():
            continue
        (target / folder).mkdir(parents=True, exist_ok=True)
        for entry in (source / folder).iterdir():
            if libraries_only and not entry.name.startswith("lib"):
                continue
            if from_registry(entry.name, names):
                link_tree(entry, target / folder / entry.name)


if __name__ == "__main__":
    main()

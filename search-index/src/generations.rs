//! Generation directories and the atomic `CURRENT` pointer.
//!
//! Layout of one collection:
//! ```text
//! index/site/CURRENT          -> text file holding the name of the live generation
//! index/site/gen-000000000042 -> a complete tantivy index
//! index/site/gen-000000000043.building  (while a rebuild runs; never read)
//! ```
//! `CURRENT` is replaced by writing `CURRENT.tmp` and renaming it over, which is atomic on
//! POSIX file systems. The previous generation is kept (a reader may still hold it open);
//! older ones are removed after a successful swap.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::SearchError;

const CURRENT: &str = "CURRENT";
const PREFIX: &str = "gen-";
const BUILDING: &str = ".building";

/// The generations of one collection's index.
#[derive(Debug, Clone)]
pub struct Generations {
    root: PathBuf,
}

/// A generation that is being built; [`Generations::publish`] makes it live.
#[derive(Debug)]
pub struct Generation {
    pub name: String,
    pub dir: PathBuf,
}

impl Generations {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The name of the live generation, if any has been published.
    ///
    /// The index is derived data, so a bad pointer is repaired rather than fatal: when
    /// `CURRENT` is missing, empty, or names a generation that is not there or not complete,
    /// the newest complete generation is used (with a warning) and `CURRENT` is pointed at it.
    /// `None` when there is no complete generation at all: the caller rebuilds.
    pub fn current_name(&self) -> Result<Option<String>, SearchError> {
        let path = self.root.join(CURRENT);
        let named = match fs::read_to_string(&path) {
            Ok(name) => Some(name.trim().to_owned()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(SearchError::Io { path, error: e }),
        };
        if let Some(name) = &named
            && self.is_complete(name)
        {
            return Ok(named);
        }
        let fallback = self.newest_complete();
        if named.is_some() || fallback.is_some() {
            tracing::warn!(
                collection = %self.root.display(),
                pointer = ?named,
                using = ?fallback,
                "CURRENT does not name a complete index generation: using the newest complete one (or rebuilding when there is none)"
            );
        }
        if let Some(name) = &fallback
            && let Err(e) = self.point_at(name)
        {
            tracing::warn!(error = %e, "could not repair CURRENT");
        }
        if fallback.is_none() && named.is_some() {
            // Nothing to point at: remove the bad pointer so the next build starts clean.
            let _ = fs::remove_file(&path);
        }
        Ok(fallback)
    }

    /// A finished generation directory holding a tantivy index.
    fn is_complete(&self, name: &str) -> bool {
        name.starts_with(PREFIX)
            && !name.ends_with(BUILDING)
            && !name.contains(['/', '\\'])
            && name != "."
            && self.root.join(name).join("meta.json").is_file()
    }

    /// The newest finished generation, by name (names grow with time).
    fn newest_complete(&self) -> Option<String> {
        let entries = fs::read_dir(&self.root).ok()?;
        entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| self.is_complete(name))
            .max()
    }

    /// Point `CURRENT` at `name`: write a temporary file, fsync it, rename it over, and fsync
    /// the directory so the rename itself survives a crash.
    fn point_at(&self, name: &str) -> Result<(), SearchError> {
        let tmp = self
            .root
            .join(format!("{CURRENT}.tmp.{}", std::process::id()));
        fs::write(&tmp, name).map_err(SearchError::io(&tmp))?;
        fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(SearchError::io(&tmp))?;
        fs::rename(&tmp, self.root.join(CURRENT)).map_err(SearchError::io(&self.root))?;
        fs::File::open(&self.root)
            .and_then(|d| d.sync_all())
            .map_err(SearchError::io(&self.root))?;
        Ok(())
    }

    /// The directory of the live generation, if any.
    pub fn current_dir(&self) -> Result<Option<PathBuf>, SearchError> {
        Ok(self.current_name()?.map(|name| self.root.join(name)))
    }

    /// Make a fresh, empty directory for a new generation.
    pub fn begin(&self) -> Result<Generation, SearchError> {
        fs::create_dir_all(&self.root).map_err(SearchError::io(&self.root))?;
        let stamp = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_micros())
            .unwrap_or_default();
        let mut n = stamp;
        loop {
            let name = format!("{PREFIX}{n:020}");
            let dir = self.root.join(format!("{name}{BUILDING}"));
            if !dir.exists() && !self.root.join(&name).exists() {
                fs::create_dir(&dir).map_err(SearchError::io(&dir))?;
                return Ok(Generation { name, dir });
            }
            n += 1;
        }
    }

    /// Rename the finished generation into place, repoint `CURRENT` at it, and prune
    /// generations older than the previous one.
    pub fn publish(&self, generation: Generation) -> Result<PathBuf, SearchError> {
        let final_dir = self.root.join(&generation.name);
        fs::rename(&generation.dir, &final_dir).map_err(SearchError::io(&final_dir))?;
        let previous = self.current_name()?;
        self.point_at(&generation.name)?;
        self.prune(&generation.name, previous.as_deref());
        Ok(final_dir)
    }

    /// Throw away an unfinished generation (a failed rebuild leaves the live one serving).
    pub fn abandon(&self, generation: Generation) {
        let _ = fs::remove_dir_all(&generation.dir);
    }

    fn prune(&self, keep: &str, previous: Option<&str>) {
        let Ok(entries) = fs::read_dir(&self.root) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_generation = name.starts_with(PREFIX);
            let is_stale_build = name.ends_with(BUILDING);
            let wanted = name == keep || Some(name.as_str()) == previous;
            // Only remove finished old generations: a `.building` directory may belong to a
            // rebuild still running in another process, unless it is older than an hour.
            let old_enough = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600);
            if is_generation
                && !wanted
                && (!is_stale_build || old_enough)
                && let Err(e) = fs::remove_dir_all(entry.path())
            {
                tracing::warn!(path = %entry.path().display(), error = %e, "could not prune old index generation");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_swaps_current_and_keeps_one_previous() {
        let tmp = tempfile::tempdir().unwrap();
        let gens = Generations::new(tmp.path().join("site"));
        assert_eq!(gens.current_name().unwrap(), None);

        let mut names = Vec::new();
        for _ in 0..3 {
            let g = gens.begin().unwrap();
            assert!(g.dir.ends_with(format!("{}{BUILDING}", g.name)));
            fs::write(g.dir.join("meta.json"), "{}").unwrap();
            names.push(g.name.clone());
            gens.publish(g).unwrap();
        }
        assert_eq!(
            gens.current_name().unwrap().as_deref(),
            Some(names[2].as_str())
        );
        assert!(
            !gens.root().join(&names[0]).exists(),
            "oldest generation pruned"
        );
        assert!(
            gens.root().join(&names[1]).exists(),
            "previous generation kept"
        );
    }

    /// A generation with the file that marks a finished tantivy index.
    fn finished(gens: &Generations) -> String {
        let g = gens.begin().unwrap();
        fs::write(g.dir.join("meta.json"), "{}").unwrap();
        let name = g.name.clone();
        gens.publish(g).unwrap();
        name
    }

    #[test]
    fn a_bad_current_pointer_falls_back_to_the_newest_complete_generation() {
        let tmp = tempfile::tempdir().unwrap();
        let gens = Generations::new(tmp.path().join("site"));
        let older = finished(&gens);
        let newer = finished(&gens);
        let pointer = gens.root().join(CURRENT);
        // An unfinished build is never chosen.
        let building = gens.begin().unwrap();
        fs::write(building.dir.join("meta.json"), "{}").unwrap();

        for bad in [
            "",
            "gen-00000000000000000001",
            "../elsewhere",
            "gen-x.building",
        ] {
            fs::write(&pointer, bad).unwrap();
            assert_eq!(
                gens.current_name().unwrap().as_deref(),
                Some(newer.as_str()),
                "{bad:?}"
            );
            // Repaired on disk.
            assert_eq!(fs::read_to_string(&pointer).unwrap(), newer, "{bad:?}");
        }
        // The named generation exists but is empty (a crash mid-copy): the next one down.
        fs::remove_file(gens.root().join(&newer).join("meta.json")).unwrap();
        assert_eq!(
            gens.current_name().unwrap().as_deref(),
            Some(older.as_str())
        );
        // No pointer at all, generations present: the newest complete one.
        fs::remove_file(&pointer).unwrap();
        assert_eq!(
            gens.current_name().unwrap().as_deref(),
            Some(older.as_str())
        );
        // Nothing complete: no generation, and the bad pointer is gone.
        fs::remove_dir_all(gens.root().join(&older)).unwrap();
        fs::write(&pointer, &older).unwrap();
        assert_eq!(gens.current_name().unwrap(), None);
        assert!(!pointer.exists());
    }

    #[test]
    fn abandoned_build_leaves_current_serving() {
        let tmp = tempfile::tempdir().unwrap();
        let gens = Generations::new(tmp.path().join("site"));
        let first_name = finished(&gens);
        let failed = gens.begin().unwrap();
        let failed_dir = failed.dir.clone();
        gens.abandon(failed);
        assert!(!failed_dir.exists());
        assert_eq!(gens.current_name().unwrap(), Some(first_name));
    }
}

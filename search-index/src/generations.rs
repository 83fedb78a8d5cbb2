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
    pub fn current_name(&self) -> Result<Option<String>, SearchError> {
        let path = self.root.join(CURRENT);
        match fs::read_to_string(&path) {
            Ok(name) => Ok(Some(name.trim().to_owned())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(SearchError::Io { path, source: e }),
        }
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
        let tmp = self.root.join(format!("{CURRENT}.tmp"));
        fs::write(&tmp, &generation.name).map_err(SearchError::io(&tmp))?;
        // fsync the pointer before the rename so a crash cannot leave it empty.
        fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(SearchError::io(&tmp))?;
        fs::rename(&tmp, self.root.join(CURRENT)).map_err(SearchError::io(&self.root))?;
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

    #[test]
    fn abandoned_build_leaves_current_serving() {
        let tmp = tempfile::tempdir().unwrap();
        let gens = Generations::new(tmp.path().join("site"));
        let first = gens.begin().unwrap();
        let first_name = first.name.clone();
        gens.publish(first).unwrap();
        let failed = gens.begin().unwrap();
        let failed_dir = failed.dir.clone();
        gens.abandon(failed);
        assert!(!failed_dir.exists());
        assert_eq!(gens.current_name().unwrap(), Some(first_name));
    }
}

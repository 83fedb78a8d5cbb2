//! Identifiers: CQC location and provider ids, and report link ids.

use std::collections::HashSet;

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

/// "1-" and 9 to 11 digits, never repeated within one run (locations and providers share
/// the space, as CQC's do).
pub(super) fn new_cqc_id(rng: &mut ChaCha8Rng, used: &mut HashSet<u64>) -> String {
    loop {
        let digits = [9u32, 10, 10, 11][rng.random_range(0..4)];
        let lo = 10u64.pow(digits - 1);
        let n = rng.random_range(lo..lo * 10);
        if used.insert(n) {
            return format!("1-{n}");
        }
    }
}

/// A CQC-style report link id (a version-4 UUID), written straight into the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LinkId(u128);

impl LinkId {
    pub(super) fn new(rng: &mut ChaCha8Rng) -> LinkId {
        let a: u128 = rng.random();
        let a = (a & !(0xF << 76)) | (0x4 << 76);
        LinkId((a & !(0x3 << 62)) | (0x2 << 62))
    }

    /// `prefix` then the 36-character id.
    fn write<S: serde::Serializer>(self, prefix: &str, s: S) -> Result<S::Ok, S::Error> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut buf = [0u8; 48];
        buf[..prefix.len()].copy_from_slice(prefix.as_bytes());
        let mut at = prefix.len();
        for i in 0..32 {
            if matches!(i, 8 | 12 | 16 | 20) {
                buf[at] = b'-';
                at += 1;
            }
            buf[at] = HEX[((self.0 >> (124 - 4 * i)) & 0xF) as usize];
            at += 1;
        }
        s.serialize_str(std::str::from_utf8(&buf[..at]).unwrap_or_default())
    }
}

impl Serialize for LinkId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.write("", s)
    }
}

/// A report's address in the API: `/reports/<link id>`.
pub(super) struct ReportUri(pub(super) LinkId);

impl Serialize for ReportUri {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.write("/reports/", s)
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;

    #[test]
    fn link_ids_are_version_4_uuids() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let id = serde_json::to_value(LinkId::new(&mut rng)).unwrap();
        let id = id.as_str().unwrap();
        assert_eq!(id.len(), 36);
        assert_eq!(
            id.split('-').map(str::len).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert_eq!(&id[14..15], "4");
        let uri = serde_json::to_value(ReportUri(LinkId(u128::MAX))).unwrap();
        assert_eq!(uri, "/reports/ffffffff-ffff-ffff-ffff-ffffffffffff");
    }
}

//! The provider directory's tables: locations (kept whole as JSON), providers and the
//! imported postcode directory. Imports run in one transaction ([`ImportTx`]): a failed or
//! interrupted import rolls back and the previous data keeps serving.

use carenav_domain::directory::Location;
use serde::{Deserialize, Serialize};
use sqlx::{Any, Row, Transaction};

use crate::{DataLoad, Store, StoreError, unix_now};

/// A CQC provider (the organisation that runs one or more locations).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderRow {
    pub provider_id: String,
    pub name: String,
    pub ownership_type: Option<String>,
    pub synthetic: bool,
}

/// Whether an upsert added a row or changed an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    Inserted,
    Updated,
}

fn decode(id: &str, record: &str) -> Result<Location, StoreError> {
    serde_json::from_str(record).map_err(|e| StoreError::Record {
        id: id.to_owned(),
        message: e.to_string(),
    })
}

fn encode(loc: &Location) -> Result<String, StoreError> {
    serde_json::to_string(loc).map_err(|e| StoreError::Record {
        id: loc.location_id.clone(),
        message: e.to_string(),
    })
}

/// Decode `(location_id, record)` rows.
fn decode_rows(rows: &[sqlx::any::AnyRow]) -> Result<Vec<Location>, StoreError> {
    rows.iter()
        .map(|r| {
            decode(
                &r.try_get::<String, _>("location_id")?,
                &r.try_get::<String, _>("record")?,
            )
        })
        .collect()
}

/// One location, whole, from the pool or from inside an import.
async fn fetch_location<'e>(
    executor: impl sqlx::Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<Location>, StoreError> {
    let row = sqlx::query("SELECT record FROM locations WHERE location_id = $1")
        .bind(id)
        .fetch_optional(executor)
        .await?;
    row.map(|r| decode(id, &r.try_get::<String, _>("record")?))
        .transpose()
}

/// Insert a `data_loads` row, on the pool or inside an import.
pub(crate) async fn insert_load<'e>(
    executor: impl sqlx::Executor<'e, Database = Any>,
    load: &DataLoad,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO data_loads (kind, source, synthetic, started_at, finished_at, rows_read, rows_imported, rows_rejected)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&load.kind)
    .bind(&load.source)
    .bind(load.synthetic)
    .bind(load.started_at)
    .bind(load.finished_at)
    .bind(load.rows_read)
    .bind(load.rows_imported)
    .bind(load.rows_rejected)
    .execute(executor)
    .await?;
    Ok(())
}

/// An import in progress. Dropping it without [`ImportTx::commit`] rolls everything back.
pub struct ImportTx {
    tx: Transaction<'static, Any>,
}

impl Store {
    pub async fn begin_import(&self) -> Result<ImportTx, StoreError> {
        Ok(ImportTx {
            tx: self.pool.begin().await?,
        })
    }

    /// One location, whole.
    pub async fn location(&self, id: &str) -> Result<Option<Location>, StoreError> {
        fetch_location(&self.pool, id).await
    }

    /// The locations a provider runs (registered first, then by name).
    pub async fn provider_locations(&self, provider_id: &str) -> Result<Vec<Location>, StoreError> {
        let rows = sqlx::query(
            "SELECT location_id, record FROM locations WHERE provider_id = $1
             ORDER BY CASE WHEN registered THEN 0 ELSE 1 END, name, location_id LIMIT 500",
        )
        .bind(provider_id)
        .fetch_all(&self.pool)
        .await?;
        decode_rows(&rows)
    }

    pub async fn provider(&self, provider_id: &str) -> Result<Option<ProviderRow>, StoreError> {
        let row = sqlx::query(
            "SELECT provider_id, name, ownership_type, CASE WHEN synthetic THEN 1 ELSE 0 END AS synthetic
             FROM providers WHERE provider_id = $1",
        )
        .bind(provider_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(ProviderRow {
                provider_id: r.try_get("provider_id")?,
                name: r.try_get("name")?,
                ownership_type: r.try_get("ownership_type")?,
                synthetic: r.try_get::<i64, _>("synthetic")? != 0,
            })
        })
        .transpose()
    }

    /// Provider id → name, for filling in the provider on each location when indexing.
    pub async fn provider_names(
        &self,
    ) -> Result<std::collections::HashMap<String, String>, StoreError> {
        let rows = sqlx::query("SELECT provider_id, name FROM providers")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("provider_id")?, r.try_get("name")?)))
            .collect()
    }

    pub async fn count_locations(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM locations")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("n")?)
    }

    /// Up to `limit` locations with ids after `after`, in id order (for building the index
    /// without holding every record at once).
    pub async fn locations_after(
        &self,
        after: &str,
        limit: i64,
    ) -> Result<Vec<Location>, StoreError> {
        let rows = sqlx::query(
            "SELECT location_id, record FROM locations WHERE location_id > $1 ORDER BY location_id LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        decode_rows(&rows)
    }

    /// A position from the imported postcode directory.
    pub async fn postcode(&self, postcode: &str) -> Result<Option<(f64, f64)>, StoreError> {
        let row = sqlx::query("SELECT latitude, longitude FROM postcodes WHERE postcode = $1")
            .bind(postcode)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Ok((r.try_get("latitude")?, r.try_get("longitude")?)))
            .transpose()
    }

    pub async fn count_postcodes(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM postcodes")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("n")?)
    }
}

impl ImportTx {
    /// Insert or replace a location, keyed by its id.
    pub async fn upsert_location(
        &mut self,
        loc: &Location,
        source: &str,
    ) -> Result<Upsert, StoreError> {
        let record = encode(loc)?;
        let now = unix_now();
        let updated = sqlx::query(
            "UPDATE locations SET provider_id = $2, name = $3, postcode = $4, registered = $5,
               synthetic = $6, record = $7, source = $8, updated_at = $9
             WHERE location_id = $1",
        )
        .bind(&loc.location_id)
        .bind(&loc.provider_id)
        .bind(&loc.name)
        .bind(&loc.postcode)
        .bind(!loc.is_deregistered())
        .bind(loc.synthetic)
        .bind(&record)
        .bind(source)
        .bind(now)
        .execute(&mut *self.tx)
        .await?;
        if updated.rows_affected() > 0 {
            return Ok(Upsert::Updated);
        }
        sqlx::query(
            "INSERT INTO locations (location_id, provider_id, name, postcode, registered, synthetic, record, source, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&loc.location_id)
        .bind(&loc.provider_id)
        .bind(&loc.name)
        .bind(&loc.postcode)
        .bind(!loc.is_deregistered())
        .bind(loc.synthetic)
        .bind(&record)
        .bind(source)
        .bind(now)
        .execute(&mut *self.tx)
        .await?;
        Ok(Upsert::Inserted)
    }

    /// A location as it stands inside this import (for merging a partial format into it).
    pub async fn location(&mut self, id: &str) -> Result<Option<Location>, StoreError> {
        fetch_location(&mut *self.tx, id).await
    }

    pub async fn upsert_provider(&mut self, p: &ProviderRow) -> Result<Upsert, StoreError> {
        let now = unix_now();
        let updated = sqlx::query(
            "UPDATE providers SET name = $2, ownership_type = $3, synthetic = $4, updated_at = $5 WHERE provider_id = $1",
        )
        .bind(&p.provider_id)
        .bind(&p.name)
        .bind(&p.ownership_type)
        .bind(p.synthetic)
        .bind(now)
        .execute(&mut *self.tx)
        .await?;
        if updated.rows_affected() > 0 {
            return Ok(Upsert::Updated);
        }
        sqlx::query(
            "INSERT INTO providers (provider_id, name, ownership_type, synthetic, updated_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&p.provider_id)
        .bind(&p.name)
        .bind(&p.ownership_type)
        .bind(p.synthetic)
        .bind(now)
        .execute(&mut *self.tx)
        .await?;
        Ok(Upsert::Inserted)
    }

    pub async fn upsert_postcode(
        &mut self,
        postcode: &str,
        latitude: f64,
        longitude: f64,
        local_authority: Option<&str>,
    ) -> Result<Upsert, StoreError> {
        let updated = sqlx::query(
            "UPDATE postcodes SET latitude = $2, longitude = $3, local_authority = $4 WHERE postcode = $1",
        )
        .bind(postcode)
        .bind(latitude)
        .bind(longitude)
        .bind(local_authority)
        .execute(&mut *self.tx)
        .await?;
        if updated.rows_affected() > 0 {
            return Ok(Upsert::Updated);
        }
        sqlx::query("INSERT INTO postcodes (postcode, latitude, longitude, local_authority) VALUES ($1, $2, $3, $4)")
            .bind(postcode)
            .bind(latitude)
            .bind(longitude)
            .bind(local_authority)
            .execute(&mut *self.tx)
            .await?;
        Ok(Upsert::Inserted)
    }

    /// Record the load inside the same transaction, so the record and the data agree.
    pub async fn record_load(&mut self, load: &DataLoad) -> Result<(), StoreError> {
        insert_load(&mut *self.tx, load).await
    }

    pub async fn commit(self) -> Result<(), StoreError> {
        self.tx.commit().await?;
        Ok(())
    }

    pub async fn rollback(self) -> Result<(), StoreError> {
        self.tx.rollback().await?;
        Ok(())
    }
}

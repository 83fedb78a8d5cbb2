//! What providers publish (fee schedules and short-break availability), the accounts and
//! hashed secrets they publish with, councils' usual rates, the append-only audit log and the
//! data version other servers follow.
//!
//! Every publication is a new row: the newest per location is current, the rest are its
//! history. A publication, its audit row and the data-version bump commit together.

use carenav_domain::date::Date;
use carenav_domain::money::Pence;
use carenav_domain::publish::{Availability, FeeSchedule, HistoryEntry, Provenance, Published};
use serde::{Deserialize, Serialize};
use sqlx::{Any, Row, Transaction};

use crate::{Store, StoreError, unix_now};

/// The two kinds of fact a provider publishes, each in its own table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    Fees,
    Availability,
}

impl Fact {
    fn table(self) -> &'static str {
        match self {
            Fact::Fees => "fee_schedules",
            Fact::Availability => "availability_updates",
        }
    }

    /// The audit log's name for publishing one.
    pub fn action(self) -> &'static str {
        match self {
            Fact::Fees => "publish_fees",
            Fact::Availability => "publish_availability",
        }
    }
}

/// A publisher account (one person or system at a provider).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: i64,
    pub provider_id: String,
    pub name: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

/// Kinds of secret: a one-time sign-in link, an API token, a browser session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretKind {
    Invite,
    Api,
    Session,
}

impl SecretKind {
    pub fn code(self) -> &'static str {
        match self {
            SecretKind::Invite => "invite",
            SecretKind::Api => "api",
            SecretKind::Session => "session",
        }
    }
}

/// A live secret's account, found by the secret's hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretOwner {
    pub account: Account,
    pub expires_at: i64,
}

/// One stored secret, for listings (never the secret itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecretInfo {
    pub account_id: i64,
    pub kind: String,
    pub hint: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// One audit record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub account_id: Option<i64>,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What a publication stores beside its body.
pub struct NewFact<'a> {
    pub location_id: &'a str,
    pub provider_id: &'a str,
    pub provenance: &'a Provenance,
    pub account_id: Option<i64>,
    pub actor: &'a str,
    pub synthetic: bool,
    pub at: i64,
}

fn opt_i64(r: &sqlx::any::AnyRow, col: &str) -> Result<Option<i64>, sqlx::Error> {
    r.try_get::<Option<i64>, _>(col)
}

fn account_of(r: &sqlx::any::AnyRow) -> Result<Account, sqlx::Error> {
    Ok(Account {
        id: r.try_get("id")?,
        provider_id: r.try_get("provider_id")?,
        name: r.try_get("name")?,
        created_at: r.try_get("created_at")?,
        revoked_at: opt_i64(r, "revoked_at")?,
    })
}

fn decode<T: for<'de> Deserialize<'de>>(id: &str, body: &str) -> Result<T, StoreError> {
    serde_json::from_str(body).map_err(|e| StoreError::Record {
        id: id.to_owned(),
        message: e.to_string(),
    })
}

pub(crate) async fn bump_version(tx: &mut Transaction<'_, Any>, at: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE data_version SET version = version + 1, changed_at = $1 WHERE id = 1")
        .bind(at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub(crate) async fn audit(
    tx: &mut Transaction<'_, Any>,
    entry: &AuditEntry,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_log (at, account_id, actor, action, subject, before, after)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(entry.at)
    .bind(entry.account_id)
    .bind(&entry.actor)
    .bind(&entry.action)
    .bind(&entry.subject)
    .bind(&entry.before)
    .bind(&entry.after)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    // ---- accounts and secrets ------------------------------------------------------------

    /// A new account for a provider, audited as the operator's act.
    pub async fn create_account(
        &self,
        provider_id: &str,
        name: &str,
    ) -> Result<Account, StoreError> {
        let now = unix_now();
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "INSERT INTO publisher_accounts (provider_id, name, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(provider_id)
        .bind(name)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        audit(
            &mut tx,
            &AuditEntry {
                id: 0,
                at: now,
                account_id: None,
                actor: "operator".into(),
                action: "create_account".into(),
                subject: format!("account {id}"),
                before: None,
                after: Some(
                    serde_json::json!({"provider_id": provider_id, "name": name}).to_string(),
                ),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Account {
            id,
            provider_id: provider_id.to_owned(),
            name: name.to_owned(),
            created_at: now,
            revoked_at: None,
        })
    }

    pub async fn accounts(&self, provider_id: Option<&str>) -> Result<Vec<Account>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, provider_id, name, created_at, revoked_at FROM publisher_accounts
             WHERE $1 IS NULL OR provider_id = $1 ORDER BY id",
        )
        .bind(provider_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(account_of).collect::<Result<_, _>>()?)
    }

    /// Store a secret's hash (never the secret), audited by `actor`.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_secret(
        &self,
        hash: &str,
        hint: &str,
        account_id: i64,
        kind: SecretKind,
        expires_at: i64,
        actor: &str,
    ) -> Result<(), StoreError> {
        let now = unix_now();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO publisher_secrets (hash, account_id, kind, hint, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(hash)
        .bind(account_id)
        .bind(kind.code())
        .bind(hint)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        // Sessions come and go with every sign-in; the sign-in itself is what is audited.
        if kind != SecretKind::Session {
            audit(
                &mut tx,
                &AuditEntry {
                    id: 0,
                    at: now,
                    account_id: Some(account_id),
                    actor: actor.to_owned(),
                    action: format!("issue_{}", kind.code()),
                    subject: format!("account {account_id}"),
                    before: None,
                    after: Some(
                        serde_json::json!({"hint": hint, "expires_at": expires_at}).to_string(),
                    ),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The account a live (unexpired, unrevoked, and for invites unused) secret belongs to.
    pub async fn secret_owner(
        &self,
        hash: &str,
        kind: SecretKind,
        now: i64,
    ) -> Result<Option<SecretOwner>, StoreError> {
        let row = sqlx::query(
            "SELECT a.id, a.provider_id, a.name, a.created_at, a.revoked_at, s.expires_at
             FROM publisher_secrets s JOIN publisher_accounts a ON a.id = s.account_id
             WHERE s.hash = $1 AND s.kind = $2 AND s.revoked_at IS NULL AND s.expires_at > $3
               AND a.revoked_at IS NULL AND (s.kind <> 'invite' OR s.used_at IS NULL)",
        )
        .bind(hash)
        .bind(kind.code())
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(SecretOwner {
                account: account_of(&r)?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .transpose()
    }

    /// Mark a one-time secret used. False when it was already used (or never live): the
    /// second of two racing sign-ins with one link loses.
    pub async fn use_secret(&self, hash: &str, now: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE publisher_secrets SET used_at = $2
             WHERE hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2",
        )
        .bind(hash)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// End one secret (a sign-out ends its session).
    pub async fn revoke_secret(&self, hash: &str) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE publisher_secrets SET revoked_at = $2 WHERE hash = $1 AND revoked_at IS NULL",
        )
        .bind(hash)
        .bind(unix_now())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Revoke accounts (by id, or every account of a provider) and all their secrets.
    /// Returns the accounts revoked.
    pub async fn revoke_accounts(
        &self,
        account_id: Option<i64>,
        provider_id: Option<&str>,
    ) -> Result<Vec<i64>, StoreError> {
        let now = unix_now();
        let mut tx = self.pool.begin().await?;
        let rows = sqlx::query(
            "SELECT id FROM publisher_accounts WHERE revoked_at IS NULL
               AND ($1 IS NULL OR id = $1) AND ($2 IS NULL OR provider_id = $2)
               AND ($1 IS NOT NULL OR $2 IS NOT NULL)",
        )
        .bind(account_id)
        .bind(provider_id)
        .fetch_all(&mut *tx)
        .await?;
        let ids: Vec<i64> = rows
            .iter()
            .map(|r| r.try_get("id"))
            .collect::<Result<_, _>>()?;
        for id in &ids {
            sqlx::query("UPDATE publisher_accounts SET revoked_at = $2 WHERE id = $1")
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE publisher_secrets SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL",
            )
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            audit(
                &mut tx,
                &AuditEntry {
                    id: 0,
                    at: now,
                    account_id: Some(*id),
                    actor: "operator".into(),
                    action: "revoke_account".into(),
                    subject: format!("account {id}"),
                    before: None,
                    after: None,
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(ids)
    }

    /// Every secret stored for an account (hints and dates only).
    pub async fn secrets(&self, account_id: i64) -> Result<Vec<SecretInfo>, StoreError> {
        let rows = sqlx::query(
            "SELECT account_id, kind, hint, created_at, expires_at, used_at, revoked_at
             FROM publisher_secrets WHERE account_id = $1 ORDER BY created_at",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SecretInfo {
                    account_id: r.try_get("account_id")?,
                    kind: r.try_get("kind")?,
                    hint: r.try_get("hint")?,
                    created_at: r.try_get("created_at")?,
                    expires_at: r.try_get("expires_at")?,
                    used_at: opt_i64(r, "used_at")?,
                    revoked_at: opt_i64(r, "revoked_at")?,
                })
            })
            .collect()
    }

    /// Every stored secret hash (for the test that no secret is readable at rest).
    pub async fn secret_hashes(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT hash FROM publisher_secrets ORDER BY hash")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get("hash"))
            .collect::<Result<_, _>>()?)
    }

    // ---- publications ------------------------------------------------------------------

    /// Publish a fee schedule: a new row, an audit record with the previous schedule and the
    /// new one, and a data-version bump, in one transaction.
    pub async fn publish_fees(
        &self,
        fact: &NewFact<'_>,
        schedule: &FeeSchedule,
    ) -> Result<Published<FeeSchedule>, StoreError> {
        let body = serde_json::to_string(schedule).map_err(|e| StoreError::Record {
            id: fact.location_id.to_owned(),
            message: e.to_string(),
        })?;
        let mut tx = self.pool.begin().await?;
        let before = latest_body(&mut tx, Fact::Fees, fact.location_id).await?;
        insert_fees(&mut tx, fact, schedule, &body).await?;
        finish_publication(&mut tx, Fact::Fees, fact, before, body).await?;
        tx.commit().await?;
        Ok(Published {
            record: schedule.clone(),
            provenance: fact.provenance.clone(),
            published_at: fact.at,
            synthetic: fact.synthetic,
        })
    }

    /// Publish short-break availability (see [`Store::publish_fees`]).
    pub async fn publish_availability(
        &self,
        fact: &NewFact<'_>,
        availability: &Availability,
    ) -> Result<Published<Availability>, StoreError> {
        let body = serde_json::to_string(availability).map_err(|e| StoreError::Record {
            id: fact.location_id.to_owned(),
            message: e.to_string(),
        })?;
        let mut tx = self.pool.begin().await?;
        let before = latest_body(&mut tx, Fact::Availability, fact.location_id).await?;
        insert_availability(&mut tx, fact, &body).await?;
        finish_publication(&mut tx, Fact::Availability, fact, before, body).await?;
        tx.commit().await?;
        Ok(Published {
            record: availability.clone(),
            provenance: fact.provenance.clone(),
            published_at: fact.at,
            synthetic: fact.synthetic,
        })
    }

    /// Publish many facts at once (the demonstration generator), in one transaction, each
    /// with its audit record; one data-version bump.
    pub async fn publish_many(
        &self,
        fees: &[(NewFact<'_>, FeeSchedule)],
        availability: &[(NewFact<'_>, Availability)],
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for (fact, schedule) in fees {
            let body = serde_json::to_string(schedule).map_err(|e| StoreError::Record {
                id: fact.location_id.to_owned(),
                message: e.to_string(),
            })?;
            insert_fees(&mut tx, fact, schedule, &body).await?;
            audit(&mut tx, &publication_audit(Fact::Fees, fact, None, body)).await?;
        }
        for (fact, a) in availability {
            let body = serde_json::to_string(a).map_err(|e| StoreError::Record {
                id: fact.location_id.to_owned(),
                message: e.to_string(),
            })?;
            insert_availability(&mut tx, fact, &body).await?;
            audit(
                &mut tx,
                &publication_audit(Fact::Availability, fact, None, body),
            )
            .await?;
        }
        bump_version(&mut tx, unix_now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The current fee schedule of a location.
    pub async fn fees(
        &self,
        location_id: &str,
    ) -> Result<Option<Published<FeeSchedule>>, StoreError> {
        self.current(Fact::Fees, location_id).await
    }

    /// The current availability of a location.
    pub async fn availability(
        &self,
        location_id: &str,
    ) -> Result<Option<Published<Availability>>, StoreError> {
        self.current(Fact::Availability, location_id).await
    }

    async fn current<T: for<'de> Deserialize<'de>>(
        &self,
        fact: Fact,
        location_id: &str,
    ) -> Result<Option<Published<T>>, StoreError> {
        let sql = format!(
            "SELECT body, who, how, source, CASE WHEN synthetic THEN 1 ELSE 0 END AS synthetic, published_at
             FROM {} WHERE location_id = $1 ORDER BY id DESC LIMIT 1",
            fact.table()
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(location_id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| published_of(&r, location_id)).transpose()
    }

    /// Every current publication of one kind (the newest row per location) with the
    /// location's name and provider id, ordered by location id: open data.
    pub async fn all_current_named<T: for<'de> Deserialize<'de>>(
        &self,
        fact: Fact,
    ) -> Result<Vec<(String, String, String, Published<T>)>, StoreError> {
        let sql = format!(
            "SELECT t.location_id, COALESCE(l.name, '') AS name, t.provider_id, t.body, t.who, t.how,
                    t.source, CASE WHEN t.synthetic THEN 1 ELSE 0 END AS synthetic, t.published_at
             FROM {table} t
             JOIN (SELECT location_id, MAX(id) AS id FROM {table} GROUP BY location_id) m ON m.id = t.id
             LEFT JOIN locations l ON l.location_id = t.location_id
             ORDER BY t.location_id",
            table = fact.table()
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("location_id")?;
                let published = published_of(r, &id)?;
                Ok((id, r.try_get("name")?, r.try_get("provider_id")?, published))
            })
            .collect()
    }

    /// The newest publication of one kind per location among those with an id above
    /// `after` (0: all of them), each with its id, in id order: what a search's facts need
    /// to catch up since they were last read.
    pub async fn current_after<T: for<'de> Deserialize<'de>>(
        &self,
        fact: Fact,
        after: i64,
    ) -> Result<Vec<(i64, String, Published<T>)>, StoreError> {
        let sql = format!(
            "SELECT t.id, t.location_id, t.body, t.who, t.how, t.source,
                    CASE WHEN t.synthetic THEN 1 ELSE 0 END AS synthetic, t.published_at
             FROM {table} t
             JOIN (SELECT location_id, MAX(id) AS id FROM {table} WHERE id > $1 GROUP BY location_id) m
               ON m.id = t.id
             ORDER BY t.id",
            table = fact.table()
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(after)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("location_id")?;
                let published = published_of(r, &id)?;
                Ok((r.try_get::<i64, _>("id")?, id, published))
            })
            .collect()
    }

    /// A location's fee history, newest first, without who published it.
    pub async fn fee_history(&self, location_id: &str) -> Result<Vec<HistoryEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT valid_from, weekly_from_pence, published_at FROM fee_schedules
             WHERE location_id = $1 ORDER BY id DESC LIMIT 50",
        )
        .bind(location_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let at: i64 = r.try_get("published_at")?;
                Ok(HistoryEntry {
                    published_at: at,
                    day: Date::from_unix_days(at.div_euclid(86_400)),
                    weekly_from: opt_i64(r, "weekly_from_pence")?.map(Pence),
                    valid_from: Date::parse(&r.try_get::<String, _>("valid_from")?),
                })
            })
            .collect()
    }

    /// The audit log, newest first; `subject` narrows it to one location or account.
    pub async fn audit_log(
        &self,
        subject: Option<&str>,
        limit: i64,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, at, account_id, actor, action, subject, before, after FROM audit_log
             WHERE $1 IS NULL OR subject = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(subject)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    id: r.try_get("id")?,
                    at: r.try_get("at")?,
                    account_id: opt_i64(r, "account_id")?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    subject: r.try_get("subject")?,
                    before: r.try_get("before")?,
                    after: r.try_get("after")?,
                })
            })
            .collect()
    }

    /// The shared data version: it changes whenever published data changes.
    pub async fn data_version(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT version FROM data_version WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("version")?)
    }
}

fn published_of<T: for<'de> Deserialize<'de>>(
    r: &sqlx::any::AnyRow,
    id: &str,
) -> Result<Published<T>, StoreError> {
    let at: i64 = r.try_get("published_at")?;
    Ok(Published {
        record: decode(id, &r.try_get::<String, _>("body")?)?,
        provenance: Provenance {
            who: r.try_get("who")?,
            how: r.try_get("how")?,
            as_of: Date::from_unix_days(at.div_euclid(86_400)),
            source: r.try_get("source")?,
        },
        published_at: at,
        synthetic: r.try_get::<i64, _>("synthetic")? != 0,
    })
}

async fn latest_body(
    tx: &mut Transaction<'_, Any>,
    fact: Fact,
    location_id: &str,
) -> Result<Option<String>, StoreError> {
    let sql = format!(
        "SELECT body FROM {} WHERE location_id = $1 ORDER BY id DESC LIMIT 1",
        fact.table()
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(location_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|r| r.try_get("body")).transpose()?)
}

async fn insert_fees(
    tx: &mut Transaction<'_, Any>,
    fact: &NewFact<'_>,
    schedule: &FeeSchedule,
    body: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO fee_schedules (location_id, provider_id, body, valid_from, weekly_from_pence,
           accepts_council_rate, who, how, source, account_id, synthetic, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(fact.location_id)
    .bind(fact.provider_id)
    .bind(body)
    .bind(schedule.valid_from.to_string())
    .bind(schedule.weekly_from().map(|p| p.0))
    .bind(schedule.accepts_council_rate.code())
    .bind(&fact.provenance.who)
    .bind(&fact.provenance.how)
    .bind(&fact.provenance.source)
    .bind(fact.account_id)
    .bind(fact.synthetic)
    .bind(fact.at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn insert_availability(
    tx: &mut Transaction<'_, Any>,
    fact: &NewFact<'_>,
    body: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO availability_updates (location_id, provider_id, body, who, how, source,
           account_id, synthetic, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(fact.location_id)
    .bind(fact.provider_id)
    .bind(body)
    .bind(&fact.provenance.who)
    .bind(&fact.provenance.how)
    .bind(&fact.provenance.source)
    .bind(fact.account_id)
    .bind(fact.synthetic)
    .bind(fact.at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn publication_audit(
    kind: Fact,
    fact: &NewFact<'_>,
    before: Option<String>,
    after: String,
) -> AuditEntry {
    AuditEntry {
        id: 0,
        at: fact.at,
        account_id: fact.account_id,
        actor: fact.actor.to_owned(),
        action: kind.action().to_owned(),
        subject: fact.location_id.to_owned(),
        before,
        after: Some(after),
    }
}

async fn finish_publication(
    tx: &mut Transaction<'_, Any>,
    kind: Fact,
    fact: &NewFact<'_>,
    before: Option<String>,
    after: String,
) -> Result<(), StoreError> {
    audit(tx, &publication_audit(kind, fact, before, after)).await?;
    bump_version(tx, fact.at).await
}

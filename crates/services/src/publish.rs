//! Publishing use cases, shared by the `/publish` forms, the `PUT /api/v1/providers/…` API and
//! the `carenav publishers` commands: issuing and checking secrets (sign-in links, API tokens,
//! sessions), and publishing a location's fees or availability as a signed-in provider.
//!
//! Secrets are 32 random bytes from the operating system, shown once, and stored only as
//! SHA-256 hashes (a random secret needs no slow password hash: there is nothing to guess
//! from). A provider account can publish only for its own provider's locations. Every change
//! is audited in the same transaction as the change (see `carenav_store::publishing`).

use carenav_domain::date::Date;
use carenav_domain::publish::{Availability, FeeSchedule, FieldError, Provenance, Published};
use carenav_store::{Account, NewFact, SecretKind, Store, unix_now};
use serde_json::Value;

/// How long each kind of secret lives, in seconds.
pub const INVITE_LIFETIME: i64 = 7 * 86_400;
pub const SESSION_LIFETIME: i64 = 12 * 3_600;
pub const DEFAULT_TOKEN_DAYS: i64 = 365;

/// What a secret starts with, so a leaked one is recognisable (and scanners can find it).
const TOKEN_PREFIX: &str = "cnp_";

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("no location {0} in the directory")]
    NoLocation(String),
    #[error(
        "this account publishes for provider {account}, and location {location} is not one of its locations"
    )]
    NotYours { account: String, location: String },
    #[error("the record has {} problem(s)", .0.len())]
    Invalid(Vec<FieldError>),
    #[error("no provider {0} in the directory")]
    NoProvider(String),
    #[error("could not read randomness from the operating system: {0}")]
    Random(String),
    #[error(transparent)]
    Store(#[from] carenav_store::StoreError),
}

/// A new secret: the text to hand over once, and what is stored.
pub struct NewSecret {
    pub secret: String,
    pub hash: String,
    pub hint: String,
}

/// The SHA-256 of a secret, as stored.
pub fn hash_secret(secret: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(secret.trim().as_bytes()))
}

/// 32 random bytes, hex, with the recognisable prefix.
pub fn new_secret() -> Result<NewSecret, PublishError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| PublishError::Random(e.to_string()))?;
    let secret = format!("{TOKEN_PREFIX}{}", hex::encode(bytes));
    Ok(NewSecret {
        hash: hash_secret(&secret),
        hint: secret[..TOKEN_PREFIX.len() + 6].to_owned(),
        secret,
    })
}

/// Issue a secret of `kind` for an account; returns the secret (shown once).
pub async fn issue(
    store: &Store,
    account: &Account,
    kind: SecretKind,
    lifetime_secs: i64,
    actor: &str,
) -> Result<(String, i64), PublishError> {
    let s = new_secret()?;
    let expires = unix_now().saturating_add(lifetime_secs);
    store
        .add_secret(&s.hash, &s.hint, account.id, kind, expires, actor)
        .await?;
    Ok((s.secret, expires))
}

/// Create an account for a provider in the directory (the operator's `invite` and `token`).
pub async fn account_for(
    store: &Store,
    provider_id: &str,
    name: &str,
) -> Result<Account, PublishError> {
    if store.provider(provider_id).await?.is_none()
        && store.provider_locations(provider_id).await?.is_empty()
    {
        return Err(PublishError::NoProvider(provider_id.to_owned()));
    }
    Ok(store.create_account(provider_id, name).await?)
}

/// The account a live secret of `kind` belongs to.
pub async fn authenticate(
    store: &Store,
    secret: &str,
    kind: SecretKind,
) -> Result<Option<Account>, PublishError> {
    let secret = secret.trim();
    if !secret.starts_with(TOKEN_PREFIX) || secret.len() > 200 {
        return Ok(None);
    }
    Ok(store
        .secret_owner(&hash_secret(secret), kind, unix_now())
        .await?
        .map(|o| o.account))
}

/// Exchange a one-time sign-in link for a session. `None` when the link is unknown, used,
/// revoked or expired. Returns the session secret and its expiry.
pub async fn sign_in(
    store: &Store,
    link: &str,
) -> Result<Option<(Account, String, i64)>, PublishError> {
    let Some(account) = authenticate(store, link, SecretKind::Invite).await? else {
        return Ok(None);
    };
    if !store.use_secret(&hash_secret(link), unix_now()).await? {
        return Ok(None);
    }
    let (session, expires) = issue(
        store,
        &account,
        SecretKind::Session,
        SESSION_LIFETIME,
        &format!("account {}", account.id),
    )
    .await?;
    Ok(Some((account, session, expires)))
}

/// Sign out: the session ends at once.
pub async fn sign_out(store: &Store, session: &str) -> Result<(), PublishError> {
    store.revoke_secret(&hash_secret(session)).await?;
    Ok(())
}

/// The locations an account may publish for, by id and name.
pub async fn locations_of(
    store: &Store,
    account: &Account,
) -> Result<Vec<carenav_domain::directory::Location>, PublishError> {
    Ok(store.provider_locations(&account.provider_id).await?)
}

/// How a publication arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Form,
    Api,
}

impl Channel {
    fn code(self) -> &'static str {
        match self {
            Channel::Form => "form",
            Channel::Api => "api",
        }
    }
}

async fn owned_location(
    store: &Store,
    account: &Account,
    location_id: &str,
) -> Result<String, PublishError> {
    let Some(location) = store.location(location_id).await? else {
        return Err(PublishError::NoLocation(location_id.to_owned()));
    };
    match location.provider_id {
        Some(p) if p == account.provider_id => Ok(p),
        _ => Err(PublishError::NotYours {
            account: account.provider_id.clone(),
            location: location_id.to_owned(),
        }),
    }
}

/// Who publishes, for which provider, how: the owned parts of a [`NewFact`], once the
/// account is known to own the location.
struct Publication {
    provider_id: String,
    provenance: Provenance,
    actor: String,
    account_id: i64,
    /// When it is published: now, on the server's day.
    at: i64,
}

/// Now on `today`, the server's one clock's day (the real day, unless `CARENAV_TODAY` fixes
/// it): a publication is dated by the same "today" that pages and freshness are judged by.
fn at_on(today: Date) -> i64 {
    today.days_since(Date::from_unix_days(0)) * 86_400 + unix_now().rem_euclid(86_400)
}

impl Publication {
    async fn new(
        store: &Store,
        account: &Account,
        location_id: &str,
        channel: Channel,
        today: Date,
    ) -> Result<Publication, PublishError> {
        Ok(Publication {
            provider_id: owned_location(store, account, location_id).await?,
            provenance: Provenance {
                who: "provider".into(),
                how: channel.code().into(),
                as_of: today,
                source: "provider".into(),
            },
            actor: format!("account {}", account.id),
            account_id: account.id,
            at: at_on(today),
        })
    }

    fn fact<'a>(&'a self, location_id: &'a str) -> NewFact<'a> {
        NewFact {
            location_id,
            provider_id: &self.provider_id,
            provenance: &self.provenance,
            account_id: Some(self.account_id),
            actor: &self.actor,
            synthetic: false,
            at: self.at,
        }
    }
}

/// Publish a location's fee schedule from its JSON, as `account`.
pub async fn publish_fees(
    store: &Store,
    account: &Account,
    location_id: &str,
    body: &Value,
    channel: Channel,
    today: Date,
) -> Result<Published<FeeSchedule>, PublishError> {
    let p = Publication::new(store, account, location_id, channel, today).await?;
    let schedule = FeeSchedule::from_json(body, today).map_err(PublishError::Invalid)?;
    Ok(store.publish_fees(&p.fact(location_id), &schedule).await?)
}

/// Publish a location's short-break availability from its JSON, as `account`.
pub async fn publish_availability(
    store: &Store,
    account: &Account,
    location_id: &str,
    body: &Value,
    channel: Channel,
    today: Date,
) -> Result<Published<Availability>, PublishError> {
    let p = Publication::new(store, account, location_id, channel, today).await?;
    let availability = Availability::from_json(body, today).map_err(PublishError::Invalid)?;
    Ok(store
        .publish_availability(&p.fact(location_id), &availability)
        .await?)
}

/// The publishing session's cookie (path `/publish`, HttpOnly, SameSite=Strict).
pub const SESSION_COOKIE: &str = "carenav_publish";

/// The CSRF token of a session: derived from the session secret, so it needs no storage and
/// dies with the session.
pub fn csrf_for(session: &str) -> String {
    hash_secret(&format!("csrf:{session}"))[..32].to_owned()
}

/// Whether `token` is the CSRF token of `session` (compared in constant time).
pub fn csrf_ok(session: &str, token: &str) -> bool {
    let want = csrf_for(session);
    want.len() == token.len()
        && want
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// The session secret in a `Cookie` header, if any.
pub fn session_from_cookies<'a>(cookies: impl Iterator<Item = &'a str>) -> Option<String> {
    cookies
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// What a signed-in publisher sees: their provider, their locations with what each has
/// published, and the CSRF token for their forms.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublisherView {
    pub account_id: i64,
    pub provider_id: String,
    pub provider_name: String,
    pub csrf: String,
    pub locations: Vec<PublisherLocation>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublisherLocation {
    pub location_id: String,
    pub name: String,
    pub fees: Option<Published<FeeSchedule>>,
    pub availability: Option<Published<Availability>>,
}

/// The signed-in publisher behind a session, with their locations.
pub async fn publisher_view(
    store: &Store,
    session: &str,
) -> Result<Option<PublisherView>, PublishError> {
    let Some(account) = authenticate(store, session, SecretKind::Session).await? else {
        return Ok(None);
    };
    let provider_name = store
        .provider(&account.provider_id)
        .await?
        .map(|p| p.name)
        .unwrap_or_else(|| account.provider_id.clone());
    let mut locations = Vec::new();
    for loc in store.provider_locations(&account.provider_id).await? {
        locations.push(PublisherLocation {
            fees: store.fees(&loc.location_id).await?,
            availability: store.availability(&loc.location_id).await?,
            location_id: loc.location_id,
            name: loc.name,
        });
    }
    Ok(Some(PublisherView {
        account_id: account.id,
        provider_id: account.provider_id,
        provider_name,
        csrf: csrf_for(session),
        locations,
    }))
}

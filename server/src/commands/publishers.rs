//! `carenav publishers …`: the operator's side of publishing. Links and tokens are printed
//! once and stored only as hashes; every act is in the audit log.

use anyhow::{Context, bail};
use carenav_services::publish::{self, INVITE_LIFETIME};
use carenav_store::{SecretKind, Store};

use super::open_store;
use crate::cli::PublishersCommand;

fn when(unix: i64) -> String {
    let day = carenav_domain::date::Date::from_unix_days(unix.div_euclid(86_400));
    let secs = unix.rem_euclid(86_400);
    format!("{day} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

async fn account(
    store: &Store,
    provider: &str,
    name: &str,
) -> anyhow::Result<carenav_store::Account> {
    publish::account_for(store, provider.trim(), name.trim())
        .await
        .with_context(|| {
            format!("no account created: is {provider:?} a provider id in the directory (for example 1-101234567)?")
        })
}

pub async fn run(command: PublishersCommand) -> anyhow::Result<()> {
    match command {
        PublishersCommand::Invite(args) => {
            let (_, store) = open_store(&args.data).await?;
            let account = account(&store, &args.provider, &args.name).await?;
            let (secret, expires) = publish::issue(
                &store,
                &account,
                SecretKind::Invite,
                INVITE_LIFETIME,
                "operator",
            )
            .await?;
            let base = args.base_url.trim_end_matches('/');
            println!(
                "Account {} for provider {} created.",
                account.id, account.provider_id
            );
            println!(
                "Send this one-time sign-in link to the provider (it works once, until {}):",
                when(expires)
            );
            println!("{base}/publish/sign-in?link={secret}");
        }
        PublishersCommand::Token(args) => {
            let (_, store) = open_store(&args.data).await?;
            let account = account(&store, &args.provider, &args.name).await?;
            let (secret, expires) = publish::issue(
                &store,
                &account,
                SecretKind::Api,
                args.days * 86_400,
                "operator",
            )
            .await?;
            println!(
                "Account {} for provider {} created.",
                account.id, account.provider_id
            );
            println!("API token (shown only now; it expires {}):", when(expires));
            println!("{secret}");
        }
        PublishersCommand::Revoke(args) => {
            let (_, store) = open_store(&args.data).await?;
            let ids = store
                .revoke_accounts(args.target.account, args.target.provider.as_deref())
                .await?;
            if ids.is_empty() {
                bail!("nothing revoked: no live account matches");
            }
            for id in ids {
                println!("account {id} revoked, with all its links, tokens and sessions");
            }
        }
        PublishersCommand::List(args) => {
            let (_, store) = open_store(&args.data).await?;
            let accounts = store.accounts(args.provider.as_deref()).await?;
            if accounts.is_empty() {
                println!("no publisher accounts");
            }
            for a in accounts {
                let state = a
                    .revoked_at
                    .map_or("live".to_owned(), |t| format!("revoked {}", when(t)));
                println!(
                    "account {} · provider {} · {} · created {} · {state}",
                    a.id,
                    a.provider_id,
                    if a.name.is_empty() {
                        "(no name)"
                    } else {
                        &a.name
                    },
                    when(a.created_at)
                );
                for s in store.secrets(a.id).await? {
                    if s.kind == "session"
                        && (s.revoked_at.is_some() || s.expires_at < carenav_store::unix_now())
                    {
                        continue;
                    }
                    let state = match (s.revoked_at, s.used_at) {
                        (Some(t), _) => format!("revoked {}", when(t)),
                        (None, Some(t)) if s.kind == "invite" => format!("used {}", when(t)),
                        _ => format!("expires {}", when(s.expires_at)),
                    };
                    println!("    {} {}… · {state}", s.kind, s.hint);
                }
            }
        }
        PublishersCommand::Audit(args) => {
            let (_, store) = open_store(&args.data).await?;
            for e in store.audit_log(args.subject.as_deref(), args.limit).await? {
                if args.json {
                    println!("{}", serde_json::to_string(&e)?);
                } else {
                    println!(
                        "#{} {} {} {} {}",
                        e.id,
                        when(e.at),
                        e.actor,
                        e.action,
                        e.subject
                    );
                    if let Some(b) = &e.before {
                        println!("    before: {b}");
                    }
                    if let Some(a) = &e.after {
                        println!("    after:  {a}");
                    }
                }
            }
        }
    }
    Ok(())
}

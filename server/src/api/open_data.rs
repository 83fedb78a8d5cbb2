//! `GET /api/v1/open-data/{fees,availability,council-rates}.{json,csv}`: the published facts
//! as open data under the Open Government Licence, with attribution and `as_of`.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use carenav_services::open_data::{DATASETS, LICENCE_URL, dataset};

use super::ApiError;
use crate::state::AppState;

pub async fn get(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, ApiError> {
    let (name, ext) = file.rsplit_once('.').unwrap_or((&file, ""));
    let unknown = || {
        ApiError::not_found(format!(
            "There is no open data file {:?}: the files are {}, each as .json or .csv.",
            file.chars().take(40).collect::<String>(),
            DATASETS.join(", ")
        ))
    };
    if !matches!(ext, "json" | "csv") {
        return Err(unknown());
    }
    let today = crate::clock::today();
    let Some(data) = dataset(&state.services.store, name, today)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "open data failed");
            ApiError::internal("Something went wrong on our side. Please try again later.")
        })?
    else {
        return Err(unknown());
    };
    let cache = (header::CACHE_CONTROL, "public, max-age=300".to_owned());
    let licence = (header::LINK, format!("<{LICENCE_URL}>; rel=\"license\""));
    Ok(if ext == "json" {
        ([cache, licence], axum::Json(data.to_json(today))).into_response()
    } else {
        (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"carenav-{name}.csv\""),
                ),
                cache,
                licence,
            ],
            data.to_csv(),
        )
            .into_response()
    })
}

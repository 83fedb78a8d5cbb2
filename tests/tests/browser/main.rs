//! End-to-end tests in one binary: the release server and headless Chromium on a phone-sized
//! viewport, with JavaScript on and off.

mod support;

mod accessibility;
mod estimator;
mod explainers;
mod measure;
mod navigator;
mod providers;
mod publishing;
mod site;

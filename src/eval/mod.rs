//! Scorers that measure the pipeline against people's labels: extraction against PolNeAR's
//! attributions ([`polnear`], re-exported here) and corroboration against a hand-labelled
//! gold of who said what in which outlets ([`corroboration`]).

pub mod corroboration;
pub mod polnear;

pub use polnear::*;

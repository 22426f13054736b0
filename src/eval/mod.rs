//! Scorers that measure the pipeline against people's labels: extraction against PolNeAR's
//! attributions ([`polnear`], re-exported here).

pub mod polnear;

pub use polnear::*;

//! Scorers that measure the pipeline against people's labels: extraction against PolNeAR's
//! attributions ([`polnear`], re-exported here) and corroboration against a hand-labelled
//! gold of who said what in which outlets ([`corroboration`]), and the contradictions
//! reported against a list of the discrepancies between outlets found by reading ([`facts`]).

pub mod corroboration;
pub mod facts;
pub mod polnear;

pub use polnear::*;

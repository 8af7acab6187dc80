//! Integration tests of the `rhetor` binary, in one test binary with a module per topic.
//!
//! Every test runs the real binary (`CARGO_BIN_EXE_rhetor`) as a user would, and checks what it
//! prints and its exit code.

mod accurate_tier;
mod bad_input;
mod crash_safety;
mod golden;
mod real_texts;
mod store;
mod support;

//! Fixed-base multiplication with and without the precomputed table, and X25519, in wasm.
use core::hint::black_box;
use curve25519_dalek::constants::{
    ED25519_BASEPOINT_POINT, ED25519_BASEPOINT_TABLE, X25519_BASEPOINT,
};
use curve25519_dalek::montgomery::MontgomeryPoint;
use curve25519_dalek::scalar::Scalar;

fn scalar(i: u32) -> Scalar {
    let mut b = [7u8; 32];
    b[..4].copy_from_slice(&i.to_le_bytes());
    Scalar::from_bytes_mod_order(b)
}

/// Fixed-base multiplications with the precomputed table, n times.
#[no_mangle]
pub extern "C" fn with_table(n: u32) -> u32 {
    let mut acc = 0u32;
    for i in 0..n {
        let p = ED25519_BASEPOINT_TABLE * &scalar(i);
        acc ^= p.to_montgomery().to_bytes()[0] as u32;
    }
    acc
}

/// The same without the table: the generic variable-base multiplication that
/// `mul_base` falls back to when `precomputed-tables` is off.
#[no_mangle]
pub extern "C" fn without_table(n: u32) -> u32 {
    let mut acc = 0u32;
    for i in 0..n {
        let p = black_box(ED25519_BASEPOINT_POINT) * scalar(i);
        acc ^= p.to_montgomery().to_bytes()[0] as u32;
    }
    acc
}

/// An X25519 exchange (Montgomery ladder), which never used the table.
#[no_mangle]
pub extern "C" fn x25519(n: u32) -> u32 {
    let mut acc = 0u32;
    for i in 0..n {
        let p: MontgomeryPoint = black_box(X25519_BASEPOINT).mul_clamped(scalar(i).to_bytes());
        acc ^= p.to_bytes()[0] as u32;
    }
    acc
}

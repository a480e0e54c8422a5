//! Exact numeric values: integers, decimals and ratios, with an explicit
//! "too large" state instead of wrapping or rounding.

use core::fmt;

/// An exact numeric value.
///
/// Integers are `i128`; a decimal is `mantissa / 10^scale` (so `3.5` is
/// `Decimal { mantissa: 35, scale: 1 }`); a fraction word (ثلث, "a third") is a
/// [`Value::Ratio`]. Arithmetic is checked: a value that does not fit is
/// [`Value::TooLarge`], never a wrapped or rounded number.
///
/// With the `serde` feature a value serializes as a JSON number (integers
/// exactly, decimals and ratios as the nearest `f64`), and `TooLarge` as `null`.
///
/// ```
/// use arabic_news::numbers::{parse, Value};
///
/// assert_eq!(parse("2.5 مليون").unwrap().value, Value::Integer(2_500_000));
/// assert_eq!(parse("ثلث").unwrap().value.as_f64(), Some(1.0 / 3.0)); // a third
/// let huge = "9".repeat(400);
/// assert_eq!(parse(&huge).unwrap().value, Value::TooLarge);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// A whole number.
    Integer(i128),
    /// `mantissa / 10^scale`, with `scale >= 1` and no trailing zero in the mantissa.
    Decimal {
        /// The digits without the decimal point.
        mantissa: i128,
        /// How many of them follow the decimal point.
        scale: u32,
    },
    /// `numerator / denominator` in lowest terms, `denominator >= 2`.
    Ratio {
        /// The numerator.
        numerator: i128,
        /// The denominator.
        denominator: i128,
    },
    /// The number is written correctly but does not fit in 128 bits.
    TooLarge,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn pow10(s: u32) -> Option<i128> {
    10i128.checked_pow(s)
}

impl Value {
    /// Builds a value from a ratio, reduced; `decimal` prefers a decimal form when
    /// the denominator divides a power of ten.
    pub(crate) fn from_ratio(n: i128, d: i128, decimal: bool) -> Value {
        if d == 0 {
            return Value::TooLarge;
        }
        let (mut n, mut d) = (n, d);
        if d < 0 {
            match (n.checked_neg(), d.checked_neg()) {
                (Some(a), Some(b)) => {
                    n = a;
                    d = b;
                }
                _ => return Value::TooLarge,
            }
        }
        let g = gcd(n, d).max(1);
        n /= g;
        d /= g;
        if d == 1 {
            return Value::Integer(n);
        }
        if decimal {
            for s in 1..=38u32 {
                let Some(p) = pow10(s) else { break };
                if p % d == 0 {
                    return match n.checked_mul(p / d) {
                        Some(m) => Value::Decimal {
                            mantissa: m,
                            scale: s,
                        },
                        None => Value::TooLarge,
                    };
                }
            }
        }
        Value::Ratio {
            numerator: n,
            denominator: d,
        }
    }

    /// The value as a ratio, when it is not too large.
    pub(crate) fn to_ratio(self) -> Option<(i128, i128)> {
        match self {
            Value::Integer(i) => Some((i, 1)),
            Value::Decimal { mantissa, scale } => Some((mantissa, pow10(scale)?)),
            Value::Ratio {
                numerator,
                denominator,
            } => Some((numerator, denominator)),
            Value::TooLarge => None,
        }
    }

    fn is_ratio(self) -> bool {
        matches!(self, Value::Ratio { .. })
    }

    /// `self * k`, exact.
    pub(crate) fn mul(self, k: Value) -> Value {
        let (Some((a, b)), Some((c, d))) = (self.to_ratio(), k.to_ratio()) else {
            return Value::TooLarge;
        };
        // Reduce crosswise first so that 0.5 * 10^30 does not overflow needlessly.
        let g1 = gcd(a, d).max(1);
        let g2 = gcd(c, b).max(1);
        match ((a / g1).checked_mul(c / g2), (b / g2).checked_mul(d / g1)) {
            (Some(n), Some(m)) => Value::from_ratio(n, m, !(self.is_ratio() || k.is_ratio())),
            _ => Value::TooLarge,
        }
    }

    /// `self + k`, exact.
    pub(crate) fn add(self, k: Value) -> Value {
        let (Some((a, b)), Some((c, d))) = (self.to_ratio(), k.to_ratio()) else {
            return Value::TooLarge;
        };
        let n = a
            .checked_mul(d)
            .and_then(|x| c.checked_mul(b).and_then(|y| x.checked_add(y)));
        match (n, b.checked_mul(d)) {
            (Some(n), Some(m)) => Value::from_ratio(n, m, !(self.is_ratio() || k.is_ratio())),
            _ => Value::TooLarge,
        }
    }

    /// `-self`.
    pub(crate) fn neg(self) -> Value {
        match self {
            Value::Integer(i) => i.checked_neg().map_or(Value::TooLarge, Value::Integer),
            Value::Decimal { mantissa, scale } => mantissa
                .checked_neg()
                .map_or(Value::TooLarge, |m| Value::Decimal { mantissa: m, scale }),
            Value::Ratio {
                numerator,
                denominator,
            } => numerator
                .checked_neg()
                .map_or(Value::TooLarge, |n| Value::Ratio {
                    numerator: n,
                    denominator,
                }),
            Value::TooLarge => Value::TooLarge,
        }
    }

    /// The integer, when the value is a whole number.
    pub fn as_i128(&self) -> Option<i128> {
        match *self {
            Value::Integer(i) => Some(i),
            _ => None,
        }
    }

    /// The integer, when the value is a whole number in `0..=u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_i128().and_then(|i| u64::try_from(i).ok())
    }

    /// The nearest `f64` (lossy for large integers and most ratios), `None` when too large.
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Value::Integer(i) => Some(i as f64),
            // Going through the decimal text gives the correctly rounded f64.
            Value::Decimal { .. } => self.to_string().parse().ok(),
            Value::Ratio {
                numerator,
                denominator,
            } => Some(numerator as f64 / denominator as f64),
            Value::TooLarge => None,
        }
    }

    /// True for [`Value::TooLarge`].
    pub fn is_too_large(&self) -> bool {
        matches!(self, Value::TooLarge)
    }

    /// True for a whole number.
    pub fn is_integer(&self) -> bool {
        matches!(self, Value::Integer(_))
    }
}

impl fmt::Display for Value {
    /// `305`, `3.5`, `1/3`, or `too large`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Integer(i) => write!(f, "{i}"),
            Value::Decimal { mantissa, scale } => {
                let digits = mantissa.unsigned_abs().to_string();
                let scale = scale as usize;
                let sign = if mantissa < 0 { "-" } else { "" };
                if digits.len() > scale {
                    let (a, b) = digits.split_at(digits.len() - scale);
                    write!(f, "{sign}{a}.{b}")
                } else {
                    write!(f, "{sign}0.{}{digits}", "0".repeat(scale - digits.len()))
                }
            }
            Value::Ratio {
                numerator,
                denominator,
            } => write!(f, "{numerator}/{denominator}"),
            Value::TooLarge => f.write_str("too large"),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Integer(i) => match i64::try_from(i) {
                Ok(v) => s.serialize_i64(v),
                Err(_) => s.serialize_i128(i),
            },
            Value::TooLarge => s.serialize_none(),
            _ => match self.as_f64() {
                Some(x) => s.serialize_f64(x),
                None => s.serialize_none(),
            },
        }
    }
}

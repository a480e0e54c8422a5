//! Prints the tokens (or sentences) of a file or of stdin, one a line.
//!
//! ```text
//! cargo run --release --example tokenize -- [--sentences | --clitics | --count] [FILE]
//! ```
//!
//! Each token line is `start end kind text`, with byte offsets into the input.
//! `--clitics` adds the proclitics and stem of Arabic words that split;
//! `--count` prints the number of tokens per kind, then the best-of-11
//! throughput of `tokenize`, `str::split_whitespace` and `sentences` on the
//! input (a quick check; the criterion group `tokenize` in `bench/` is the
//! reference).

use std::io::{self, BufWriter, Read, Write};
use std::time::Instant;

use arabic_news::{sentences, tokenize, TokenKind};

fn main() -> io::Result<()> {
    let mut mode = "tokens";
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--sentences" => mode = "sentences",
            "--clitics" => mode = "clitics",
            "--count" => mode = "count",
            "-h" | "--help" => {
                eprintln!("usage: tokenize [--sentences | --clitics | --count] [FILE]");
                return Ok(());
            }
            _ => path = Some(arg),
        }
    }
    let text = match path {
        Some(p) => std::fs::read_to_string(p)?,
        None => {
            let mut s = String::new();
            io::stdin().read_to_string(&mut s)?;
            s
        }
    };
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    match mode {
        "sentences" => {
            for s in sentences(&text) {
                writeln!(out, "{} {} {}", s.start(), s.end(), s.as_str())?;
            }
        }
        "count" => {
            let mut by_kind = [0usize; 16];
            let mut example: [Option<TokenKind>; 16] = [None; 16];
            for tok in tokenize(&text) {
                let k = tok.kind() as usize & 15;
                by_kind[k] += 1;
                example[k] = Some(tok.kind());
            }
            for (k, c) in example.iter().zip(by_kind) {
                if let Some(k) = k {
                    writeln!(out, "{k:?}\t{c}")?;
                }
            }
            writeln!(out, "total\t{}", by_kind.iter().sum::<usize>())?;
            // Best of eleven alternating runs each, so that a busy machine
            // disturbs less.
            let mb = text.len() as f64 / 1e6;
            let time = |f: &dyn Fn() -> usize| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64()
            };
            let (mut ours, mut ws, mut sent) = (f64::INFINITY, f64::INFINITY, f64::INFINITY);
            for _ in 0..11 {
                ours = ours.min(time(&|| {
                    tokenize(&text).fold(0, |a, t| a + t.as_str().len())
                }));
                ws = ws.min(time(&|| {
                    text.split_whitespace().fold(0, |a, w| a + w.len())
                }));
                sent = sent.min(time(&|| sentences(&text).count()));
            }
            writeln!(out, "sentences {:.0} MB/s", mb / sent)?;
            writeln!(
                out,
                "tokenize {:.0} MB/s, split_whitespace {:.0} MB/s, ratio {:.2}",
                mb / ours,
                mb / ws,
                ws / ours
            )?;
        }
        _ => {
            for tok in tokenize(&text) {
                let span = tok.span();
                write!(out, "{} {} {:?} {}", span.start, span.end, tok.kind(), tok)?;
                if mode == "clitics" && tok.kind() == TokenKind::ArabicWord {
                    let c = tok.clitics();
                    if c.is_split() {
                        let parts: Vec<&str> = c.proclitics().collect();
                        write!(out, "\t{} + {}", parts.join(" + "), c.stem())?;
                    }
                }
                writeln!(out)?;
            }
        }
    }
    out.flush()
}

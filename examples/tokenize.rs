//! Prints the tokens (or sentences) of a file or of stdin, one a line.
//!
//! ```text
//! cargo run --release --example tokenize -- [--sentences | --clitics | --count] [FILE]
//! ```
//!
//! Each token line is `start end kind text`, with byte offsets into the input.
//! `--clitics` adds the proclitics and stem of Arabic words that split;
//! `--count` prints only the number of tokens per kind and the throughput.

use std::collections::BTreeMap;
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
            let t = Instant::now();
            let mut by_kind = [0usize; 16];
            let mut n = 0usize;
            let mut example: [Option<TokenKind>; 16] = [None; 16];
            for tok in tokenize(&text) {
                n += 1;
                let k = tok.kind() as usize & 15;
                by_kind[k] += 1;
                example[k] = Some(tok.kind());
            }
            let secs = t.elapsed().as_secs_f64();
            let counts: BTreeMap<String, usize> = example
                .iter()
                .zip(by_kind)
                .filter_map(|(k, c)| k.map(|k| (format!("{k:?}"), c)))
                .collect();
            for (k, v) in &counts {
                writeln!(out, "{k}\t{v}")?;
            }
            let t2 = Instant::now();
            let ws = text.split_whitespace().count();
            let secs2 = t2.elapsed().as_secs_f64();
            writeln!(
                out,
                "split_whitespace: {ws} tokens, {:.0} MB/s",
                text.len() as f64 / 1e6 / secs2
            )?;
            writeln!(
                out,
                "total\t{n}\n{:.1} MB in {:.3} s = {:.0} MB/s",
                text.len() as f64 / 1e6,
                secs,
                text.len() as f64 / 1e6 / secs
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

//! Normalize Arabic text, or strip the boilerplate lines of a news article.
//!
//! ```text
//! cargo run --release --example normalize -- [--preset search|display] [FILE]
//! cargo run --release --example normalize -- --clean [--removed] [FILE]
//! ```

use std::io::{self, Read, Write};
use std::process::ExitCode;

use arabic_news::normalize::{clean_article, Normalizer};

const HELP: &str = "\
normalize: normalize Arabic text, or clean a news article.

USAGE:
    normalize [--preset search|display] [FILE]
    normalize --clean [--removed] [--preset search|display] [FILE]

Reads FILE (or standard input) as UTF-8.

    --preset P   search (default): remove diacritics and tatweel, fold alef
                 variants, alef maksura, teh marbuta, Persian look-alikes,
                 presentation forms and Arabic-Indic digits, remove bidi
                 controls, turn every space into U+0020.
                 display: only repair the encoding (presentation forms,
                 controls, spaces, combining hamza).
                 Writes the normalized text: nothing added, nothing trimmed.
    --clean      write the article without boilerplate lines (share buttons,
                 app promotion, \"read also\" links, disclaimers, separators),
                 kept paragraphs separated by a blank line, then a newline.
                 With --preset, the cleaned text is normalized too.
    --removed    with --clean: list the removed lines on standard error, one
                 a line: REASON <tab> LINE
    -h, --help   this text

EXIT STATUS: 0 on success, 1 when the input cannot be read, 2 on a usage error.
";

struct Args {
    preset: Option<String>,
    clean: bool,
    removed: bool,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        preset: None,
        clean: false,
        removed: false,
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                std::process::exit(0);
            }
            "--preset" => args.preset = Some(it.next().ok_or("--preset needs a value")?),
            "--clean" => args.clean = true,
            "--removed" => args.removed = true,
            s if s.starts_with("--preset=") => args.preset = Some(s["--preset=".len()..].into()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            s => {
                if args.file.replace(s.to_string()).is_some() {
                    return Err("only one FILE".into());
                }
            }
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("normalize: {e}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    let normalizer = match args.preset.as_deref() {
        None if args.clean => None,
        None | Some("search") => Some(Normalizer::search()),
        Some("display") => Some(Normalizer::display()),
        Some(p) => {
            eprintln!("normalize: unknown preset {p:?} (search or display)");
            return ExitCode::from(2);
        }
    };
    let mut text = String::new();
    let read = match args.file.as_deref() {
        None | Some("-") => io::stdin().read_to_string(&mut text).map(|_| ()),
        Some(path) => std::fs::read_to_string(path).map(|t| text = t),
    };
    if let Err(e) = read {
        let what = args.file.as_deref().unwrap_or("standard input");
        eprintln!("normalize: {what}: {e}");
        return ExitCode::from(1);
    }

    let mut stdout = io::stdout().lock();
    let result = if args.clean {
        let cleaned = clean_article(&text);
        if args.removed {
            let mut stderr = io::stderr().lock();
            for r in &cleaned.removed {
                let _ = writeln!(stderr, "{}\t{}", r.reason.as_str(), r.line);
            }
        }
        let mut out = cleaned.text();
        if !out.is_empty() {
            out.push('\n');
        }
        match &normalizer {
            Some(n) => stdout.write_all(n.normalize_str(&out).as_bytes()),
            None => stdout.write_all(out.as_bytes()),
        }
    } else {
        let n = normalizer.unwrap_or_else(Normalizer::search);
        stdout.write_all(n.normalize_str(&text).as_bytes())
    };
    match result.and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("normalize: writing: {e}");
            ExitCode::from(1)
        }
    }
}

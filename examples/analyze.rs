//! The main job: analyse Arabic news articles and print quotes, casualty figures,
//! numbers and sentences as JSON.
//!
//! Run `cargo run --release --example analyze -- --help` for the usage.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;

const HELP: &str = "\
analyze: find quotes, casualty figures, numbers and sentences in Arabic news.

USAGE:
    analyze [OPTIONS] FILE [FILE ...]     one pretty JSON object per file
    analyze --jsonl [OPTIONS] < IN > OUT  one JSON object per line, streaming

FILE mode:
    Each FILE is read as UTF-8 text and analysed as one article. The output
    object's \"id\" is the path as given. A file that cannot be read or is not
    UTF-8 gives an error on stderr naming the file; the other files are still
    analysed, and the exit status is 1.

JSONL mode (--jsonl):
    Reads standard input one JSON object per line, with a string field
    \"text\" and an optional \"id\" (any JSON value, copied through). Writes one
    line per input line, in input order:
        {\"id\": ..., \"sentences\": [...], \"quotes\": [...],
         \"casualties\": [...], \"numbers\": [...]}
    A line that is not JSON, is not an object, has no \"text\", or whose
    \"text\" is not a string yields {\"id\": ..., \"error\": \"...\"} on its line
    (id null when none could be read) and the run goes on; a blank line is
    such a bad line too, so that output line N always answers input line N.
    Memory stays bounded: at most a window of lines is in flight.

OPTIONS:
    --jsonl          JSONL mode (see above)
    --threads N      worker threads for --jsonl (default: all cores); output
                     order is input order whatever N is
    --progress       print lines done and MB/s on stderr (default: only when
                     stderr is a terminal)
    --no-progress    never print progress
    -h, --help       this text

Every span is {\"start\", \"end\", \"text\"} with byte offsets into the article
text as given, so that text[start..end] == \"text\".

EXIT STATUS:
    0 when every file or line was analysed, 1 when any failed, 2 on a usage
    error.
";

#[derive(Serialize)]
struct Output<'a, 'i> {
    id: &'i Value,
    #[serde(flatten)]
    analysis: arabic_news::Analysis<'a>,
}

#[derive(Serialize)]
struct ErrorLine<'i> {
    id: &'i Value,
    error: String,
}

struct Options {
    jsonl: bool,
    threads: usize,
    progress: Option<bool>,
    files: Vec<String>,
}

fn parse_args() -> Result<Option<Options>, String> {
    let mut opts = Options {
        jsonl: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        progress: None,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--jsonl" => opts.jsonl = true,
            "--progress" => opts.progress = Some(true),
            "--no-progress" => opts.progress = Some(false),
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                opts.threads = parse_threads(&n)?;
            }
            s if s.starts_with("--threads=") => opts.threads = parse_threads(&s[10..])?,
            "--" => opts.files.extend(args.by_ref()),
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(format!("unknown option {s:?} (see --help)"))
            }
            _ => opts.files.push(arg),
        }
    }
    if opts.jsonl && !opts.files.is_empty() {
        return Err("--jsonl reads standard input; give no FILE with it".into());
    }
    if !opts.jsonl && opts.files.is_empty() {
        return Err("no FILE given (or use --jsonl to read standard input; see --help)".into());
    }
    Ok(Some(opts))
}

fn parse_threads(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("--threads needs a positive number, not {s:?}")),
    }
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(Some(o)) => o,
        Ok(None) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("analyze: {e}");
            return ExitCode::from(2);
        }
    };
    let result = if opts.jsonl {
        let progress = opts.progress.unwrap_or_else(|| io::stderr().is_terminal());
        run_jsonl(opts.threads, progress)
    } else {
        run_files(&opts.files)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("analyze: {e}");
            ExitCode::from(1)
        }
    }
}

/// Pretty JSON for each file. Returns whether every file was analysed.
fn run_files(files: &[String]) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    for name in files {
        let text = match read_file(Path::new(name)) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("analyze: {e}");
                ok = false;
                continue;
            }
        };
        let id = Value::String(name.clone());
        let output = Output {
            id: &id,
            analysis: arabic_news::analyze(&text),
        };
        serde_json::to_writer_pretty(&mut out, &output)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ok)
}

fn read_file(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Analyses one JSONL line. Returns the output line (without newline) and
/// whether it succeeded.
fn analyze_line(raw: &[u8]) -> (Vec<u8>, bool) {
    let null = Value::Null;
    let error = |id: &Value, msg: String| {
        let v = serde_json::to_vec(&ErrorLine { id, error: msg }).expect("serializable");
        (v, false)
    };
    // JSON text is UTF-8 (RFC 8259): a line that is not is a bad line, not an
    // article to analyse with U+FFFD in it. Its id is still given when the rest parses.
    let line = match std::str::from_utf8(raw) {
        Ok(line) => line,
        Err(e) => {
            let lossy = String::from_utf8_lossy(raw);
            let parsed = serde_json::from_str::<Value>(&lossy).ok();
            let id = parsed.as_ref().and_then(|v| v.get("id")).unwrap_or(&null);
            let msg = format!("not UTF-8 (invalid byte at offset {})", e.valid_up_to());
            return error(id, msg);
        }
    };
    if line.trim().is_empty() {
        return error(&null, "empty line".into());
    }
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return error(&null, format!("not valid JSON: {e}")),
    };
    let Value::Object(map) = &value else {
        return error(&null, "not a JSON object".into());
    };
    let id = map.get("id").unwrap_or(&null);
    let text = match map.get("text") {
        Some(Value::String(s)) => s,
        Some(_) => return error(id, "\"text\" is not a string".into()),
        None => return error(id, "no \"text\" field".into()),
    };
    // The library never panics by contract; if a bug breaks that, the line still
    // gets its own error object and the run goes on (a worker that died would
    // leave its line unanswered and stall the ordered writer).
    let analysis = match std::panic::catch_unwind(|| arabic_news::analyze(text)) {
        Ok(analysis) => analysis,
        Err(_) => return error(id, "internal error: the analysis panicked (a bug)".into()),
    };
    let output = Output { id, analysis };
    (serde_json::to_vec(&output).expect("serializable"), true)
}

/// Streams stdin to stdout. Returns whether every line succeeded.
fn run_jsonl(threads: usize, progress: bool) -> io::Result<bool> {
    if threads == 1 {
        return run_jsonl_serial(progress);
    }
    // A window of lines in flight bounds memory: the reader takes a slot before it
    // hands a line out, the writer gives it back once the line's result is written.
    let window = threads * 16;
    let (slot_tx, slot_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        slot_tx.send(()).expect("receiver alive");
    }
    let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Vec<u8>)>(window);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::channel::<(u64, Vec<u8>, bool, usize)>();

    std::thread::scope(|scope| {
        for _ in 0..threads {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || loop {
                let job = work_rx
                    .lock()
                    .expect("no worker panics holding the lock")
                    .recv();
                let Ok((seq, line)) = job else { break };
                let (out, ok) = analyze_line(&line);
                if done_tx.send((seq, out, ok, line.len())).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let writer = scope.spawn(move || write_in_order(done_rx, slot_tx, progress));
        let read = read_lines(work_tx, slot_rx);
        let written = writer.join().expect("writer thread does not panic");
        read.and(written)
    })
}

fn read_lines(work_tx: SyncSender<(u64, Vec<u8>)>, slots: Receiver<()>) -> io::Result<()> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut seq = 0u64;
    loop {
        if slots.recv().is_err() {
            // The writer stopped (for example a closed stdout): stop reading.
            return Ok(());
        }
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        if work_tx.send((seq, line)).is_err() {
            return Ok(());
        }
        seq += 1;
    }
}

fn write_in_order(
    done: Receiver<(u64, Vec<u8>, bool, usize)>,
    slots: SyncSender<()>,
    progress: bool,
) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut pending = std::collections::BTreeMap::new();
    let mut next = 0u64;
    let mut all_ok = true;
    let mut meter = Progress::new(progress);
    for (seq, bytes, ok, in_len) in done {
        pending.insert(seq, (bytes, ok, in_len));
        while let Some((bytes, ok, in_len)) = pending.remove(&next) {
            all_ok &= ok;
            out.write_all(&bytes)?;
            out.write_all(b"\n")?;
            meter.tick(in_len);
            next += 1;
            // The reader may have finished; a closed slot channel is fine.
            let _ = slots.try_send(());
        }
    }
    out.flush()?;
    meter.finish();
    Ok(all_ok)
}

fn run_jsonl_serial(progress: bool) -> io::Result<bool> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    let mut all_ok = true;
    let mut meter = Progress::new(progress);
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let (bytes, ok) = analyze_line(&line);
        all_ok &= ok;
        out.write_all(&bytes)?;
        out.write_all(b"\n")?;
        meter.tick(line.len());
    }
    out.flush()?;
    meter.finish();
    Ok(all_ok)
}

/// Lines done and throughput on stderr, at most once a second.
struct Progress {
    on: bool,
    start: Instant,
    last: Instant,
    lines: u64,
    bytes: u64,
}

impl Progress {
    fn new(on: bool) -> Progress {
        let now = Instant::now();
        Progress {
            on,
            start: now,
            last: now,
            lines: 0,
            bytes: 0,
        }
    }

    fn tick(&mut self, bytes: usize) {
        self.lines += 1;
        self.bytes += bytes as u64;
        if self.on && self.last.elapsed() >= Duration::from_secs(1) {
            self.last = Instant::now();
            self.print("\r");
        }
    }

    fn print(&self, lead: &str) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        eprint!(
            "{lead}{} lines, {:.1} MB in, {:.1} MB/s",
            self.lines,
            mb,
            mb / secs
        );
    }

    fn finish(&self) {
        if self.on {
            self.print("\r");
            eprintln!();
        }
    }
}

//! The JSONL contract of the main job, `examples/analyze.rs --jsonl`, tested on the
//! built example binary: one output line per input line (a blank one is an error), in input order
//! whatever `--threads`; a bad line yields `{"id", "error"}` on its own line while
//! every other line is analysed; exit status 1 when any line failed; spans index the
//! line's text. In file mode, a file that is not UTF-8 gives an error naming it.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use common::invariants::check_spans;
use serde_json::{json, Value};

/// The `analyze` example binary. `cargo test` builds examples next to the test
/// binaries (`target/<profile>/examples/`); when it is missing or older than the
/// sources (for instance with `cargo test --test jsonl`), it is built into a separate
/// target directory so as not to wait on the lock that the running `cargo test` holds.
fn analyze_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test binary path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>/deps/..");
        let name = format!("analyze{}", std::env::consts::EXE_SUFFIX);
        let built = profile_dir.join("examples").join(&name);
        if built.is_file() && !older_than_sources(&built) {
            return built;
        }
        let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("analyze-example");
        let status = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--example",
                "analyze",
                "--manifest-path",
            ])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&target)
            .status()
            .expect("run cargo build --example analyze");
        assert!(status.success(), "cargo build --example analyze failed");
        target.join("debug").join("examples").join(name)
    })
}

/// True when the example or the library changed after `bin` was built (a
/// `cargo test --test jsonl` does not rebuild examples).
fn older_than_sources(bin: &Path) -> bool {
    fn newest(dir: &Path) -> Option<std::time::SystemTime> {
        let mut best = None;
        for entry in std::fs::read_dir(dir).ok()?.flatten() {
            let path = entry.path();
            let t = if path.is_dir() {
                newest(&path)
            } else {
                entry.metadata().and_then(|m| m.modified()).ok()
            };
            best = best.max(t);
        }
        best
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let built = std::fs::metadata(bin).and_then(|m| m.modified()).ok();
    let sources = newest(&root.join("src")).max(newest(&root.join("examples")));
    built < sources
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(analyze_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the analyze example");
    let mut input = child.stdin.take().expect("piped stdin");
    let data = stdin.to_vec();
    // Write from another thread so that a full stdout pipe cannot deadlock us.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for analyze");
    writer.join().expect("writer thread");
    out
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("output line not JSON ({e}): {l}"))
        })
        .collect()
}

fn article(i: usize) -> String {
    // Different lengths and contents so that workers finish out of order.
    let body = "قال الوزير إن 3 أشخاص قتلوا وأصيب أكثر من 20 آخرين في القصف. ";
    format!(
        "وقال المتحدث: «نعمل على إجلاء {i} مدنيا». {}",
        body.repeat(1 + (i * 7) % 23)
    )
}

#[test]
fn bad_lines_get_their_own_error_and_the_rest_is_analysed() {
    let good = article(1);
    let mut input = Vec::new();
    let mut push = |line: &[u8]| {
        input.extend_from_slice(line);
        input.push(b'\n');
    };
    push(json!({"id": "a", "text": good}).to_string().as_bytes());
    push(b"this is not json");
    push(b"[1, 2, 3]");
    push(json!({"id": 7, "title": "no text"}).to_string().as_bytes());
    push(json!({"id": {"k": [1]}, "text": 42}).to_string().as_bytes());
    push(b"");
    push(b"   ");
    push(b"{\"id\": \"latin1\", \"text\": \"caf\xe9\"}");
    push(json!({"text": "بلا معرف"}).to_string().as_bytes());
    // CRLF line ending, and a last line without a newline.
    input.extend_from_slice(
        json!({"id": "crlf", "text": "مقتل 5 أشخاص"})
            .to_string()
            .as_bytes(),
    );
    input.extend_from_slice(b"\r\n");
    input.extend_from_slice(json!({"id": "last", "text": good}).to_string().as_bytes());

    let out = run(&["--jsonl", "--threads", "1"], &input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed line makes the exit status 1"
    );
    let got = lines(&out);
    let ids: Vec<Value> = got.iter().map(|v| v["id"].clone()).collect();
    assert_eq!(
        ids,
        vec![
            json!("a"),
            Value::Null,
            Value::Null,
            json!(7),
            json!({"k": [1]}),
            Value::Null,
            Value::Null,
            json!("latin1"),
            Value::Null,
            json!("crlf"),
            json!("last")
        ],
        "one output line per input line, in order"
    );
    let failed: Vec<bool> = got.iter().map(|v| v.get("error").is_some()).collect();
    assert_eq!(
        failed,
        [false, true, true, true, true, true, true, true, false, false, false],
        "not JSON, not an object, no text, text not a string, blank, not UTF-8"
    );
    for v in &got {
        if let Some(e) = v.get("error") {
            assert!(
                e.as_str().is_some_and(|s| !s.is_empty()),
                "error is a message: {v}"
            );
            assert_eq!(
                v.as_object().map(|o| o.len()),
                Some(2),
                "error line is {{id, error}}: {v}"
            );
        } else {
            for key in ["sentences", "quotes", "casualties", "numbers"] {
                assert!(v[key].is_array(), "{key} missing in {v}");
            }
        }
    }
    check_spans(&good, &got[0], "line 1");
    check_spans("مقتل 5 أشخاص", &got[9], "crlf line");
    let not_utf8 = got[7]["error"].as_str().unwrap_or_default();
    assert!(not_utf8.contains("UTF-8"), "the error says why: {not_utf8}");
}

#[test]
fn all_good_lines_exit_zero() {
    let input: String = (0..5)
        .map(|i| json!({"id": i, "text": article(i)}).to_string() + "\n")
        .collect();
    let out = run(&["--jsonl", "--threads", "2"], input.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(lines(&out).len(), 5);
}

#[test]
fn two_threads_keep_input_order_and_equal_one_thread() {
    let texts: Vec<String> = (0..300).map(article).collect();
    let mut input = String::new();
    for (i, t) in texts.iter().enumerate() {
        if i % 50 == 17 {
            input.push_str("{broken\n");
        }
        input.push_str(&json!({"id": i, "text": t}).to_string());
        input.push('\n');
    }
    let one = run(&["--jsonl", "--threads", "1"], input.as_bytes());
    let two = run(&["--jsonl", "--threads", "2"], input.as_bytes());
    let four = run(&["--jsonl", "--threads", "4"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(two.status.code(), Some(1));
    assert_eq!(
        one.stdout, two.stdout,
        "--threads 2 output differs from --threads 1"
    );
    assert_eq!(
        one.stdout, four.stdout,
        "--threads 4 output differs from --threads 1"
    );
    let got = lines(&two);
    let ok: Vec<&Value> = got.iter().filter(|v| v.get("error").is_none()).collect();
    assert_eq!(ok.len(), texts.len());
    for (i, v) in ok.iter().enumerate() {
        assert_eq!(v["id"], json!(i), "out of order");
        check_spans(&texts[i], v, &format!("line {i}"));
    }
}

#[test]
fn progress_goes_to_stderr_only() {
    let input = json!({"id": 1, "text": article(3)}).to_string() + "\n";
    let quiet = run(&["--jsonl", "--no-progress"], input.as_bytes());
    let loud = run(&["--jsonl", "--progress"], input.as_bytes());
    assert_eq!(quiet.stdout, loud.stdout, "progress must not touch stdout");
    assert!(
        String::from_utf8_lossy(&loud.stderr).contains("lines"),
        "--progress prints lines and MB/s on stderr"
    );
}

#[test]
fn file_mode_names_a_file_that_is_not_utf8() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("jsonl-file-mode");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("latin1-article.txt");
    let good = dir.join("good-article.txt");
    std::fs::write(&bad, b"caf\xe9 \xff\xfe").expect("write");
    std::fs::write(&good, article(2)).expect("write");
    let (bad_s, good_s) = (
        bad.to_str().expect("utf-8 path"),
        good.to_str().expect("utf-8 path"),
    );
    let out = run(&[bad_s, good_s], b"");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("latin1-article.txt"),
        "the error names the file: {stderr}"
    );
    assert!(stderr.contains("UTF-8"), "the error says why: {stderr}");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let v: Value = serde_json::from_str(&stdout).expect("the good file is still analysed");
    assert_eq!(v["id"], json!(good_s));
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(
        run(&["--jsonl", "--threads", "0"], b"").status.code(),
        Some(2)
    );
    assert_eq!(run(&["--bogus"], b"").status.code(), Some(2));
    assert_eq!(run(&[], b"").status.code(), Some(2));
}

/// Real articles: two threads give exactly the output of one, every span exact.
#[test]
fn real_articles_two_threads_equal_one() {
    let Some(all) = common::corpus::eval_jsonl() else {
        return;
    };
    let input: String = all.lines().take(150).map(|l| format!("{l}\n")).collect();
    let one = run(&["--jsonl", "--threads", "1"], input.as_bytes());
    let two = run(&["--jsonl", "--threads", "2"], input.as_bytes());
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(one.stdout, two.stdout);
    for (line, out) in input.lines().zip(lines(&two)) {
        let v: Value = serde_json::from_str(line).expect("eval line is JSON");
        let text = v["text"].as_str().expect("text");
        assert_eq!(out["id"], v["id"]);
        check_spans(text, &out, "eval article");
    }
}

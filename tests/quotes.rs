//! Table tests for quote attribution: behaviour from sentences in the style of
//! Arabic news (`tests/data/quotes_cases.txt`), pro-drop chains, name quotes,
//! and invariants.

use arabic_news::quotes::{self, Quote, QuoteKind};

fn check_spans(text: &str, qs: &[Quote<'_>]) {
    for q in qs {
        assert_eq!(&text[q.content.span()], q.content.as_str());
        if let Some(sp) = &q.speaker {
            assert_eq!(&text[sp.span], sp.text);
        }
        if let Some(c) = &q.cue {
            assert_eq!(&text[c.span], c.text);
        }
        if let Some(ch) = &q.channel {
            assert_eq!(&text[ch.span()], ch.as_str());
        }
    }
}

#[test]
fn table() {
    let data = include_str!("data/quotes_cases.txt");
    let mut n = 0;
    for (lineno, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split(" | ").map(str::trim).collect();
        assert_eq!(f.len(), 6, "line {}: {line}", lineno + 1);
        let (input, kind, content, speaker, lemma, resolved) = (f[0], f[1], f[2], f[3], f[4], f[5]);
        let qs = quotes::extract(input);
        check_spans(input, &qs);
        let q = qs
            .iter()
            .find(|q| q.content.as_str().starts_with(content))
            .unwrap_or_else(|| {
                panic!(
                    "line {}: no quote starting {content:?} in {qs:#?}",
                    lineno + 1
                )
            });
        let want = match kind {
            "direct" => QuoteKind::Direct,
            "indirect" => QuoteKind::Indirect,
            _ => QuoteKind::Mixed,
        };
        assert_eq!(q.kind, want, "line {}: kind", lineno + 1);
        assert_eq!(
            q.cue.as_ref().map(|c| c.lemma),
            Some(lemma),
            "line {}: cue",
            lineno + 1
        );
        if speaker != "-" {
            let sp = q
                .speaker
                .as_ref()
                .unwrap_or_else(|| panic!("line {}: no speaker", lineno + 1));
            assert!(
                sp.name.contains(speaker) || sp.text.contains(speaker),
                "line {}: speaker {sp:?}, want {speaker}",
                lineno + 1
            );
        }
        if resolved == "n" {
            assert!(!q.speaker.as_ref().unwrap().resolved, "line {}", lineno + 1);
        }
        n += 1;
    }
    assert!(n >= 20);
}

#[test]
fn pro_drop_follows_gender() {
    // A woman speaks, then a man; "وأضافت" (she added) goes back to her.
    let text = "وقالت الوزيرة هدى سعيد إن الخطة جاهزة. وقال المحافظ كريم نبيل إن التنفيذ يبدأ غدا. وأضافت أن التمويل متوفر.";
    let qs = quotes::extract(text);
    assert_eq!(qs.len(), 3, "{qs:#?}");
    let last = qs[2].speaker.as_ref().unwrap();
    assert!(last.resolved);
    assert_eq!(last.name, "هدى سعيد");
    // "وأضاف" (he added) takes the man.
    let text = "وقالت الوزيرة هدى سعيد إن الخطة جاهزة. وقال المحافظ كريم نبيل إن التنفيذ يبدأ غدا. وأضاف أن التمويل متوفر.";
    let qs = quotes::extract(text);
    assert_eq!(qs[2].speaker.as_ref().unwrap().name, "كريم نبيل");
}

#[test]
fn fullest_name_and_description() {
    let text = "أكد وزير الخارجية، سامي فهد، أن الهدنة صامدة. وأكد فهد أن بلاده تدعم الحل. وقال الوزير إن المحادثات مستمرة.";
    let qs = quotes::extract(text);
    assert_eq!(qs.len(), 3, "{qs:#?}");
    for q in &qs {
        assert_eq!(q.speaker.as_ref().unwrap().name, "سامي فهد", "{q:#?}");
    }
    assert_eq!(qs[1].speaker.as_ref().unwrap().text, "فهد");
}

#[test]
fn names_in_quote_marks_are_not_quotes() {
    for text in [
        "سيطر تنظيم «داعش» على البلدة.",
        "أطلق الجيش عملية «درع الفرات» في الشمال.",
        "وقال المصدر لـ«الشرق» إن الهجوم فشل.",
    ] {
        let qs = quotes::extract(text);
        assert!(
            qs.iter().all(|q| q.kind != QuoteKind::Direct),
            "{text}: {qs:#?}"
        );
    }
    let qs = quotes::extract("وقال المصدر لـ«الشرق» إن الهجوم فشل.");
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].content.as_str(), "الهجوم فشل");
}

#[test]
fn multi_paragraph_and_unbalanced() {
    let text =
        "وقال الوزير: «الوضع صعب.\n«لكننا سنعمل على حله».\nوفي خبر آخر، قال المتحدث إن الطقس جيد.";
    let qs = quotes::extract(text);
    check_spans(text, &qs);
    assert!(qs[0].content.as_str().contains("لكننا سنعمل"), "{qs:#?}");
    // An unclosed « ends with its paragraph; the next paragraph is still read.
    let text = "وقال الوزير: «الوضع صعب جدا\nوقال المتحدث إن الطقس جيد.";
    let qs = quotes::extract(text);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(qs[1].content.as_str(), "الطقس جيد");
}

#[test]
fn not_quotes() {
    // "It is worth noting that ..." is the writer's, and a passive names no one.
    let qs = quotes::extract("ويذكر أن المدينة شهدت اشتباكات عنيفة العام الماضي.");
    assert!(qs.is_empty(), "{qs:#?}");
    let qs = quotes::extract("وقيل إن الوفد سيصل غدا.");
    assert_eq!(qs.len(), 1);
    assert!(qs[0].speaker.is_none());
    // A quoted name inside reported content does not make it mixed.
    let qs = quotes::extract("وقال المسؤول إن تنظيم «داعش» انسحب من البلدة.");
    assert_eq!(qs[0].kind, QuoteKind::Indirect);
    // The unvocalized passive اتُّهم بـ ("was accused of") and a counted noun after a
    // number (75 متهما "75 defendants") are not cues.
    assert!(quotes::extract("وكان قد اتهم بالتحريض على الشغب.").is_empty());
    let qs = quotes::extract("وقضت المحكمة بسجن 40 متهما في القضية.");
    assert!(
        qs.iter().all(|q| q.cue.as_ref().unwrap().lemma != "اتهم"),
        "{qs:#?}"
    );
    // The noun نفي "denial" (spelled with ي) is not the verb نفى; a claim of
    // responsibility and a stance without a clause (معربا عن أسفه) are not statements.
    assert!(quotes::extract("وجاء ذلك في نفي رسمي للأنباء.").is_empty());
    assert!(quotes::extract("وأعلن التنظيم مسؤوليته عن الهجوم.").is_empty());
    assert!(quotes::extract("معربا عن قلقه من تدهور الأوضاع.").is_empty());
    // بعد أن "after" is a conjunction, not the complementizer of أعرب.
    assert!(quotes::extract(
        "أعربت الوزارة عن \"قلقها البالغ\" في بيان، بعد أن أغلق محتجون الطريق."
    )
    .is_empty());
    // A relative clause "which the army says ..." characterizes; it is no statement.
    let qs = quotes::extract("وشنت القوات حملة واسعة يقول الجيش إنها تستهدف المهربين.");
    assert!(qs.is_empty(), "{qs:#?}");
    // An outlet in quote marks after صحيفة is a name, not the words said.
    let qs = quotes::extract("مؤكدا معلومات نشرتها صحيفة «الأخبار».");
    assert!(qs.iter().all(|q| q.kind != QuoteKind::Direct), "{qs:#?}");
}

#[test]
fn plural_verb_takes_no_following_subject() {
    // وأعلنوا (they announced) with a noun after it: the noun is the object.
    let text = "وقال المتظاهرون إن الشرطة أطلقت النار. وأعلنوا مقتل شخصين.";
    let qs = quotes::extract(text);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    let sp = qs[1].speaker.as_ref().unwrap();
    assert!(sp.resolved);
    assert_eq!(sp.name, "المتظاهرون");
}

#[test]
fn channel() {
    let text = "ونقلت الوكالة عن نائب رئيس اللجنة، فادي ناصر: أن المحادثات انتهت.";
    let qs = quotes::extract(text);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].channel.as_ref().unwrap().as_str(), "الوكالة");
    assert_eq!(qs[0].speaker.as_ref().unwrap().name, "فادي ناصر");
}

#[test]
fn relayed_source_is_the_speaker_and_the_agency_the_channel() {
    let text = "وذكرت وكالة الأنباء الرسمية نقلا عن مصادر حكومية أن الاجتماع تأجل.";
    let qs = quotes::extract(text);
    check_spans(text, &qs);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].speaker.as_ref().unwrap().text, "مصادر حكومية");
    assert_eq!(
        qs[0].channel.as_ref().unwrap().as_str(),
        "وكالة الأنباء الرسمية"
    );
}

#[test]
fn pro_drop_follows_a_subject_without_content() {
    // The minister comments without a clause; "وأضافت" (she added) is hers, not his.
    let text = "وقال المحافظ كريم نبيل إن التنفيذ يبدأ غدا. وعلقت الوزيرة، هدى سعيد، على القرار في مؤتمر صحفي. وأضافت أن التمويل متوفر.";
    let qs = quotes::extract(text);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    let sp = qs[1].speaker.as_ref().unwrap();
    assert!(sp.resolved);
    assert_eq!(sp.name, "هدى سعيد");
}

#[test]
fn trailing_attribution_is_the_channel() {
    let text = "وأعلنت البلدية إغلاق الطريق الساحلي، وفق ما نقلت الإذاعة المحلية.";
    let qs = quotes::extract(text);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].speaker.as_ref().unwrap().name, "البلدية");
    assert_eq!(qs[0].channel.as_ref().unwrap().as_str(), "الإذاعة المحلية");
}

#[test]
fn adversarial_repeats_are_linear_and_bounded() {
    let many = "«".repeat(1 << 19);
    let qs = quotes::extract(&many);
    assert!(qs.is_empty());
    let cue = "وقال: «".repeat(1 << 16);
    let qs = quotes::extract(&cue);
    assert!(qs.len() <= 1, "{}", qs.len());
    check_spans(&cue, &qs);
    let straight = "\"".repeat(1 << 19);
    assert!(quotes::extract(&straight).is_empty());
    // Participles and statements in one endless sentence: bounded look-backs.
    for unit in ["ورد الوزير قائلا ", "ونشرت الشركة بيانا جاء فيه أن "]
    {
        let long = unit.repeat(1 << 14);
        let t = std::time::Instant::now();
        let qs = quotes::extract(&long);
        check_spans(&long, &qs);
        assert!(t.elapsed().as_secs() < 20, "{unit}: {:?}", t.elapsed());
    }
}

#[test]
fn empty_and_odd_inputs() {
    for text in [
        "",
        " ",
        "\u{064E}",
        "»",
        "«»",
        ":»",
        "\"\"",
        "قال",
        "وقال:",
        "بحسب",
        "بحسب ما",
    ] {
        let qs = quotes::extract(text);
        check_spans(text, &qs);
    }
}

#[cfg(feature = "serde")]
#[test]
fn json_shape() {
    let text = "وقال وزير الخارجية، سامي فهد، «إن الهدنة صامدة».";
    let qs = quotes::extract(text);
    let v = serde_json::to_value(&qs).unwrap();
    let q = &v[0];
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["speaker"]["name"], "سامي فهد");
    assert_eq!(q["speaker"]["title"], "وزير الخارجية");
    assert_eq!(q["speaker"]["resolved"], false);
    assert!(q["speaker"]["start"].is_u64() && q["speaker"]["end"].is_u64());
    assert_eq!(q["cue"]["lemma"], "قال");
    assert_eq!(q["cue"]["text"], "وقال");
    assert!(q["content"]["start"].is_u64());
    assert!(q["channel"].is_null());
}

#[test]
fn public_types_are_send_sync() {
    fn is<T: Send + Sync + std::panic::UnwindSafe>() {}
    is::<Quote<'static>>();
}

#[test]
fn adversarial_many_cues_in_one_sentence() {
    // No sentence end: every cue's clause would run to the end of the text.
    let text = "وقال إن ".repeat(1 << 15) + &"بحسب المرصد ".repeat(1 << 14);
    let qs = quotes::extract(&text);
    check_spans(&text, &qs);
    assert!(qs.len() <= 1 << 16);
}

/// Throughput on the bench corpus (run with `cargo test --release --test quotes -- --ignored`).
#[test]
#[ignore]
fn throughput_on_bench_corpus() {
    use std::io::Read;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/corpus/news-bench.txt.gz"
    );
    let Ok(out) = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("gzip -dc {path} | head -c 20000000"))
        .output()
    else {
        eprintln!("skipped: no gzip");
        return;
    };
    let mut text = String::new();
    out.stdout.as_slice().read_to_string(&mut text).ok();
    if text.is_empty() {
        eprintln!("skipped: {path} absent");
        return;
    }
    quotes::warm_up();
    let articles: Vec<&str> = text.split("\n\n").collect();
    let cpu0 = thread_cpu();
    let t = std::time::Instant::now();
    let mut n = 0;
    for article in &articles {
        n += quotes::extract(article).len();
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = thread_cpu().zip(cpu0).map(|(b, a)| (b - a) as f64 / 1e9);
    eprintln!(
        "{} MB, {n} quotes, wall {:.1} MB/s, cpu {:.1} MB/s",
        text.len() / 1_000_000,
        text.len() as f64 / 1e6 / secs,
        cpu.map_or(0.0, |c| text.len() as f64 / 1e6 / c)
    );
}

/// CPU time of this thread in ns (Linux), so that a loaded machine does not skew the figure.
fn thread_cpu() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

#[test]
fn description_links_only_to_an_agreeing_title() {
    // "The Palestinian president" must not take the name of the Israeli prime minister
    // quoted before him, though both titles start with رئيس; "the Saudi ambassador"
    // does take the name of the ambassador of Saudi Arabia (السعودية/السعودي).
    let text = "قال رئيس الوزراء الإسرائيلي سامر خليل إن الاتفاق مهم. \
                ووصف الرئيس الفلسطيني القرار بأنه \"مرفوض\".";
    let qs = quotes::extract(text);
    let sp = qs[1].speaker.as_ref().expect("speaker");
    assert!(!sp.name.contains("خليل"), "{sp:?}");
    assert_eq!(sp.text, "الرئيس الفلسطيني");

    let text = "قال سفير المملكة العربية السعودية كريم نبيل إن الحل قريب. \
                وتابع السفير السعودي في تغريدة: \"الحل السياسي مطلب الجميع\".";
    let qs = quotes::extract(text);
    let sp = qs[1].speaker.as_ref().expect("speaker");
    assert!(sp.name.contains("كريم نبيل"), "{sp:?}");
}

#[test]
fn reported_clause_ends_where_the_narrator_takes_over() {
    for (text, content) in [
        (
            "وقال الوزير إن الأسعار استقرت، في حين ارتفعت البطالة في الجنوب.",
            "الأسعار استقرت",
        ),
        (
            "وأكد المتحدث أن القوات تقدمت، بحسب ما نقلت الوكالة.",
            "القوات تقدمت",
        ),
        (
            "وقال الوزير إن الحل قريب، وذلك خلال كلمته في البرلمان.",
            "الحل قريب",
        ),
    ] {
        let qs = quotes::extract(text);
        check_spans(text, &qs);
        assert!(
            qs.iter().any(|q| q.content.as_str() == content),
            "{text}: {qs:#?}"
        );
    }
}

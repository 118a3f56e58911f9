//! Every documented operation, driven through its typed call on the real client against the
//! mock: the answer decodes, and encoded again it carries every attribute, element and text the
//! mock sent (its documented example when the reference is beside the project, else its
//! skeleton), in XML, in JSON (PascalCase) and in Enterprise Manager 13's camelCase JSON.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::Value;
use veeam_em::runtime::session::Credentials;
use veeam_em::runtime::xml::{self, Element};
use veeam_em::{Client, Format};
use veeam_em_mock::gen::calls::{call, Body, CallError, Called};
use veeam_em_mock::{Answer, AnsweredBy, Config, Examples, JsonCase, MockServer, Operation};
use veeam_em_tests::{corpus_dir, root, update_dir};

/// What one run found, by outcome.
#[derive(Debug, Default)]
struct Tally {
    /// Answered from a documented example: decoded and re-encoded whole.
    example: Vec<Operation>,
    /// Answered from the skeleton: decoded and re-encoded whole.
    skeleton: Vec<Operation>,
    /// Answered by the mock's logic (sessions, the restore flow, tasks, queries): decoded.
    logic: Vec<Operation>,
    /// The logic refused the placeholder arguments (an ID not in its inventory).
    refused: Vec<(Operation, String)>,
    /// Request examples that do not decode as the request type (the page's own disagreement).
    request_examples_short: Vec<String>,
    /// Anything else: a call or a comparison that failed.
    failed: Vec<String>,
}

fn normalized(mut el: Element) -> Element {
    el.attrs.retain(|(name, _)| name != "xmlns");
    el.attrs.sort();
    if el.text.trim().is_empty() {
        el.text.clear();
    }
    el.children = el.children.into_iter().map(normalized).collect();
    el
}

fn without_nulls(v: Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// Whether `encoded` says everything `served` said.
fn same(format: Format, served: &[u8], encoded: &[u8]) -> Result<(), String> {
    match format {
        Format::Xml => {
            let want = normalized(xml::parse(served).map_err(|e| format!("served: {e}"))?);
            let got = normalized(xml::parse(encoded).map_err(|e| format!("encoded: {e}"))?);
            if want == got {
                Ok(())
            } else {
                Err(format!(
                    "re-encoded differs\n  served:  {}\n  encoded: {}",
                    String::from_utf8_lossy(served),
                    String::from_utf8_lossy(encoded)
                ))
            }
        }
        _ => {
            let want: Value = serde_json::from_slice(served).map_err(|e| format!("served: {e}"))?;
            let got: Value =
                serde_json::from_slice(encoded).map_err(|e| format!("encoded: {e}"))?;
            if without_nulls(want.clone()) == without_nulls(got.clone()) {
                Ok(())
            } else {
                Err(format!(
                    "re-encoded differs\n  served:  {want}\n  encoded: {got}"
                ))
            }
        }
    }
}

async fn drive(format: Format, case: JsonCase, examples: &Examples) -> Tally {
    let config = Config::default()
        .with_json_case(case)
        .with_examples(examples.clone());
    let mock = MockServer::start_with(config.clone()).await;
    // The served JSON is compared in PascalCase: the client writes PascalCase.
    let pascal = MockServer::start_with(config.with_json_case(JsonCase::Pascal)).await;
    let client = logged_on(&mock, format).await;
    let mut tally = Tally::default();
    for &op in Operation::ALL {
        let info = op.info();
        let id = id_for(&mock, op);
        let documented = examples.get(op).and_then(|e| e.request_xml.as_deref());
        let skeleton = info.request_skeleton_xml;
        let mut outcome = call(
            &client,
            op,
            &id,
            documented.or(skeleton).map(|b| Body::Xml(b.as_bytes())),
        )
        .await;
        if let (Err(CallError::Body(e)), Some(_)) = (&outcome, documented) {
            // The page's request example lacks what its table requires: a finding, not a
            // failure of the client; the call is made with the skeleton.
            tally.request_examples_short.push(format!("{op}: {e}"));
            outcome = call(&client, op, &id, skeleton.map(|b| Body::Xml(b.as_bytes()))).await;
        }
        let answered = mock
            .requests_of(op)
            .last()
            .and_then(|r| r.answered_by)
            .unwrap_or(AnsweredBy::Logic);
        match (outcome, answered) {
            (Ok(Called::Encoded(encoded)), by @ (AnsweredBy::Example | AnsweredBy::Skeleton)) => {
                let json = format == Format::Json;
                let (_, served) = pascal
                    .canned_answer(op, json)
                    .expect("a typed answer was canned");
                // The links of the two mocks differ only by port.
                let served = String::from_utf8_lossy(&served)
                    .replace(pascal.base_url(), mock.base_url())
                    .into_bytes();
                match same(format, &served, &encoded) {
                    Ok(()) if by == AnsweredBy::Example => tally.example.push(op),
                    Ok(()) => tally.skeleton.push(op),
                    Err(e) => tally.failed.push(format!("{op} ({by:?}): {e}")),
                }
            }
            (Ok(_), AnsweredBy::Example) => tally.example.push(op),
            (Ok(_), AnsweredBy::Skeleton) => tally.skeleton.push(op),

            (Ok(_), _) => tally.logic.push(op),
            (Err(CallError::Call(e)), AnsweredBy::Logic)
                if e.status().is_some_and(|s| s.as_u16() < 500) =>
            {
                tally.refused.push((op, e.to_string()))
            }
            (Err(e), by) => tally.failed.push(format!("{op} ({by:?}): {e:?}")),
        }
    }
    tally
}

/// A client logged on to `mock` (its default credentials) speaking `format`.
async fn logged_on(mock: &MockServer, format: Format) -> Client {
    let client = Client::builder(mock.base_url())
        .format(format)
        .timeout(Duration::from_secs(10))
        .credentials(Credentials::new("Administrator", "Passw0rd!"))
        .build()
        .expect("client builds");
    client.logon().await.expect("logon");
    client
}

/// An ID the mock's inventory has for the routes its logic serves (a job's is its backup's);
/// elsewhere one ID per operation (the skeletons answer any; a documented `DELETE` makes its
/// path 404 from then on, so operations must not share one).
fn id_for(mock: &MockServer, op: Operation) -> String {
    let data = mock.data();
    let backup = &data.backups[0];
    let restore_point = &backup.restore_points[0];
    let info = op.info();
    let first = info.path.split('/').nth(1).unwrap_or_default();
    let job_action = info.path == "/jobs/{ID}"
        && info
            .fixed_query
            .iter()
            .any(|(k, v)| *k == "action" && ["start", "stop", "retry"].contains(v));
    match first {
        "backups" => backup.id.clone(),
        "jobs" if job_action => backup.id.clone(),
        "restorePoints" => restore_point.id.clone(),
        "vmRestorePoints" => restore_point.vm_restore_points[0].id.clone(),
        _ => format!("id-{}", op as usize),
    }
}

/// Operations whose page says `204 No Content` and shows a body all the same (reviewed: the
/// typed call follows the status, so it returns `()`).
/// - `put_cloud_public_ip_addresses_by_id`: `put_publicipaddresses_id.md` gives 204 under
///   "Response" and a 202 `<Task>` in its example.
const KNOWN_BODY_ON_NO_CONTENT: &[&str] = &["put_cloud_public_ip_addresses_by_id"];

/// The reference's documented examples, as `veeam-em-codegen mock-examples` writes them.
fn reference_examples() -> Option<Examples> {
    let reference = corpus_dir()?;
    let mut dirs = vec![root().join("docs-src"), reference];
    dirs.extend(update_dir());
    let inputs = veeam_em_codegen::load(&dirs, &[]).expect("the reference loads");
    let model = veeam_em_codegen::build_model(&inputs);
    let (schema, _) = veeam_em_codegen::reconcile::reconcile(&model);
    let examples = veeam_em_codegen::emit::mock::examples(&model, &schema);
    let text = serde_json::to_string(&examples).expect("examples serialize");
    Some(Examples::from_json(&text).expect("the mock reads what the generator writes"))
}

fn report(what: &str, tally: &Tally) {
    eprintln!(
        "{what}: {} operations: {} from documented examples, {} from skeletons, {} by the mock's \
         logic, {} refused placeholder IDs, {} failed",
        Operation::ALL.len(),
        tally.example.len(),
        tally.skeleton.len(),
        tally.logic.len(),
        tally.refused.len(),
        tally.failed.len()
    );
    let refused: BTreeMap<String, &str> = tally
        .refused
        .iter()
        .map(|(op, e)| (op.to_string(), e.as_str()))
        .collect();
    for (op, e) in refused {
        eprintln!("  refused {op}: {e}");
    }
    for finding in &tally.request_examples_short {
        eprintln!("  request example does not decode: {finding}");
    }
}

async fn every_operation(format: Format, case: JsonCase, label: &str) {
    let tally = drive(format, case, &Examples::default()).await;
    report(&format!("{label}, skeletons"), &tally);
    assert!(
        tally.failed.is_empty(),
        "{label}: {} of {} operations failed:\n{}",
        tally.failed.len(),
        Operation::ALL.len(),
        tally.failed.join("\n")
    );
    // Only the restore flow's few routes have an inventory to refuse IDs from.
    assert!(tally.refused.len() < 10, "{label}: {:?}", tally.refused);
    assert!(
        tally.skeleton.len() > 250,
        "{label}: {}",
        tally.skeleton.len()
    );
}

/// Each documented XML example, answered for its operation (a test's answer, so that the
/// operations the mock's logic serves are covered too), decoded by the typed call and encoded
/// again whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_documented_example_through_its_typed_call() {
    let Some(examples) = reference_examples() else {
        return;
    };
    let mock = MockServer::start().await;
    let client = logged_on(&mock, Format::Xml).await;
    let (mut passed, mut failed, mut short) = (Vec::new(), Vec::new(), Vec::new());
    for (op, example) in examples.iter() {
        let info = op.info();
        let Some(xml) = example.xml.as_deref() else {
            continue;
        };
        mock.answer(op, Answer::status(info.status).xml(xml));
        let documented = example.request_xml.as_deref();
        let skeleton = info.request_skeleton_xml;
        let mut outcome = call(
            &client,
            op,
            "1",
            documented.or(skeleton).map(|b| Body::Xml(b.as_bytes())),
        )
        .await;
        if let (Err(CallError::Body(e)), Some(_)) = (&outcome, documented) {
            short.push(format!("{op}: {e}"));
            outcome = call(&client, op, "1", skeleton.map(|b| Body::Xml(b.as_bytes()))).await;
        }
        match outcome {
            Ok(Called::Encoded(encoded)) => match same(Format::Xml, xml.as_bytes(), &encoded) {
                Ok(()) => passed.push(op),
                Err(e) => failed.push(format!(
                    "{op} ({}): {e}",
                    example.source.as_deref().unwrap_or("?")
                )),
            },
            Ok(Called::Nothing) if KNOWN_BODY_ON_NO_CONTENT.contains(&op.fn_name()) => {
                passed.push(op)
            }
            Ok(other) => failed.push(format!("{op}: a typed answer was expected, got {other:?}")),
            Err(e) => failed.push(format!(
                "{op} ({}): {e:?}",
                example.source.as_deref().unwrap_or("?")
            )),
        }
    }
    eprintln!(
        "documented XML examples: {} of {} operations with one decode through their typed call \
         and re-encode whole; {} request examples do not decode as their type",
        passed.len(),
        passed.len() + failed.len(),
        short.len()
    );
    for s in &short {
        eprintln!("  request example does not decode: {s}");
    }
    assert!(
        failed.is_empty(),
        "{} failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
    assert!(passed.len() >= 100, "{}", passed.len());
}

/// Each documented JSON request body, read as its operation's request type by the typed call,
/// sent in JSON and read again by the mock (which refuses a body that does not read as the
/// type): the request side of the examples.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_documented_json_request_through_its_typed_call() {
    let Some(examples) = reference_examples() else {
        return;
    };
    let mock = MockServer::start().await;
    let client = logged_on(&mock, Format::Json).await;
    let (mut passed, mut short, mut failed) = (0, Vec::new(), Vec::new());
    for (op, example) in examples.iter() {
        let Some(request) = example.request_json.as_deref() else {
            continue;
        };
        let id = id_for(&mock, op);
        match call(&client, op, &id, Some(Body::Json(request.as_bytes()))).await {
            Ok(_) => passed += 1,
            // The page's own disagreement (its table requires what its sample omits).
            Err(CallError::Body(e)) => short.push(format!("{op}: {e}")),
            Err(e) => failed.push(format!("{op}: {e:?}")),
        }
    }
    eprintln!(
        "documented JSON requests: {passed} sent through their typed call and accepted, {} do \
         not read as their type, {} failed",
        short.len(),
        failed.len()
    );
    for s in &short {
        eprintln!("  JSON request example does not decode: {s}");
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert!(short.len() <= KNOWN_SHORT_REQUESTS, "{short:?}");
    assert!(passed >= 40, "{passed}");
}

/// JSON request examples that omit a member their page requires (reviewed):
/// `post_cdppolicies_id_includes.md`'s JSON sample leaves out `HierarchyObjRef` (its XML sample
/// has it).
const KNOWN_SHORT_REQUESTS: usize = 1;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_in_xml() {
    every_operation(Format::Xml, JsonCase::Pascal, "XML").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_in_json() {
    every_operation(Format::Json, JsonCase::Pascal, "JSON").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_in_camel_case_json() {
    every_operation(Format::Json, JsonCase::Camel, "camelCase JSON").await;
}

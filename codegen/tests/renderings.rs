//! Markdown → blocks → render (HTML, pipe text, cell text) → read back: every rendering must give
//! the reader the same information. Reads the page corpus from `../shared/veeam-docs/em_rest`
//! relative to the workspace root and skips, saying so, when it is absent.

use std::collections::BTreeMap;
use std::path::PathBuf;

use veeam_em_codegen::diag::Sink;
use veeam_em_codegen::doc::{
    collapse_ws, Block, BlockKind, Cell, CellPart, Page, Rendering, Row, Table, KNOWN_TABLE_HEADERS,
};
use veeam_em_codegen::read::read_page;
use veeam_em_codegen::render;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/veeam-docs/em_rest"
);

/// Pages of every kind: method pages of each verb, a query page, resource pages, pages with
/// five-column element tables and empty cells, conceptual pages.
const PAGES: &[&str] = &[
    "get_vmrestorepoints_id.md",
    "get_backups_id_restorepoints.md",
    "post_tenants.md",
    "get_query_vmrestorepoint.md",
    "vmrestorepoints_id.md",
    "post_vmrestorepoints_id_mountpoints.md",
    "put_cdppolicies_id.md",
    "delete_backupservers_id.md",
    "post_vapprestorepoints_id_actionrestore.md",
    "jobscheduleoptions.md",
    "authentication_and_security.md",
    "attributes_of_a_link_element.md",
];

/// Pages a text rendering cannot give back whole, and why. The words always survive; what is
/// lost is where a table ends.
const EXCEPTIONS: &[(&str, Rendering, &str)] = &[
    (
        "attributes_of_a_link_element.md",
        Rendering::CellText,
        "the Relationship table's rows start with prose (`Type of relationship`, `Alternate URL`) \
         followed by a prose description: nothing tells them from the paragraphs after a table",
    ),
    (
        "delete_vcloud_orgconfigs_id.md",
        Rendering::CellText,
        "the paragraph after the table (`You can use either of the parameters ...`) follows a cell \
         ending in a list, where a closing sentence of that cell would stand",
    ),
    (
        "em_web_api_versions.md",
        Rendering::PipeText,
        "the version table has no separator row, so Markdown reads it as a paragraph of pipes \
         while the pipe rendering shows a table",
    ),
    (
        "em_web_api_versions.md",
        Rendering::CellText,
        "same table: its pipe lines make the whole page detected as pipe text",
    ),
];

fn exception(name: &str, rendering: Rendering) -> Option<&'static str> {
    EXCEPTIONS
        .iter()
        .find(|(p, r, _)| *p == name && *r == rendering)
        .map(|(_, _, why)| *why)
}

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(CORPUS);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: the page corpus is not at {CORPUS}");
        None
    }
}

fn read(name: &str, text: &str) -> Page {
    read_page(name, text.as_bytes(), &mut Sink::new(name))
}

fn markdown(dir: &std::path::Path, name: &str) -> Page {
    let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let page = read_page(name, &bytes, &mut Sink::new(name));
    assert_eq!(page.rendering, Rendering::Markdown, "{name}");
    page
}

/// Blocks without line numbers (of blocks and of rows).
fn without_lines(blocks: &[Block]) -> Vec<BlockKind> {
    blocks
        .iter()
        .map(|b| match &b.kind {
            BlockKind::Table(t) => {
                let mut t = t.clone();
                t.rows.iter_mut().for_each(|r| r.line = 0);
                BlockKind::Table(t)
            }
            k => k.clone(),
        })
        .collect()
}

/// A table without row lines, whitespace folded: the text renderings put each cell part on a
/// line of its own and trim it.
fn normalized_table(t: &Table) -> Table {
    let mut t = t.clone();
    for h in &mut t.header {
        *h = collapse_ws(h);
    }
    for row in &mut t.rows {
        row.line = 0;
        for cell in &mut row.cells {
            *cell = normalized_cell(cell);
        }
    }
    t
}

fn normalized_cell(cell: &Cell) -> Cell {
    let parts = cell
        .parts
        .iter()
        .map(|p| match p {
            CellPart::Text(s) => CellPart::Text(collapse_ws(s)),
            CellPart::Item(s) => CellPart::Item(collapse_ws(s)),
        })
        .filter(|p| !matches!(p, CellPart::Text(s) | CellPart::Item(s) if s.is_empty()))
        .collect();
    Cell { parts }
}

/// Every whitespace-separated word of the page's text, counted.
fn words(blocks: &[Block]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let mut add = |s: &str| {
        for w in s.split_whitespace() {
            *out.entry(w.to_string()).or_insert(0) += 1;
        }
    };
    for b in blocks {
        match &b.kind {
            BlockKind::Heading { text: s, .. }
            | BlockKind::Paragraph(s)
            | BlockKind::Item(s)
            | BlockKind::Code(s) => add(s),
            BlockKind::Table(t) => {
                t.header.iter().for_each(|h| add(h));
                for row in &t.rows {
                    for cell in &row.cells {
                        add(&cell.raw());
                    }
                }
            }
        }
    }
    out
}

/// Differences between two word counts, for failure messages.
fn word_diff(a: &BTreeMap<String, usize>, b: &BTreeMap<String, usize>) -> Vec<String> {
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (
                a.get(k).copied().unwrap_or(0),
                b.get(k).copied().unwrap_or(0),
            );
            (x != y).then(|| format!("{k:?}: {x} → {y}"))
        })
        .take(20)
        .collect()
}

fn tables(blocks: &[Block], known_only: bool) -> Vec<Table> {
    blocks
        .iter()
        .filter_map(Block::table)
        .filter(|t| {
            !known_only
                || KNOWN_TABLE_HEADERS
                    .iter()
                    .any(|h| *h == t.header.as_slice())
        })
        .map(normalized_table)
        .collect()
}

/// Compares header and rows, reporting the first row that differs rather than whole tables.
fn assert_same_table(name: &str, want: &Table, got: &Table) {
    assert_eq!(got.header, want.header, "{name}: header");
    for (i, (w, g)) in want.rows.iter().zip(&got.rows).enumerate() {
        assert_eq!(g.cells, w.cells, "{name}: table {:?}, row {i}", want.header);
    }
    assert_eq!(
        got.rows.len(),
        want.rows.len(),
        "{name}: rows of table {:?}",
        want.header
    );
}

fn has_table(page: &Page) -> bool {
    page.blocks
        .iter()
        .any(|b| matches!(b.kind, BlockKind::Table(_)))
}

#[test]
fn html_gives_back_the_markdown_blocks() {
    let Some(dir) = corpus() else { return };
    for name in PAGES {
        let md = markdown(&dir, name);
        let html = render::to_html(&md);
        let back = read(name, &html);
        assert_eq!(back.rendering, Rendering::Html, "{name}");
        assert_eq!(back.front.title, md.front.title, "{name}");
        assert_eq!(back.front.source_url, md.front.source_url, "{name}");
        assert_eq!(
            back.front.product_version, md.front.product_version,
            "{name}"
        );
        assert_eq!(back.front.last_updated, md.front.last_updated, "{name}");
        let (want, got) = (without_lines(&md.blocks), without_lines(&back.blocks));
        if want != got {
            let at = want
                .iter()
                .zip(&got)
                .position(|(a, b)| a != b)
                .unwrap_or(want.len().min(got.len()));
            panic!(
                "{name}: blocks differ at {at} (of {} / {}):\nmarkdown: {:#?}\nhtml:     {:#?}",
                want.len(),
                got.len(),
                want.get(at),
                got.get(at)
            );
        }
    }
}

#[test]
fn html_block_lines_point_at_their_tags() {
    let Some(dir) = corpus() else { return };
    let md = markdown(&dir, "get_vmrestorepoints_id.md");
    let html = render::to_html(&md);
    let back = read("x.html", &html);
    let lines: Vec<&str> = html.lines().collect();
    for block in &back.blocks {
        let line = lines.get(block.line as usize - 1).copied().unwrap_or("");
        let tag = match &block.kind {
            BlockKind::Heading { .. } => "<h",
            BlockKind::Paragraph(_) => "<p>",
            BlockKind::Item(_) => "<li>",
            BlockKind::Table(t) => {
                for row in &t.rows {
                    assert!(lines
                        .get(row.line as usize - 1)
                        .is_some_and(|l| l.starts_with("<tr>")));
                }
                "<table>"
            }
            BlockKind::Code(_) => "<pre>",
        };
        assert!(
            line.starts_with(tag),
            "line {} is {line:?}, expected {tag}",
            block.line
        );
    }
}

#[test]
fn pipe_text_keeps_every_word_and_table() {
    let Some(dir) = corpus() else { return };
    for name in PAGES {
        let md = markdown(&dir, name);
        let text = render::to_pipe_text(&md);
        let back = read(name, &text);
        if has_table(&md) {
            assert_eq!(back.rendering, Rendering::PipeText, "{name}");
        }
        let (want, got) = (words(&md.blocks), words(&back.blocks));
        assert!(
            want == got,
            "{name}: words differ: {:?}",
            word_diff(&want, &got)
        );
        let (want, got) = (tables(&md.blocks, false), tables(&back.blocks, false));
        assert_eq!(got.len(), want.len(), "{name}: number of tables");
        for (w, g) in want.iter().zip(&got) {
            assert_same_table(name, w, g);
        }
        assert_eq!(
            back.blocks.first().map(|b| &b.kind),
            md.blocks.first().map(|b| &b.kind),
            "{name}"
        );
    }
}

#[test]
fn cell_text_keeps_every_word_and_known_table() {
    let Some(dir) = corpus() else { return };
    for name in PAGES {
        let md = markdown(&dir, name);
        let text = render::to_cell_text(&md);
        let back = read(name, &text);
        assert_eq!(back.rendering, Rendering::CellText, "{name}");
        let (want, got) = (words(&md.blocks), words(&back.blocks));
        assert!(
            want == got,
            "{name}: words differ: {:?}",
            word_diff(&want, &got)
        );
        if let Some(why) = exception(name, Rendering::CellText) {
            eprintln!("{name}: tables not compared: {why}");
            continue;
        }
        let (want, got) = (tables(&md.blocks, true), tables(&back.blocks, true));
        assert_eq!(got.len(), want.len(), "{name}: number of known tables");
        for (w, g) in want.iter().zip(&got) {
            assert_same_table(name, w, g);
        }
    }
}

/// What goes wrong with one page in one rendering, or `None`.
fn check(md: &Page, rendering: Rendering) -> Option<String> {
    let name = md.file.as_str();
    let text = match rendering {
        Rendering::Html => render::to_html(md),
        Rendering::PipeText => render::to_pipe_text(md),
        Rendering::CellText => render::to_cell_text(md),
        Rendering::Markdown => return None,
    };
    let back = read(name, &text);
    if rendering == Rendering::Html {
        if back.front != md.front {
            return Some(format!(
                "front matter {:?} came back as {:?}",
                md.front, back.front
            ));
        }
        return (without_lines(&back.blocks) != without_lines(&md.blocks))
            .then(|| "blocks differ".to_string());
    }
    let (want, got) = (words(&md.blocks), words(&back.blocks));
    if want != got {
        return Some(format!("words differ: {:?}", word_diff(&want, &got)));
    }
    let known_only = rendering == Rendering::CellText;
    let (want, got) = (
        tables(&md.blocks, known_only),
        tables(&back.blocks, known_only),
    );
    if want.len() != got.len() {
        return Some(format!("{} tables, {} back", want.len(), got.len()));
    }
    for (w, g) in want.iter().zip(&got) {
        if w.header != g.header {
            return Some(format!("header {:?} came back as {:?}", w.header, g.header));
        }
        if let Some((i, (wr, gr))) = w
            .rows
            .iter()
            .zip(&g.rows)
            .enumerate()
            .find(|(_, (a, b))| a.cells != b.cells)
        {
            return Some(format!(
                "table {:?} row {i}: {:?} came back as {:?}",
                w.header, wr.cells, gr.cells
            ));
        }
        if w.rows.len() != g.rows.len() {
            let first = |t: &Table| {
                t.rows
                    .iter()
                    .map(|r| r.cells.first().map(Cell::flat))
                    .collect::<Vec<_>>()
            };
            return Some(format!(
                "table {:?}: rows {:?} came back as {:?}",
                w.header,
                first(w),
                first(g)
            ));
        }
    }
    None
}

#[test]
fn whole_corpus_round_trips() {
    let Some(dir) = corpus() else { return };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".md"));
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        let md = markdown(&dir, name);
        for rendering in [Rendering::Html, Rendering::PipeText, Rendering::CellText] {
            match (check(&md, rendering), exception(name, rendering)) {
                (Some(why), None) => failures.push(format!("{name} ({rendering:?}): {why}")),
                (None, Some(_)) => {
                    eprintln!("{name} ({rendering:?}) passes now: drop it from EXCEPTIONS")
                }
                _ => {}
            }
        }
    }
    eprintln!(
        "{} pages, {} known exceptions",
        names.len(),
        EXCEPTIONS.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `RENDER_PAGE=name.md cargo test -p veeam-em-codegen --test renderings dump -- --ignored
/// --nocapture` prints a page's three renderings and the blocks read back from them.
#[test]
#[ignore]
fn dump() {
    let (Some(dir), Ok(name)) = (corpus(), std::env::var("RENDER_PAGE")) else {
        eprintln!("set RENDER_PAGE to a page of the corpus");
        return;
    };
    let md = markdown(&dir, &name);
    for text in [
        render::to_html(&md),
        render::to_pipe_text(&md),
        render::to_cell_text(&md),
    ] {
        println!("{text}\n----");
        println!("{:#?}\n====", without_lines(&read(&name, &text).blocks));
    }
}

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds");

/// The seed whose file name starts with `prefix`, read as the pipeline reads it.
fn seed(prefix: &str) -> Option<Page> {
    let Ok(dir) = std::fs::read_dir(SEEDS) else {
        eprintln!("SKIPPED: the seeds are not at {SEEDS}");
        return None;
    };
    let path = dir.filter_map(Result::ok).map(|e| e.path()).find(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(prefix))
    })?;
    let bytes = std::fs::read(&path).ok()?;
    Some(read_page(prefix, &bytes, &mut Sink::new(prefix)))
}

/// Seed 003 is the cell-text rendering of a corpus page: its known tables are the Markdown
/// page's, cell for cell.
#[test]
fn seed_003_has_the_tables_of_its_markdown_page() {
    let (Some(dir), Some(text)) = (corpus(), seed("003")) else {
        return;
    };
    assert_eq!(text.rendering, Rendering::CellText);
    let md = markdown(&dir, "get_backups_id_restorepoints.md");
    let (want, got) = (tables(&md.blocks, true), tables(&text.blocks, true));
    assert_eq!(got.len(), want.len());
    for (w, g) in want.iter().zip(&got) {
        assert_same_table("seed 003", w, g);
    }
}

/// Seed 000 is the pipe-text rendering of a corpus page that lost the lists inside cells: its
/// tables have the Markdown page's headers and rows, and every cell's prose.
#[test]
fn seed_000_has_the_tables_of_its_markdown_page() {
    let (Some(dir), Some(text)) = (corpus(), seed("000")) else {
        return;
    };
    assert_eq!(text.rendering, Rendering::PipeText);
    let md = markdown(&dir, "get_vmrestorepoints_id.md");
    let (want, got) = (tables(&md.blocks, true), tables(&text.blocks, true));
    assert_eq!(got.len(), want.len());
    for (w, g) in want.iter().zip(&got) {
        assert_eq!(g.header, w.header);
        assert_eq!(g.rows.len(), w.rows.len(), "{:?}", w.header);
        for (wr, gr) in w.rows.iter().zip(&g.rows) {
            let prose = |r: &Row| r.cells.iter().map(Cell::prose).collect::<Vec<_>>();
            assert_eq!(prose(gr), prose(wr), "{:?}", w.header);
        }
    }
}

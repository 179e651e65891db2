//! Prints every name `find_names` finds in a text file, with its targets.
//!
//! Run with `cargo run -p dateline_kb --example kb_names -- FILE`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let kb = dateline_kb::Kb::load()?;
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        for m in kb.find_names(&text) {
            println!(
                "{:?}\t{:?}\tweak={}",
                &text[m.start..m.end],
                m.targets,
                m.weak
            );
        }
    }
    Ok(())
}

fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap_or(path);
    let n = zhibiao::normalize::normalize(&text);
    let d = zhibiao::structure::analyze(&n);
    println!("{:?}\ncurrent_year={:?}", d.meta, d.current_year);
    for s in &d.sections {
        println!(
            "{}{} [{}..{}] {:?} {:?}",
            "  ".repeat(s.depth as usize),
            s.heading,
            s.start,
            s.end,
            s.mode,
            s.period
        );
    }
    for sc in &d.scopes {
        println!(
            "scope [{}..{}] {:?} {}",
            sc.start, sc.end, sc.mode, sc.period
        );
    }
}

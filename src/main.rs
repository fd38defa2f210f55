fn main() {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).unwrap();
    for row in zhibiao::parse(&text).rows {
        println!("{}", serde_json::to_string(&row).unwrap());
    }
}

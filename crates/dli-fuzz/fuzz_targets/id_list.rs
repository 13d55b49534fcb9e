//! Any stdin given to `dli connection delete -` gives ids that are in it, each once, or an
//! error that says which line is wrong.

#![no_main]

use dli_cli::ids::{collect, read_lines};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let read = read_lines(data);
    let collected = collect(&["-".to_owned()], data);
    match (&read, &collected) {
        (Ok(read), Ok(collected)) => {
            let text = String::from_utf8_lossy(data).to_lowercase();
            for id in read {
                assert!(
                    text.contains(&id.to_string())
                        || text.contains(&id.uuid().simple().to_string()),
                    "{id} is not in the input"
                );
            }
            let mut once = read.clone();
            let mut seen = std::collections::HashSet::new();
            once.retain(|id| seen.insert(*id));
            assert_eq!(&once, collected);
        }
        (Err(read), Err(collected)) => {
            assert_eq!(read, collected);
            assert!(!read.to_string().is_empty());
        }
        _ => panic!("reading and collecting disagree: {read:?} {collected:?}"),
    }
});

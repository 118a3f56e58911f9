//! Arbitrary bytes as an XML document of a few generated types. The streaming decoder must give
//! what the tree decoder gives (value or error), and whatever decodes must survive a round trip:
//! encode, decode again, and get an equal value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veeam_em::runtime::xml;

fuzz_target!(|data: &[u8]| {
    macro_rules! round_trip {
        ($ty:ty, $name:literal) => {
            let streamed = xml::from_document::<$ty>(data);
            let tree = xml::from_tree::<$ty>(data);
            assert_eq!(
                streamed, tree,
                "{}: the streaming decoder and the tree disagree",
                $name
            );
            if let Ok(first) = streamed {
                let encoded = xml::to_document($name, &first);
                let second = xml::from_document::<$ty>(encoded.as_bytes()).unwrap_or_else(|e| {
                    panic!(
                        "{}: re-encoded document does not decode: {e}\n{encoded}",
                        $name
                    )
                });
                assert_eq!(
                    first, second,
                    "{}: round trip changed the value\n{encoded}",
                    $name
                );
            }
        };
    }
    veeam_em_fuzz::for_each_type!(round_trip);
});

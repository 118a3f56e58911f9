//! Arbitrary bytes as a JSON body of a few generated types. Whatever decodes must survive a
//! round trip: encode, decode again, and get an equal value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veeam_em::runtime::json;

fuzz_target!(|data: &[u8]| {
    macro_rules! round_trip {
        ($ty:ty, $name:literal) => {
            if let Ok(first) = json::from_slice::<$ty>(data) {
                let encoded = json::try_to_vec(&first)
                    .unwrap_or_else(|e| panic!("{}: decoded value does not encode: {e}", $name));
                let second = json::from_slice::<$ty>(&encoded).unwrap_or_else(|e| {
                    panic!(
                        "{}: re-encoded body does not decode: {e}\n{}",
                        $name,
                        String::from_utf8_lossy(&encoded)
                    )
                });
                assert_eq!(
                    first,
                    second,
                    "{}: round trip changed the value\n{}",
                    $name,
                    String::from_utf8_lossy(&encoded)
                );
            }
        };
    }
    veeam_em_fuzz::for_each_type!(round_trip);
});
